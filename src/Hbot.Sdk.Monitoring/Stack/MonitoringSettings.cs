using Hbot.Sdk.Monitoring.Rules;

namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>Prometheus, Grafana and Alertmanager settings of the stack.</summary>
public sealed record MonitoringSettings
{
    /// <summary>How long Prometheus keeps samples.</summary>
    public TimeSpan RetentionTime { get; init; } = TimeSpan.FromDays(30);
    /// <summary>Most disk Prometheus uses for samples, for example <c>10GB</c>.</summary>
    public string RetentionSize { get; init; } = "10GB";
    /// <summary>Scrape interval (also Grafana's minimum step).</summary>
    public TimeSpan ScrapeInterval { get; init; } = TimeSpan.FromSeconds(15);
    /// <summary>Rule evaluation interval.</summary>
    public TimeSpan EvaluationInterval { get; init; } = TimeSpan.FromSeconds(15);
    /// <summary>Grafana port published on 127.0.0.1.</summary>
    public int GrafanaPort { get; init; } = 3000;
    /// <summary>Prometheus port published on 127.0.0.1.</summary>
    public int PrometheusPort { get; init; } = 9090;
    /// <summary>Alertmanager port published on 127.0.0.1.</summary>
    public int AlertmanagerPort { get; init; } = 9093;
    /// <summary>Alert threshold overrides; unset values keep the rule packs' defaults.</summary>
    public AlertThresholds Thresholds { get; init; } = new();
    /// <summary>Service level objectives, recorded by the SLO rules and shown on the SLO dashboard.</summary>
    public SloOptions Objectives { get; init; } = new();
    /// <summary>Runbook link pattern with <c>{alertname}</c>, used by alerts and dashboard links.</summary>
    public string RunbookUrl { get; init; } = "docs/runbooks/{alertname}.md";
    /// <summary>Label added to every series and alert, naming this deployment.</summary>
    public string Environment { get; init; } = "production";
}
