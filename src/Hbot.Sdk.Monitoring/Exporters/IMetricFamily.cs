namespace Hbot.Sdk.Monitoring.Exporters;

/// <summary>
/// One metric of the catalog as an exporter created it. Series are looked up by label values in the order of
/// <see cref="Metrics.MetricDefinition.LabelNames"/>; callers keep the series they get for hot paths.
/// </summary>
/// <typeparam name="TSeries">The series type: <see cref="ICounterSeries"/>, <see cref="IGaugeSeries"/> or <see cref="IHistogramSeries"/>.</typeparam>
public interface IMetricFamily<out TSeries>
{
    /// <summary>The series for the label values (created on first use).</summary>
    /// <exception cref="ArgumentException">The number of values differs from the number of label names.</exception>
    TSeries WithLabels(ReadOnlySpan<string> labelValues);
}
