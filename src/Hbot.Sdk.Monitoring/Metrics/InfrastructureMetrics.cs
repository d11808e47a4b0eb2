namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>
/// node-exporter and cAdvisor metrics the dashboards show beyond those the rule packs read
/// (<see cref="ExternalMetrics"/>), so dashboard queries reference entries instead of repeating names.
/// </summary>
public static class InfrastructureMetrics
{
    private static readonly string[] None = [];

    /// <summary>node-exporter one-minute load average.</summary>
    public static readonly MetricDefinition NodeLoad1 = External("node_load1", MetricType.Gauge, MetricUnit.None, "One-minute load average.", None);
    /// <summary>node-exporter bytes received.</summary>
    public static readonly MetricDefinition NodeNetworkReceive = External("node_network_receive_bytes_total", MetricType.Counter, MetricUnit.Bytes, "Bytes received by a network device.", ["device"]);
    /// <summary>node-exporter bytes sent.</summary>
    public static readonly MetricDefinition NodeNetworkTransmit = External("node_network_transmit_bytes_total", MetricType.Counter, MetricUnit.Bytes, "Bytes sent by a network device.", ["device"]);
    /// <summary>node-exporter boot time.</summary>
    public static readonly MetricDefinition NodeBootTime = External("node_boot_time_seconds", MetricType.Gauge, MetricUnit.Timestamp, "Unix time the host booted.", None);

    /// <summary>cAdvisor container CPU time.</summary>
    public static readonly MetricDefinition ContainerCpu = External("container_cpu_usage_seconds_total", MetricType.Counter, MetricUnit.Seconds, "CPU time consumed by a container.", ["name", "cpu"]);
    /// <summary>cAdvisor container bytes received.</summary>
    public static readonly MetricDefinition ContainerNetworkReceive = External("container_network_receive_bytes_total", MetricType.Counter, MetricUnit.Bytes, "Bytes received by a container.", ["name", "interface"]);
    /// <summary>cAdvisor container bytes sent.</summary>
    public static readonly MetricDefinition ContainerNetworkTransmit = External("container_network_transmit_bytes_total", MetricType.Counter, MetricUnit.Bytes, "Bytes sent by a container.", ["name", "interface"]);

    /// <summary>Every infrastructure metric, in a stable order.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        NodeLoad1, NodeNetworkReceive, NodeNetworkTransmit, NodeBootTime, ContainerCpu, ContainerNetworkReceive, ContainerNetworkTransmit,
    ];

    private static MetricDefinition External(string name, MetricType type, MetricUnit unit, string help, IReadOnlyList<string> labels) =>
        new(name, type, unit, help, labels) { IsExportedBySdk = false };
}
