using System.Globalization;
using Hbot.Sdk.Monitoring.Metrics;

namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>
/// PromQL fragments built from catalog entries, so every dashboard query names a catalog metric, rates only
/// counters and always over <c>$__rate_interval</c>.
/// </summary>
public static class Promql
{
    /// <summary>The range every rate in a dashboard uses.</summary>
    public const string RateInterval = "$__rate_interval";

    /// <summary><c>metric{selector}</c>.</summary>
    public static string Select(MetricDefinition metric, string selector = "")
    {
        ArgumentNullException.ThrowIfNull(metric);
        return selector.Length == 0 ? metric.Name : $"{metric.Name}{{{selector}}}";
    }

    /// <summary><c>rate(counter{selector}[$__rate_interval])</c>; refuses a metric that is not a counter.</summary>
    public static string Rate(MetricDefinition counter, string selector = "")
    {
        ArgumentNullException.ThrowIfNull(counter);
        if (counter.Type != MetricType.Counter) throw new ArgumentException($"rate() needs a counter; '{counter.Name}' is a {counter.Type}.", nameof(counter));
        return $"rate({Select(counter, selector)}[{RateInterval}])";
    }

    /// <summary><c>sum by (labels) (rate(...))</c>.</summary>
    public static string SumRate(MetricDefinition counter, string selector, string by) => $"sum by ({by}) ({Rate(counter, selector)})";

    /// <summary>Rate of a histogram's observations: <c>rate(h_count{selector}[$__rate_interval])</c>.</summary>
    public static string HistogramCountRate(MetricDefinition histogram, string selector = "") =>
        $"rate({HistogramSeries(histogram, "_count")}{Braces(selector)}[{RateInterval}])";

    /// <summary><c>histogram_quantile(q, sum by (le, labels) (rate(h_bucket{selector}[$__rate_interval])))</c>.</summary>
    public static string Quantile(double quantile, MetricDefinition histogram, string selector, string by)
    {
        if (quantile is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "A quantile is between 0 and 1.");
        var group = by.Length == 0 ? "le" : "le, " + by;
        return $"histogram_quantile({Format(quantile)}, sum by ({group}) (rate({HistogramSeries(histogram, "_bucket")}{Braces(selector)}[{RateInterval}])))";
    }

    /// <summary>
    /// Share of a histogram's observations at or below <paramref name="bound"/>; the bound must be a bucket bound.
    /// Matches both <c>le="1"</c> and Prometheus 3's normalised <c>le="1.0"</c>.
    /// </summary>
    public static string ShareAtOrBelow(MetricDefinition histogram, double bound, string selector, string by)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        if (!histogram.Buckets.Contains(bound))
            throw new ArgumentException($"{bound} is not a bucket bound of '{histogram.Name}' ({string.Join(", ", histogram.Buckets.Select(Format))}).", nameof(bound));
        var le = Format(bound);
        var leMatcher = le.Contains('.', StringComparison.Ordinal) ? $"le=\"{le}\"" : $"le=~\"{le}|{le}\\\\.0\"";
        var bucketSelector = selector.Length == 0 ? leMatcher : selector + ", " + leMatcher;
        return $"sum by ({by}) (rate({HistogramSeries(histogram, "_bucket")}{{{bucketSelector}}}[{RateInterval}])) / sum by ({by}) ({HistogramCountRate(histogram, selector)})";
    }

    /// <summary>A number as PromQL writes it.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string HistogramSeries(MetricDefinition histogram, string suffix)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        if (histogram.Type != MetricType.Histogram) throw new ArgumentException($"'{histogram.Name}' is not a histogram.", nameof(histogram));
        return histogram.Name + suffix;
    }

    private static string Braces(string selector) => selector.Length == 0 ? "" : "{" + selector + "}";
}
