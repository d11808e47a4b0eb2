using Hbot.Sdk.Monitoring.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hbot.Sdk.Monitoring.Exporters;

/// <summary>
/// An exporter-neutral metric registry: the observer records through it, and the <c>/metrics</c> endpoint renders it.
/// Every instrument comes from a <see cref="MetricDefinition"/> of the <see cref="MetricCatalog"/>, so both
/// implementations expose the same names, types, help and labels.
/// </summary>
public abstract class MetricExporter : IDisposable
{
    private readonly Dictionary<string, object> _families = new(StringComparer.Ordinal);
    private readonly Lock _familiesGate = new();
    private readonly Lock _callbacksGate = new();
    private Action[] _collectCallbacks = [];
    private RequestDelegate? _scrapePipeline;

    /// <summary>The path the scrape pipeline answers on.</summary>
    public const string ScrapePath = "/metrics";

    /// <summary>Creates the exporter selected by <paramref name="kind"/>.</summary>
    public static MetricExporter Create(MetricsExporter kind) => kind switch
    {
        MetricsExporter.PrometheusNet => new PrometheusNetExporter(),
        MetricsExporter.OpenTelemetry => new OpenTelemetryExporter(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown metrics exporter."),
    };

    /// <summary>Which library this is.</summary>
    public abstract MetricsExporter Kind { get; }

    /// <summary>The counter for a catalog entry (the same family on every call).</summary>
    public IMetricFamily<ICounterSeries> Counter(MetricDefinition definition) =>
        Family(definition, MetricType.Counter, static (e, d) => e.CreateCounter(d));

    /// <summary>The gauge for a catalog entry (the same family on every call).</summary>
    public IMetricFamily<IGaugeSeries> Gauge(MetricDefinition definition) =>
        Family(definition, MetricType.Gauge, static (e, d) => e.CreateGauge(d));

    /// <summary>The histogram for a catalog entry, with the entry's buckets (the same family on every call).</summary>
    public IMetricFamily<IHistogramSeries> Histogram(MetricDefinition definition) =>
        Family(definition, MetricType.Histogram, static (e, d) => e.CreateHistogram(d));

    /// <summary>
    /// Creates the instrument of a catalog entry of any type, so the exporter lists it (prometheus-net writes HELP and
    /// TYPE) before its first series exists.
    /// </summary>
    public void Declare(MetricDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        switch (definition.Type)
        {
            case MetricType.Counter: Counter(definition); break;
            case MetricType.Gauge: Gauge(definition); break;
            case MetricType.Histogram: Histogram(definition); break;
            default: throw new ArgumentOutOfRangeException(nameof(definition), definition.Type, "Unknown metric type.");
        }
    }

    /// <summary>Runs <paramref name="callback"/> before every scrape, to set values computed at scrape time (ages, process figures).</summary>
    public void AddCollectCallback(Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        lock (_callbacksGate) _collectCallbacks = [.. _collectCallbacks, callback];
    }

    /// <summary>Adds the middleware that answers <see cref="ScrapePath"/> with the Prometheus text exposition.</summary>
    public abstract void UseScrapeEndpoint(IApplicationBuilder app);

    /// <summary>
    /// Renders one scrape in-process through the same middleware the HTTP endpoint uses, without a socket
    /// (for tests, benchmarks and diagnostics).
    /// </summary>
    /// <param name="destination">Receives the response body.</param>
    /// <param name="accept">The <c>Accept</c> header to negotiate with, for example <c>application/openmetrics-text</c>; null for the classic text format.</param>
    /// <param name="cancellationToken">Cancels the scrape.</param>
    /// <returns>The response content type.</returns>
    public async Task<string> ScrapeAsync(Stream destination, string? accept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var pipeline = _scrapePipeline ??= BuildScrapePipeline();
        var context = new DefaultHttpContext { RequestAborted = cancellationToken };
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = ScrapePath;
        if (accept is not null) context.Request.Headers.Accept = accept;
        context.Response.Body = destination;
        await pipeline(context).ConfigureAwait(false);
        if (context.Response.StatusCode != StatusCodes.Status200OK)
            throw new InvalidOperationException($"The {Kind} scrape answered HTTP {context.Response.StatusCode}.");
        return context.Response.ContentType ?? string.Empty;
    }

    /// <summary>Renders one scrape in-process and returns the text.</summary>
    public async Task<string> ScrapeAsync(string? accept = null, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await ScrapeAsync(buffer, accept, cancellationToken).ConfigureAwait(false);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Releases the exporter's resources.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources when <paramref name="disposing"/> is true.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Runs the collect callbacks; implementations call it right before they render.</summary>
    protected void RunCollectCallbacks()
    {
        foreach (var callback in Volatile.Read(ref _collectCallbacks)) callback();
    }

    /// <summary>Throws unless there is one value per label name of <paramref name="definition"/>.</summary>
    protected static void CheckLabelCount(MetricDefinition definition, ReadOnlySpan<string> labelValues)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (labelValues.Length != definition.LabelNames.Count)
            throw new ArgumentException(
                $"Metric '{definition.Name}' has {definition.LabelNames.Count} labels ({string.Join(", ", definition.LabelNames)}), but {labelValues.Length} values were given.",
                nameof(labelValues));
    }

    /// <summary>Creates the library's counter for a validated catalog entry.</summary>
    protected abstract IMetricFamily<ICounterSeries> CreateCounter(MetricDefinition definition);

    /// <summary>Creates the library's gauge for a validated catalog entry.</summary>
    protected abstract IMetricFamily<IGaugeSeries> CreateGauge(MetricDefinition definition);

    /// <summary>Creates the library's histogram for a validated catalog entry.</summary>
    protected abstract IMetricFamily<IHistogramSeries> CreateHistogram(MetricDefinition definition);

    private IMetricFamily<TSeries> Family<TSeries>(
        MetricDefinition definition, MetricType expected, Func<MetricExporter, MetricDefinition, IMetricFamily<TSeries>> create)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Type != expected)
            throw new ArgumentException($"Metric '{definition.Name}' is a {definition.Type}, not a {expected}.", nameof(definition));
        if (!definition.IsExportedBySdk)
            throw new ArgumentException($"Metric '{definition.Name}' is exported by another process, not by the SDK.", nameof(definition));
        // Under a lock, not GetOrAdd: a factory that ran twice would register the instrument twice.
        lock (_familiesGate)
        {
            if (!_families.TryGetValue(definition.Name, out var family))
            {
                family = create(this, definition);
                _families.Add(definition.Name, family);
            }
            return family as IMetricFamily<TSeries>
                ?? throw new InvalidOperationException($"Metric '{definition.Name}' was created with a different definition.");
        }
    }

    private RequestDelegate BuildScrapePipeline()
    {
        var app = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        UseScrapeEndpoint(app);
        return app.Build();
    }
}
