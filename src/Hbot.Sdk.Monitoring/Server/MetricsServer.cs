using System.Text.Json;
using Hbot.Sdk.Connectors;
using Hbot.Sdk.Events;
using Hbot.Sdk.Monitoring.Exporters;
using Hbot.Sdk.Monitoring.Health;
using Hbot.Sdk.Monitoring.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hbot.Sdk.Monitoring.Server;

/// <summary>
/// Serves <c>/metrics</c> and <c>/health</c> from a small Kestrel app inside the bot's host, and subscribes the
/// metrics observer and the health monitor to the event stream before any other hosted service starts, so the
/// bot's first events are counted.
/// </summary>
public sealed class MetricsServer : IHostedLifecycleService, IAsyncDisposable
{
    /// <summary>The health endpoint path.</summary>
    public const string HealthPath = "/health";

    private static readonly JsonSerializerOptions HealthJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly HbotMetricsOptions _options;
    private readonly MetricExporter _exporter;
    private readonly MetricsObserver _observer;
    private readonly TradingEventStream _events;
    private readonly TimeProvider _time;
    private readonly IServiceProvider _services;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger<MetricsServer> _logger;
    private readonly List<IDisposable> _subscriptions = [];
    private WebApplication? _app;

    /// <summary>Creates the server (the host calls this).</summary>
    public MetricsServer(
        IOptions<HbotMetricsOptions> options, MetricExporter exporter, MetricsObserver observer, ProcessMetrics processMetrics,
        TradingEventStream events, TimeProvider time, IServiceProvider services, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Process metrics register themselves with the exporter when created; taking them here creates them.
        ArgumentNullException.ThrowIfNull(processMetrics);
        _options = options.Value;
        _exporter = exporter;
        _observer = observer;
        _events = events;
        _time = time;
        _services = services;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<MetricsServer>();
    }

    /// <summary>The health monitor, once the host is starting.</summary>
    public BotHealthMonitor? Health { get; private set; }

    /// <summary>The address actually bound (with the real port when 0 was asked), once started.</summary>
    public Uri? BaseAddress { get; private set; }

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        // The connector is resolved here, not in the constructor, so building the host never creates it early.
        Health = new BotHealthMonitor(_options.Health, _time, _services.GetService<IExchangeConnector>());
        _subscriptions.Add(_events.Subscribe(_observer));
        _subscriptions.Add(_events.Subscribe(Health));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var address = _options.ParsedAddress;
        var health = Health ?? throw new InvalidOperationException("The metrics server was started without StartingAsync.");
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(MetricsServer).Assembly.GetName().Name });
        builder.Services.AddSingleton(_loggerFactory);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            if (address.Host is null) kestrel.ListenLocalhost(address.Port);
            else kestrel.Listen(address.Host, address.Port);
        });
        var app = builder.Build();
        _exporter.UseScrapeEndpoint(app);
        app.Map(HealthPath, branch => branch.Run(context => WriteHealthAsync(context, health.Evaluate())));
        app.Run(static context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return context.Response.WriteAsync("Not found. This server answers /metrics and /health.\n", context.RequestAborted);
        });
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException(
                $"The metrics server cannot listen on {address} ({ex.Message}). Set another address with {HbotMetricsOptions.AddressVariable} or HbotMetricsOptions.Address.", ex);
        }
        _app = app;
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        BaseAddress = bound is null ? null : new Uri(bound.Replace("://[::]", "://[::1]", StringComparison.Ordinal));
        _logger.LogInformation("Serving /metrics and /health for bot {Bot} on {Address} ({Exporter})", _observer.Bot, bound, _exporter.Kind);
    }

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is { } app) await app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        foreach (var subscription in _subscriptions) subscription.Dispose();
        _subscriptions.Clear();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is { } app) await app.DisposeAsync().ConfigureAwait(false);
        _app = null;
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.StatusCode = report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.CacheControl = "no-store";
        var body = new HealthBody(report.Status, [.. report.Failing], report.Checks, report.LastTickAgeSeconds, report.ConnectorReady);
        return context.Response.WriteAsJsonAsync(body, HealthJson, context.RequestAborted);
    }

    private sealed record HealthBody(
        string Status, IReadOnlyList<string> Failing, IReadOnlyList<HealthCheckResult> Checks, double? LastTickAgeSeconds, bool? ConnectorReady);
}
