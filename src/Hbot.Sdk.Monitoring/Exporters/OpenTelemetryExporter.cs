using System.Diagnostics.Metrics;
using Hbot.Sdk.Monitoring.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenTelemetry.Metrics;

namespace Hbot.Sdk.Monitoring.Exporters;

/// <summary>
/// <c>System.Diagnostics.Metrics</c> instruments exported by OpenTelemetry's Prometheus exporter, configured so a
/// scrape is identical to prometheus-net's: instruments carry no unit (the exporter would append one), counters are
/// created without their <c>_total</c> suffix (the exporter appends it), scope and target-info labels are off, and
/// the response cache is off so values computed at scrape time are current.
/// </summary>
public sealed class OpenTelemetryExporter : MetricExporter
{
    private static int s_instances;
    private readonly Meter _meter;
    private readonly MeterProvider _provider;

    /// <summary>Creates an exporter with its own meter and meter provider.</summary>
    public OpenTelemetryExporter()
    {
        // A meter name per instance: the provider listens by name, and two bots in one process must not mix.
        _meter = new Meter($"Hbot.Sdk.{Interlocked.Increment(ref s_instances)}");
        _provider = OpenTelemetry.Sdk.CreateMeterProviderBuilder()
            .AddMeter(_meter.Name)
            .AddPrometheusExporter(o =>
            {
                o.ScrapeResponseCacheDurationMilliseconds = 0;
                o.ScopeInfoEnabled = false;
                o.TargetInfoEnabled = false;
            })
            .Build();
    }

    /// <inheritdoc />
    public override MetricsExporter Kind => MetricsExporter.OpenTelemetry;

    /// <inheritdoc />
    public override void UseScrapeEndpoint(IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: _provider,
            predicate: static context => context.Request.Path == ScrapePath,
            path: null,
            configureBranchedPipeline: branch => branch.Use(next => context =>
            {
                RunCollectCallbacks();
                return next(context);
            }),
            optionsName: null);
    }

    /// <inheritdoc />
    protected override IMetricFamily<ICounterSeries> CreateCounter(MetricDefinition definition) =>
        new CounterFamily(definition, _meter.CreateCounter<double>(definition.Name[..^"_total".Length], unit: null, description: definition.Help));

    /// <inheritdoc />
    protected override IMetricFamily<IGaugeSeries> CreateGauge(MetricDefinition definition) =>
        new GaugeFamily(definition, _meter.CreateGauge<double>(definition.Name, unit: null, description: definition.Help));

    /// <inheritdoc />
    protected override IMetricFamily<IHistogramSeries> CreateHistogram(MetricDefinition definition) =>
        new HistogramFamily(definition, _meter.CreateHistogram(definition.Name, unit: null, description: definition.Help, tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [.. definition.Buckets] }));

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _provider.Dispose();
            _meter.Dispose();
        }
        base.Dispose(disposing);
    }

    private static KeyValuePair<string, object?>[] Tags(MetricDefinition definition, ReadOnlySpan<string> labelValues)
    {
        CheckLabelCount(definition, labelValues);
        var tags = new KeyValuePair<string, object?>[labelValues.Length];
        for (var i = 0; i < tags.Length; i++) tags[i] = new(definition.LabelNames[i], labelValues[i]);
        return tags;
    }

    private sealed class CounterFamily(MetricDefinition definition, Counter<double> counter) : IMetricFamily<ICounterSeries>
    {
        public ICounterSeries WithLabels(ReadOnlySpan<string> labelValues) => new CounterSeries(counter, Tags(definition, labelValues));
    }

    private sealed class CounterSeries(Counter<double> counter, KeyValuePair<string, object?>[] tags) : ICounterSeries
    {
        private readonly Lock _gate = new();
        private double _reported;
        private bool _published;

        public void Inc(double amount = 1)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(amount);
            counter.Add(amount, tags);
        }

        public void IncTo(double total)
        {
            // OpenTelemetry counters only add, so a total read elsewhere is turned into the increase since the last one.
            // The first call always records, so a total of 0 publishes the series as prometheus-net does.
            lock (_gate)
            {
                if (_published && total <= _reported) return;
                counter.Add(Math.Max(0, total - _reported), tags);
                _reported = Math.Max(total, _reported);
                _published = true;
            }
        }
    }

    private sealed class GaugeFamily(MetricDefinition definition, Gauge<double> gauge) : IMetricFamily<IGaugeSeries>
    {
        public IGaugeSeries WithLabels(ReadOnlySpan<string> labelValues) => new GaugeSeries(gauge, Tags(definition, labelValues));
    }

    private sealed class GaugeSeries(Gauge<double> gauge, KeyValuePair<string, object?>[] tags) : IGaugeSeries
    {
        public void Set(double value) => gauge.Record(value, tags);
    }

    private sealed class HistogramFamily(MetricDefinition definition, Histogram<double> histogram) : IMetricFamily<IHistogramSeries>
    {
        public IHistogramSeries WithLabels(ReadOnlySpan<string> labelValues) => new HistogramSeries(histogram, Tags(definition, labelValues));
    }

    private sealed class HistogramSeries(Histogram<double> histogram, KeyValuePair<string, object?>[] tags) : IHistogramSeries
    {
        public void Observe(double value) => histogram.Record(value, tags);
    }
}
