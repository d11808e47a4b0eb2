using Hbot.Sdk.Monitoring.Rules;
using Hbot.Sdk.Monitoring.Stack;

namespace Hbot.Sdk.Monitoring.Scraping;

/// <summary>
/// Renders <c>prometheus.yml</c>: global intervals and external labels, the rule files, the Alertmanager target and
/// one scrape job per component (all bots share the <c>hbot</c> job, each target labelled with its bot).
/// </summary>
public static class PrometheusConfigWriter
{
    /// <summary>The rule file, relative to <c>prometheus.yml</c> (its promtool tests sit next to it and are not loaded).</summary>
    public const string RuleFile = "rules/" + RuleArtifacts.RuleFileName;

    /// <summary>Renders the configuration.</summary>
    public static string Write(StackManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var m = manifest.Monitoring;
        var loopback = manifest.Test?.Loopback == true;
        string Target(string service, int containerPort, int loopbackPort) => loopback ? $"127.0.0.1:{loopbackPort}" : $"{service}:{containerPort}";

        var timeout = m.ScrapeInterval < TimeSpan.FromSeconds(10) ? m.ScrapeInterval : TimeSpan.FromSeconds(10);
        var config = new YamlMap
        {
            {
                "global", new YamlMap
                {
                    { "scrape_interval", PrometheusDuration.Format(m.ScrapeInterval) },
                    { "scrape_timeout", PrometheusDuration.Format(timeout) },
                    { "evaluation_interval", PrometheusDuration.Format(m.EvaluationInterval) },
                    { "external_labels", new YamlMap { { "stack", manifest.Name }, { "environment", m.Environment } } },
                }
            },
            { "rule_files", manifest.Parts.Alerts ? new YamlList([RuleFile]) : null },
        };
        if (manifest.Parts.Alerts)
        {
            config.Add("alerting", new YamlMap
            {
                {
                    "alertmanagers", new YamlList([new YamlMap
                    {
                        { "static_configs", new YamlList([new YamlMap { { "targets", new YamlList([Target(StackServices.Alertmanager, StackServices.AlertmanagerPort, m.AlertmanagerPort)]) } }]) },
                    }])
                },
            });
        }

        var jobs = new YamlList();
        var botTargets = new YamlList(manifest.Bots.Select(bot => (object)new YamlMap
        {
            { "targets", new YamlList([Target(bot.Name, StackServices.BotMetricsPort, bot.MetricsPort)]) },
            { "labels", new YamlMap { { "bot", bot.Name }, { "exchange", bot.Exchange } } },
        }));
        // Bots label their own series with 'bot'; honouring them avoids exported_bot duplicates.
        jobs.Add(new YamlMap { { "job_name", StackServices.BotJob }, { "honor_labels", true }, { "metrics_path", "/metrics" }, { "static_configs", botTargets } });
        jobs.Add(Job(StackServices.Prometheus, Target(StackServices.Prometheus, StackServices.PrometheusPort, m.PrometheusPort)));
        if (manifest.Parts.Alerts) jobs.Add(Job(StackServices.Alertmanager, Target(StackServices.Alertmanager, StackServices.AlertmanagerPort, m.AlertmanagerPort)));
        jobs.Add(Job(StackServices.NodeExporter, Target(StackServices.NodeExporter, StackServices.NodeExporterPort, StackServices.NodeExporterPort)));
        jobs.Add(Job(StackServices.Cadvisor, Target(StackServices.Cadvisor, StackServices.CadvisorPort, StackServices.CadvisorPort)));
        if (manifest.Parts.Logs)
        {
            jobs.Add(Job(StackServices.Loki, Target(StackServices.Loki, StackServices.LokiPort, StackServices.LokiPort)));
            jobs.Add(Job(StackServices.Alloy, Target(StackServices.Alloy, StackServices.AlloyPort, StackServices.AlloyPort)));
        }
        config.Add("scrape_configs", jobs);
        return YamlEmitter.Write(config, GeneratedHeader.Lines(manifest));
    }

    private static YamlMap Job(string name, string target) => new()
    {
        { "job_name", name },
        { "static_configs", new YamlList([new YamlMap { { "targets", new YamlList([target]) } }]) },
    };
}
