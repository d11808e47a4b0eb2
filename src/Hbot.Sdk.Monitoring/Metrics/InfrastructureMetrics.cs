namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>
/// Metrics the stack's other exporters provide (Prometheus itself, node-exporter, cAdvisor), so dashboards and
/// rules reference them like SDK metrics instead of repeating names.
/// </summary>
public static class InfrastructureMetrics
{
    private static readonly string[] None = [];

    /// <summary>Prometheus scrape health of a target.</summary>
    public static readonly MetricDefinition Up = External("up", MetricType.Gauge, MetricUnit.Boolean, "1 when the last scrape of the target succeeded.", None);

    /// <summary>node-exporter CPU time by mode.</summary>
    public static readonly MetricDefinition NodeCpu = External("node_cpu_seconds_total", MetricType.Counter, MetricUnit.Seconds, "Seconds the CPUs spent in each mode.", ["cpu", "mode"]);
    /// <summary>node-exporter one-minute load average.</summary>
    public static readonly MetricDefinition NodeLoad1 = External("node_load1", MetricType.Gauge, MetricUnit.None, "One-minute load average.", None);
    /// <summary>node-exporter available memory.</summary>
    public static readonly MetricDefinition NodeMemoryAvailable = External("node_memory_MemAvailable_bytes", MetricType.Gauge, MetricUnit.Bytes, "Memory available for new work.", None);
    /// <summary>node-exporter total memory.</summary>
    public static readonly MetricDefinition NodeMemoryTotal = External("node_memory_MemTotal_bytes", MetricType.Gauge, MetricUnit.Bytes, "Total memory.", None);
    /// <summary>node-exporter free filesystem space for unprivileged users.</summary>
    public static readonly MetricDefinition NodeFilesystemAvailable = External("node_filesystem_avail_bytes", MetricType.Gauge, MetricUnit.Bytes, "Filesystem space available to non-root users.", ["device", "fstype", "mountpoint"]);
    /// <summary>node-exporter filesystem size.</summary>
    public static readonly MetricDefinition NodeFilesystemSize = External("node_filesystem_size_bytes", MetricType.Gauge, MetricUnit.Bytes, "Filesystem size.", ["device", "fstype", "mountpoint"]);
    /// <summary>node-exporter bytes received.</summary>
    public static readonly MetricDefinition NodeNetworkReceive = External("node_network_receive_bytes_total", MetricType.Counter, MetricUnit.Bytes, "Bytes received by a network device.", ["device"]);
    /// <summary>node-exporter bytes sent.</summary>
    public static readonly MetricDefinition NodeNetworkTransmit = External("node_network_transmit_bytes_total", MetricType.Counter, MetricUnit.Bytes, "Bytes sent by a network device.", ["device"]);
    /// <summary>node-exporter boot time.</summary>
    public static readonly MetricDefinition NodeBootTime = External("node_boot_time_seconds", MetricType.Gauge, MetricUnit.Timestamp, "Unix time the host booted.", None);

    /// <summary>cAdvisor container CPU time.</summary>
    public static readonly MetricDefinition ContainerCpu = External("container_cpu_usage_seconds_total", MetricType.Counter, MetricUnit.Seconds, "CPU time consumed by a container.", ["name", "cpu"]);
    /// <summary>cAdvisor container working set.</summary>
    public static readonly MetricDefinition ContainerMemoryWorkingSet = External("container_memory_working_set_bytes", MetricType.Gauge, MetricUnit.Bytes, "Working set memory of a container.", ["name"]);
    /// <summary>cAdvisor container memory limit.</summary>
    public static readonly MetricDefinition ContainerMemoryLimit = External("container_spec_memory_limit_bytes", MetricType.Gauge, MetricUnit.Bytes, "Memory limit of a container (0 when unlimited).", ["name"]);
    /// <summary>cAdvisor container bytes received.</summary>
    public static readonly MetricDefinition ContainerNetworkReceive = External("container_network_receive_bytes_total", MetricType.Counter, MetricUnit.Bytes, "Bytes received by a container.", ["name", "interface"]);
    /// <summary>cAdvisor container bytes sent.</summary>
    public static readonly MetricDefinition ContainerNetworkTransmit = External("container_network_transmit_bytes_total", MetricType.Counter, MetricUnit.Bytes, "Bytes sent by a container.", ["name", "interface"]);

    /// <summary>Every infrastructure metric, in a stable order.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        Up, NodeCpu, NodeLoad1, NodeMemoryAvailable, NodeMemoryTotal, NodeFilesystemAvailable, NodeFilesystemSize,
        NodeNetworkReceive, NodeNetworkTransmit, NodeBootTime,
        ContainerCpu, ContainerMemoryWorkingSet, ContainerMemoryLimit, ContainerNetworkReceive, ContainerNetworkTransmit,
    ];

    private static MetricDefinition External(string name, MetricType type, MetricUnit unit, string help, IReadOnlyList<string> labels) =>
        new(name, type, unit, help, labels) { IsExportedBySdk = false };
}
