namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>Prometheus metric type.</summary>
public enum MetricType
{
    /// <summary>Monotonic count; name ends in <c>_total</c>.</summary>
    Counter,
    /// <summary>A value that goes up and down.</summary>
    Gauge,
    /// <summary>Bucketed observations with <c>_bucket</c>, <c>_sum</c> and <c>_count</c> series.</summary>
    Histogram,
}
