using System.Text.RegularExpressions;

namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>
/// One metric the SDK exports: exporters create instruments from it, rules and dashboards reference it.
/// The constructor enforces Prometheus naming practice so a bad name fails at start, not in a dashboard.
/// </summary>
public sealed partial record MetricDefinition
{
    /// <summary>Defines a metric and validates its name, unit suffix and labels.</summary>
    public MetricDefinition(string name, MetricType type, MetricUnit unit, string help, IReadOnlyList<string> labelNames, IReadOnlyList<double>? buckets = null)
    {
        if (!NamePattern().IsMatch(name)) throw new ArgumentException($"Metric name '{name}' does not match [a-zA-Z_][a-zA-Z0-9_]*.", nameof(name));
        if (type == MetricType.Counter != name.EndsWith("_total", StringComparison.Ordinal))
            throw new ArgumentException($"Metric '{name}': counters, and only counters, end in _total.", nameof(name));
        var stem = type == MetricType.Counter ? name[..^"_total".Length] : name;
        if (unit is MetricUnit.Seconds or MetricUnit.Timestamp && !stem.EndsWith("_seconds", StringComparison.Ordinal))
            throw new ArgumentException($"Metric '{name}': a metric in seconds ends in _seconds (before _total).", nameof(name));
        if (unit == MetricUnit.Bytes && !stem.EndsWith("_bytes", StringComparison.Ordinal))
            throw new ArgumentException($"Metric '{name}': a metric in bytes ends in _bytes (before _total).", nameof(name));
        if (unit == MetricUnit.Ratio && !stem.EndsWith("_ratio", StringComparison.Ordinal))
            throw new ArgumentException($"Metric '{name}': a ratio ends in _ratio.", nameof(name));
        if (string.IsNullOrWhiteSpace(help)) throw new ArgumentException($"Metric '{name}' needs help text.", nameof(help));
        foreach (var label in labelNames)
        {
            if (!LabelPattern().IsMatch(label) || label.StartsWith("__", StringComparison.Ordinal))
                throw new ArgumentException($"Metric '{name}': label '{label}' is not a valid label name.", nameof(labelNames));
            if (ForbiddenLabels.Contains(label))
                throw new ArgumentException($"Metric '{name}': label '{label}' is unbounded and not allowed.", nameof(labelNames));
        }
        if (type == MetricType.Histogram && (buckets is null || buckets.Count == 0))
            throw new ArgumentException($"Histogram '{name}' needs buckets.", nameof(buckets));
        Name = name;
        Type = type;
        Unit = unit;
        Help = help;
        LabelNames = labelNames;
        Buckets = buckets ?? [];
    }

    /// <summary>Labels never allowed: unbounded values create a series per order or price.</summary>
    public static IReadOnlySet<string> ForbiddenLabels { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "order_id", "client_order_id", "exchange_order_id", "trade_id", "price", "amount", "user", "uid",
    };

    /// <summary>Full metric name, for example <c>hbot_orders_created_total</c>.</summary>
    public string Name { get; }

    /// <summary>Counter, gauge or histogram.</summary>
    public MetricType Type { get; }

    /// <summary>Unit of the value.</summary>
    public MetricUnit Unit { get; }

    /// <summary>Help text, exported as <c># HELP</c>.</summary>
    public string Help { get; }

    /// <summary>Label names, in export order.</summary>
    public IReadOnlyList<string> LabelNames { get; }

    /// <summary>Histogram bucket upper bounds (empty for other types).</summary>
    public IReadOnlyList<double> Buckets { get; }

    /// <summary>Whether the SDK itself exports it (as opposed to node-exporter, cAdvisor or Prometheus).</summary>
    public bool IsExportedBySdk { get; init; } = true;

    /// <summary>Names of the series Prometheus stores for it (<c>_bucket</c>, <c>_sum</c>, <c>_count</c> for histograms).</summary>
    public IEnumerable<string> SeriesNames => Type == MetricType.Histogram
        ? [Name + "_bucket", Name + "_sum", Name + "_count"]
        : [Name];

    /// <inheritdoc />
    public override string ToString() => Name;

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelPattern();
}
