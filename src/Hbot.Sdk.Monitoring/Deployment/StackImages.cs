namespace Hbot.Sdk.Monitoring.Deployment;

/// <summary>
/// The one place image versions are pinned. Generated configuration uses only fields that both these versions and
/// the Debian packages the tests run (Prometheus 2.42, Alertmanager 0.25) accept.
/// </summary>
public static class StackImages
{
    /// <summary>Prometheus 3.x.</summary>
    public const string Prometheus = "prom/prometheus:v3.5.0";
    /// <summary>Alertmanager.</summary>
    public const string Alertmanager = "prom/alertmanager:v0.28.1";
    /// <summary>Grafana.</summary>
    public const string Grafana = "grafana/grafana:12.1.1";
    /// <summary>node-exporter.</summary>
    public const string NodeExporter = "prom/node-exporter:v1.9.1";
    /// <summary>cAdvisor, from its current registry (tags after v0.52 are not published on the old one).</summary>
    public const string Cadvisor = "ghcr.io/google/cadvisor:v0.53.0";
    /// <summary>Loki.</summary>
    public const string Loki = "grafana/loki:3.5.3";
    /// <summary>Grafana Alloy.</summary>
    public const string Alloy = "grafana/alloy:v1.10.1";

    /// <summary>Every pinned image, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } = [Prometheus, Alertmanager, Grafana, NodeExporter, Cadvisor, Loki, Alloy];
}
