namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>The unit of a metric's value; dashboards map it to a Grafana unit.</summary>
public enum MetricUnit
{
    /// <summary>A plain count or number.</summary>
    None,
    /// <summary>Seconds (durations and Unix timestamps).</summary>
    Seconds,
    /// <summary>Bytes.</summary>
    Bytes,
    /// <summary>A ratio from 0 to 1.</summary>
    Ratio,
    /// <summary>An amount in the pair's quote asset.</summary>
    Quote,
    /// <summary>An amount in the pair's base asset, or in the asset named by the <c>asset</c> label.</summary>
    Asset,
    /// <summary>A price in quote per base.</summary>
    Price,
    /// <summary>A boolean state: 1 or 0.</summary>
    Boolean,
    /// <summary>Unix timestamp in seconds.</summary>
    Timestamp,
}
