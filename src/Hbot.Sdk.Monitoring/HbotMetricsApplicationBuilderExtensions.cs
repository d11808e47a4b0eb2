using Hbot.Sdk.Hosting;

namespace Hbot.Sdk.Monitoring;

/// <summary>Adds bot metrics to an Hbot application in one line.</summary>
public static class HbotMetricsApplicationBuilderExtensions
{
    /// <summary>
    /// Serves <c>/metrics</c> (every <see cref="Metrics.MetricCatalog"/> entry) and <c>/health</c> while the bot runs,
    /// on <c>127.0.0.1:9400</c> unless configured or overridden by <c>HBOT_METRICS_ADDRESS</c>
    /// (use <c>0.0.0.0:9400</c> in containers). The <c>bot</c> label is the bot's name.
    /// </summary>
    /// <example>
    /// <code>
    /// var builder = HbotApplication.CreateBuilder(args);
    /// builder.AddHbotMetrics(o => o.Exporter = MetricsExporter.PrometheusNet);
    /// return await builder.Build().RunAsync();
    /// </code>
    /// </example>
    public static HbotApplicationBuilder AddHbotMetrics(this HbotApplicationBuilder builder, Action<HbotMetricsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHbotMetrics(configure);
        return builder;
    }
}
