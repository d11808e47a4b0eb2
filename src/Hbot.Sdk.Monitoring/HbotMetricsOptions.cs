using Hbot.Sdk.Monitoring.Health;
using Hbot.Sdk.Monitoring.Server;

namespace Hbot.Sdk.Monitoring;

/// <summary>Options of <c>AddHbotMetrics</c>: where <c>/metrics</c> and <c>/health</c> are served and by which exporter.</summary>
public sealed class HbotMetricsOptions
{
    /// <summary>The environment variable that overrides <see cref="Address"/> (set <c>0.0.0.0:9400</c> in containers).</summary>
    public const string AddressVariable = "HBOT_METRICS_ADDRESS";

    /// <summary>The default address: loopback only, so nothing is exposed by accident.</summary>
    public const string DefaultAddress = "127.0.0.1:9400";

    /// <summary><c>host:port</c> to listen on (default <c>127.0.0.1:9400</c>; port 0 picks a free port).</summary>
    public string Address { get; set; } = DefaultAddress;

    /// <summary>Which library renders <c>/metrics</c> (default prometheus-net).</summary>
    public MetricsExporter Exporter { get; set; } = MetricsExporter.PrometheusNet;

    /// <summary>
    /// The <c>bot</c> label. When null, the name in the host's <see cref="Hosting.BotIdentity"/> is used, then
    /// <c>HBOT_BOT_NAME</c>, then the entry assembly name.
    /// </summary>
    public string? BotName { get; set; }

    /// <summary>When <c>/health</c> reports the bot unhealthy.</summary>
    public BotHealthOptions Health { get; } = new();

    /// <summary>The parsed <see cref="Address"/>.</summary>
    /// <exception cref="FormatException">The address is invalid.</exception>
    public MetricsAddress ParsedAddress => MetricsAddress.Parse(Address);
}
