namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>
/// Everything the default rule packs can be tuned with: scrape and evaluation intervals, job names and container
/// names (selectors), every alert threshold and duration, the SLO targets and the runbook links. Defaults suit one
/// server running a few bots; the stack manifest's alert threshold overrides map onto these properties.
/// </summary>
public sealed class RulePackOptions
{
    /// <summary>Prometheus scrape interval; ranges must span two scrapes and test series are sampled at it. Default 15s.</summary>
    public TimeSpan ScrapeInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Prometheus rule evaluation interval (and promtool's). Default 15s.</summary>
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Multiplies every alert's 'for' (rounded to whole seconds). 1 in production; end-to-end tests use a small value
    /// (for example 0.02) so alerts fire within seconds against a live Prometheus.
    /// </summary>
    public double ForScale { get; set; } = 1;

    /// <summary>
    /// Pattern of every alert's <c>runbook_url</c>; <c>{alertname}</c> is replaced by the alert name. Default
    /// <c>docs/runbooks/{alertname}.md</c>, the runbooks' path in the bot repository; set a full URL (for example
    /// <c>https://git.example.org/ops/bots/blob/main/docs/runbooks/{alertname}.md</c>) to make links clickable.
    /// </summary>
    public string RunbookUrlPattern { get; set; } = "docs/runbooks/{alertname}.md";

    /// <summary>Scrape job names and container names the rules select on.</summary>
    public RuleSelectorOptions Selectors { get; set; } = new();

    /// <summary>Addresses and names used in runbook commands.</summary>
    public RunbookStackOptions Stack { get; set; } = new();

    /// <summary>Container alerts (cAdvisor and process restarts).</summary>
    public ContainerAlertOptions Containers { get; set; } = new();

    /// <summary>Host alerts (node-exporter).</summary>
    public HostAlertOptions Host { get; set; } = new();

    /// <summary>Bot and trading alerts.</summary>
    public BotAlertOptions Bot { get; set; } = new();

    /// <summary>Exchange connectivity alerts.</summary>
    public ExchangeAlertOptions Exchange { get; set; } = new();

    /// <summary>Silent-failure alerts: things that should change and do not.</summary>
    public SilentFailureAlertOptions SilentFailures { get; set; } = new();

    /// <summary>Prometheus and Alertmanager self-monitoring.</summary>
    public MonitoringAlertOptions Monitoring { get; set; } = new();

    /// <summary>Service level objectives recorded by the SLO pack.</summary>
    public SloOptions Slo { get; set; } = new();

    /// <summary>Checks every option and throws naming the first bad one.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        var check = new OptionCheck(nameof(RulePackOptions));
        check.Positive(nameof(ScrapeInterval), ScrapeInterval);
        check.Positive(nameof(EvaluationInterval), EvaluationInterval);
        if (!(ForScale > 0 && ForScale <= 1)) check.Fail(nameof(ForScale), ForScale, "must be greater than 0 and at most 1");
        if (!RunbookUrlPattern.Contains("{alertname}", StringComparison.Ordinal))
            check.Fail(nameof(RunbookUrlPattern), RunbookUrlPattern, "must contain {alertname}");
        Selectors.Validate(check.For(nameof(Selectors)));
        Stack.Validate(check.For(nameof(Stack)));
        Containers.Validate(check.For(nameof(Containers)), ScrapeInterval);
        Host.Validate(check.For(nameof(Host)), ScrapeInterval);
        Bot.Validate(check.For(nameof(Bot)), ScrapeInterval);
        Exchange.Validate(check.For(nameof(Exchange)), ScrapeInterval);
        SilentFailures.Validate(check.For(nameof(SilentFailures)), ScrapeInterval);
        Monitoring.Validate(check.For(nameof(Monitoring)), ScrapeInterval);
        Slo.Validate(check.For(nameof(Slo)), ScrapeInterval);
    }

    /// <summary>An alert's 'for' after <see cref="ForScale"/>, in whole seconds.</summary>
    public TimeSpan ScaleFor(TimeSpan duration) => TimeSpan.FromSeconds(Math.Round(duration.TotalSeconds * ForScale));

    /// <summary>The runbook link of an alert.</summary>
    public string RunbookUrl(string alertName) => RunbookUrlPattern.Replace("{alertname}", alertName, StringComparison.Ordinal);
}
