using System.Globalization;
using Hbot.Sdk.Monitoring.Rules;

namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>
/// The rule pack options a manifest implies: its intervals, the scrape job and container names the generated
/// files use, its threshold overrides and objectives, its runbook links and, in test mode, the <c>for</c> scale.
/// </summary>
public static class StackRuleOptions
{
    /// <summary>Builds and validates the options.</summary>
    /// <exception cref="ArgumentException">A threshold is out of the rule packs' range (the message names it).</exception>
    public static RulePackOptions For(StackManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var m = manifest.Monitoring;
        var options = new RulePackOptions
        {
            ScrapeInterval = m.ScrapeInterval,
            EvaluationInterval = m.EvaluationInterval,
            ForScale = manifest.Test?.ForScale ?? 1,
            RunbookUrlPattern = m.RunbookUrl,
            Slo = m.Objectives,
        };
        options.Selectors.BotJob = StackServices.BotJob;
        options.Selectors.NodeExporterJob = StackServices.NodeExporter;
        options.Selectors.CadvisorJob = StackServices.Cadvisor;
        options.Selectors.PrometheusJob = StackServices.Prometheus;
        options.Selectors.AlertmanagerJob = StackServices.Alertmanager;
        options.Selectors.ContainerNames = [.. ContainerNames(manifest)];
        options.Stack.BotAddress = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{manifest.Bots[0].MetricsPort}");
        options.Stack.PrometheusAddress = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{m.PrometheusPort}");
        options.Stack.AlertmanagerAddress = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{m.AlertmanagerPort}");
        options.Stack.GrafanaAddress = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{m.GrafanaPort}");
        options.Stack.ComposeDirectory = Path.GetDirectoryName(StackLayout.ComposeFile)!;
        m.Thresholds.ApplyTo(options);
        options.Validate();
        return options;
    }

    /// <summary>Container name of a compose service (<c>&lt;stack&gt;-&lt;service&gt;</c>), which cAdvisor reports as <c>name</c>.</summary>
    public static string ContainerName(StackManifest manifest, string service)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return $"{manifest.Name}-{service}";
    }

    /// <summary>Container names of every service of the stack, bots first.</summary>
    public static IEnumerable<string> ContainerNames(StackManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var services = manifest.Bots.Select(b => b.Name).Concat([StackServices.Prometheus, StackServices.Grafana, StackServices.NodeExporter, StackServices.Cadvisor]);
        if (manifest.Parts.Alerts) services = services.Append(StackServices.Alertmanager);
        if (manifest.Parts.Logs) services = services.Concat([StackServices.Loki, StackServices.Alloy]);
        return services.Select(s => ContainerName(manifest, s));
    }
}
