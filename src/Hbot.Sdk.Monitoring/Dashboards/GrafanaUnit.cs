using Hbot.Sdk.Monitoring.Metrics;

namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>A Grafana field unit id (the value of <c>fieldConfig.defaults.unit</c>).</summary>
/// <param name="Id">The unit id Grafana understands, for example <c>s</c> or <c>percentunit</c>.</param>
public readonly record struct GrafanaUnit(string Id)
{
    /// <summary>Seconds.</summary>
    public static GrafanaUnit Seconds { get; } = new("s");
    /// <summary>A ratio from 0 to 1 shown as a percentage.</summary>
    public static GrafanaUnit PercentUnit { get; } = new("percentunit");
    /// <summary>Bytes (IEC).</summary>
    public static GrafanaUnit Bytes { get; } = new("bytes");
    /// <summary>Bytes per second.</summary>
    public static GrafanaUnit BytesPerSecond { get; } = new("Bps");
    /// <summary>A plain number with SI suffixes.</summary>
    public static GrafanaUnit Short { get; } = new("short");
    /// <summary>A plain number without suffixes, for amounts in an asset or quote.</summary>
    public static GrafanaUnit Number { get; } = new("none");
    /// <summary>Operations per minute.</summary>
    public static GrafanaUnit PerMinute { get; } = new("opm");
    /// <summary>Operations per second.</summary>
    public static GrafanaUnit PerSecond { get; } = new("ops");
    /// <summary>A 0/1 state shown as Off/On.</summary>
    public static GrafanaUnit OnOff { get; } = new("bool_on_off");
    /// <summary>A Unix timestamp in seconds shown relative to now.</summary>
    public static GrafanaUnit TimestampFromNow { get; } = new("dateTimeFromNow");
    /// <summary>Log lines (Loki) with no numeric unit.</summary>
    public static GrafanaUnit Lines { get; } = new("short");

    /// <summary>The Grafana unit that displays a catalog metric's values.</summary>
    public static GrafanaUnit For(MetricDefinition metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Unit switch
        {
            MetricUnit.Seconds => Seconds,
            MetricUnit.Bytes => Bytes,
            MetricUnit.Ratio => PercentUnit,
            MetricUnit.Boolean => OnOff,
            MetricUnit.Timestamp => TimestampFromNow,
            MetricUnit.Quote or MetricUnit.Asset or MetricUnit.Price => Number,
            _ => Short,
        };
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
