namespace Hbot.Sdk.Monitoring;

/// <summary>Which library renders <c>/metrics</c>. Both expose the same names, types, help and labels.</summary>
public enum MetricsExporter
{
    /// <summary>prometheus-net (default): the fastest recording path, zero allocations on existing series.</summary>
    PrometheusNet,

    /// <summary><c>System.Diagnostics.Metrics</c> instruments exported by OpenTelemetry's Prometheus exporter (prerelease package).</summary>
    OpenTelemetry,
}
