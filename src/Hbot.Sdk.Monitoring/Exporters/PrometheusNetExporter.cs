using Hbot.Sdk.Monitoring.Metrics;
using Microsoft.AspNetCore.Builder;
using Prometheus;

namespace Hbot.Sdk.Monitoring.Exporters;

/// <summary>
/// prometheus-net behind <see cref="MetricExporter"/>. Uses a private registry, so prometheus-net's default process
/// and runtime metrics never appear (the SDK exports its own, with the same names on both exporters), and turns
/// exemplars off so both exporters render the same series. A series appears when it is first recorded, never
/// with an invented initial value (OpenTelemetry behaves the same).
/// </summary>
public sealed class PrometheusNetExporter : MetricExporter
{
    private readonly CollectorRegistry _registry;
    private readonly IMetricFactory _factory;

    /// <summary>Creates an exporter with its own registry.</summary>
    public PrometheusNetExporter()
    {
        _registry = Prometheus.Metrics.NewCustomRegistry();
        _factory = Prometheus.Metrics.WithCustomRegistry(_registry);
        _registry.AddBeforeCollectCallback(RunCollectCallbacks);
    }

    /// <inheritdoc />
    public override MetricsExporter Kind => MetricsExporter.PrometheusNet;

    /// <inheritdoc />
    public override void UseScrapeEndpoint(IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMetricServer(ScrapePath, _registry);
    }

    /// <inheritdoc />
    protected override IMetricFamily<ICounterSeries> CreateCounter(MetricDefinition definition) =>
        new CounterFamily(definition, _factory.CreateCounter(definition.Name, definition.Help, [.. definition.LabelNames],
            new CounterConfiguration { SuppressInitialValue = true, ExemplarBehavior = ExemplarBehavior.NoExemplars() }));

    /// <inheritdoc />
    protected override IMetricFamily<IGaugeSeries> CreateGauge(MetricDefinition definition) =>
        new GaugeFamily(definition, _factory.CreateGauge(definition.Name, definition.Help, [.. definition.LabelNames],
            new GaugeConfiguration { SuppressInitialValue = true }));

    /// <inheritdoc />
    protected override IMetricFamily<IHistogramSeries> CreateHistogram(MetricDefinition definition) =>
        new HistogramFamily(definition, _factory.CreateHistogram(definition.Name, definition.Help, [.. definition.LabelNames],
            new HistogramConfiguration { Buckets = [.. definition.Buckets], SuppressInitialValue = true, ExemplarBehavior = ExemplarBehavior.NoExemplars() }));

    private sealed class CounterFamily(MetricDefinition definition, Counter counter) : IMetricFamily<ICounterSeries>
    {
        public ICounterSeries WithLabels(ReadOnlySpan<string> labelValues)
        {
            CheckLabelCount(definition, labelValues);
            return new CounterSeries(labelValues.IsEmpty ? counter : counter.WithLabels(labelValues));
        }
    }

    private sealed class CounterSeries(Prometheus.ICounter child) : ICounterSeries
    {
        public void Inc(double amount = 1) => child.Inc(amount);

        public void IncTo(double total) => child.IncTo(total);
    }

    private sealed class GaugeFamily(MetricDefinition definition, Gauge gauge) : IMetricFamily<IGaugeSeries>
    {
        public IGaugeSeries WithLabels(ReadOnlySpan<string> labelValues)
        {
            CheckLabelCount(definition, labelValues);
            return new GaugeSeries(labelValues.IsEmpty ? gauge : gauge.WithLabels(labelValues));
        }
    }

    private sealed class GaugeSeries(Prometheus.IGauge child) : IGaugeSeries
    {
        public void Set(double value) => child.Set(value);
    }

    private sealed class HistogramFamily(MetricDefinition definition, Histogram histogram) : IMetricFamily<IHistogramSeries>
    {
        public IHistogramSeries WithLabels(ReadOnlySpan<string> labelValues)
        {
            CheckLabelCount(definition, labelValues);
            return new HistogramSeries(labelValues.IsEmpty ? histogram : histogram.WithLabels(labelValues));
        }
    }

    private sealed class HistogramSeries(Prometheus.IHistogram child) : IHistogramSeries
    {
        public void Observe(double value) => child.Observe(value);
    }
}
