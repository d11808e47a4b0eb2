using System.Reflection;
using Hbot.Sdk.Events;
using Hbot.Sdk.Hosting;
using Hbot.Sdk.Monitoring.Exporters;
using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hbot.Sdk.Monitoring;

/// <summary>Adds bot metrics to any Microsoft.Extensions.Hosting host.</summary>
public static class HbotMetricsServiceCollectionExtensions
{
    /// <summary>The environment variable naming the bot when the host gives no identity.</summary>
    public const string BotNameVariable = "HBOT_BOT_NAME";

    /// <summary>
    /// Registers the metric exporter, the metrics observer on the <see cref="TradingEventStream"/>, process metrics,
    /// the log-event counter and the hosted server for <c>/metrics</c> and <c>/health</c>. Options are validated at start;
    /// <c>HBOT_METRICS_ADDRESS</c> overrides the address.
    /// </summary>
    public static IServiceCollection AddHbotMetrics(this IServiceCollection services, Action<HbotMetricsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<HbotMetricsOptions>();
        if (configure is not null) options.Configure(configure);
        options.PostConfigure(o =>
        {
            var address = Environment.GetEnvironmentVariable(HbotMetricsOptions.AddressVariable);
            if (!string.IsNullOrWhiteSpace(address)) o.Address = address.Trim();
        });
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HbotMetricsOptions>, HbotMetricsOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TradingEventStream>();
        services.TryAddSingleton(sp => MetricExporter.Create(sp.GetRequiredService<IOptions<HbotMetricsOptions>>().Value.Exporter));
        services.TryAddSingleton(sp => new MetricsObserver(
            sp.GetRequiredService<MetricExporter>(), ResolveBotName(sp), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<LogEventTally>()));
        services.TryAddSingleton<LogEventTally>();
        services.TryAddSingleton<ProcessMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, MetricsLoggerProvider>());
        services.TryAddSingleton<MetricsServer>();
        services.AddHostedService(sp => sp.GetRequiredService<MetricsServer>());
        return services;
    }

    private static string ResolveBotName(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<HbotMetricsOptions>>().Value.BotName;
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (services.GetService<BotIdentity>() is { } identity) return identity.Name;
        var fromEnvironment = Environment.GetEnvironmentVariable(BotNameVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return fromEnvironment.Trim();
        return Assembly.GetEntryAssembly()?.GetName().Name ?? "hbot";
    }
}
