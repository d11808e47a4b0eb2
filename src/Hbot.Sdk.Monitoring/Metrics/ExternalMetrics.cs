namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>
/// Metrics the rule packs read but the SDK does not export: node-exporter (host), cAdvisor (containers), Prometheus
/// and Alertmanager (self-monitoring). Rules reference these entries instead of string literals, so a renamed
/// upstream metric is fixed in one place and every expression can be checked against a known name.
/// </summary>
public static class ExternalMetrics
{
    private static readonly string[] Container = ["name", "id", "image"];
    private static readonly string[] Filesystem = ["device", "fstype", "mountpoint"];

    // node-exporter
    /// <summary>CPU time per CPU and mode (node-exporter).</summary>
    public static readonly MetricDefinition NodeCpuSeconds = External("node_cpu_seconds_total", MetricType.Counter, MetricUnit.Seconds,
        "Seconds the CPUs spent in each mode.", ["cpu", "mode"]);
    /// <summary>Memory available for new work without swapping (node-exporter, Linux 3.14+).</summary>
    public static readonly MetricDefinition NodeMemoryAvailable = External("node_memory_MemAvailable_bytes", MetricType.Gauge, MetricUnit.Bytes,
        "Memory information field MemAvailable_bytes.", []);
    /// <summary>Total usable memory (node-exporter).</summary>
    public static readonly MetricDefinition NodeMemoryTotal = External("node_memory_MemTotal_bytes", MetricType.Gauge, MetricUnit.Bytes,
        "Memory information field MemTotal_bytes.", []);
    /// <summary>Filesystem space available to non-root users (node-exporter).</summary>
    public static readonly MetricDefinition NodeFilesystemAvailable = External("node_filesystem_avail_bytes", MetricType.Gauge, MetricUnit.Bytes,
        "Filesystem space available to non-root users in bytes.", Filesystem);
    /// <summary>Filesystem size (node-exporter).</summary>
    public static readonly MetricDefinition NodeFilesystemSize = External("node_filesystem_size_bytes", MetricType.Gauge, MetricUnit.Bytes,
        "Filesystem size in bytes.", Filesystem);
    /// <summary>Filesystem read-only flag (node-exporter).</summary>
    public static readonly MetricDefinition NodeFilesystemReadonly = External("node_filesystem_readonly", MetricType.Gauge, MetricUnit.Boolean,
        "Filesystem read-only status.", Filesystem);
    /// <summary>Free inodes (node-exporter).</summary>
    public static readonly MetricDefinition NodeFilesystemFilesFree = External("node_filesystem_files_free", MetricType.Gauge, MetricUnit.None,
        "Filesystem total free file nodes.", Filesystem);
    /// <summary>Total inodes (node-exporter).</summary>
    public static readonly MetricDefinition NodeFilesystemFiles = External("node_filesystem_files", MetricType.Gauge, MetricUnit.None,
        "Filesystem total file nodes.", Filesystem);
    /// <summary>Clock offset from the NTP reference (node-exporter timex collector).</summary>
    public static readonly MetricDefinition NodeTimexOffset = External("node_timex_offset_seconds", MetricType.Gauge, MetricUnit.Seconds,
        "Time offset in between local system and reference clock.", []);

    /// <summary>
    /// Kernel OOM kills since boot (node-exporter vmstat collector). It counts up, but node-exporter exports it untyped
    /// without <c>_total</c>, so it is declared a gauge and read with <c>increase()</c>.
    /// </summary>
    public static readonly MetricDefinition NodeVmstatOomKill = External("node_vmstat_oom_kill", MetricType.Gauge, MetricUnit.None,
        "/proc/vmstat information field oom_kill.", []);

    // cAdvisor
    /// <summary>Unix time cAdvisor last saw the container (cAdvisor; the name carries no unit suffix upstream).</summary>
    public static readonly MetricDefinition ContainerLastSeen = External("container_last_seen", MetricType.Gauge, MetricUnit.None,
        "Last time a container was seen by the exporter (Unix seconds).", Container);
    /// <summary>Container working set memory (cAdvisor).</summary>
    public static readonly MetricDefinition ContainerMemoryWorkingSet = External("container_memory_working_set_bytes", MetricType.Gauge, MetricUnit.Bytes,
        "Current working set in bytes.", Container);
    /// <summary>Container memory limit, 0 when unlimited (cAdvisor).</summary>
    public static readonly MetricDefinition ContainerSpecMemoryLimit = External("container_spec_memory_limit_bytes", MetricType.Gauge, MetricUnit.Bytes,
        "Memory limit for the container.", Container);
    /// <summary>Container OOM events (cAdvisor; needs /dev/kmsg, best effort).</summary>
    public static readonly MetricDefinition ContainerOomEvents = External("container_oom_events_total", MetricType.Counter, MetricUnit.None,
        "Count of out of memory events observed for the container.", Container);

    // Prometheus
    /// <summary>Scrape health per target (Prometheus synthetic series).</summary>
    public static readonly MetricDefinition Up = External("up", MetricType.Gauge, MetricUnit.Boolean,
        "1 when the last scrape of the target succeeded, 0 when it failed.", []);
    /// <summary>Rule evaluation failures (Prometheus).</summary>
    public static readonly MetricDefinition PrometheusRuleEvaluationFailures = External("prometheus_rule_evaluation_failures_total", MetricType.Counter, MetricUnit.None,
        "The total number of rule evaluation failures.", ["rule_group"]);
    /// <summary>Result of the last configuration reload (Prometheus).</summary>
    public static readonly MetricDefinition PrometheusConfigLastReloadSuccessful = External("prometheus_config_last_reload_successful", MetricType.Gauge, MetricUnit.Boolean,
        "Whether the last configuration reload attempt was successful.", []);

    // Alertmanager
    /// <summary>Notifications attempted per integration (Alertmanager).</summary>
    public static readonly MetricDefinition AlertmanagerNotifications = External("alertmanager_notifications_total", MetricType.Counter, MetricUnit.None,
        "The total number of attempted notifications.", ["integration"]);
    /// <summary>Failed notifications per integration and reason (Alertmanager).</summary>
    public static readonly MetricDefinition AlertmanagerNotificationsFailed = External("alertmanager_notifications_failed_total", MetricType.Counter, MetricUnit.None,
        "The total number of failed notifications.", ["integration", "reason"]);

    /// <summary>Every external metric the rule packs use, in a stable order.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        NodeCpuSeconds, NodeMemoryAvailable, NodeMemoryTotal, NodeFilesystemAvailable, NodeFilesystemSize, NodeFilesystemReadonly,
        NodeFilesystemFilesFree, NodeFilesystemFiles, NodeTimexOffset, NodeVmstatOomKill,
        ContainerLastSeen, ContainerMemoryWorkingSet, ContainerSpecMemoryLimit, ContainerOomEvents,
        Up, PrometheusRuleEvaluationFailures, PrometheusConfigLastReloadSuccessful,
        AlertmanagerNotifications, AlertmanagerNotificationsFailed,
    ];

    /// <summary>Finds an entry by metric name or by one of its series names.</summary>
    public static MetricDefinition? Find(string name) =>
        All.FirstOrDefault(m => m.Name == name || m.SeriesNames.Contains(name));

    private static MetricDefinition External(string name, MetricType type, MetricUnit unit, string help, IReadOnlyList<string> labels) =>
        new(name, type, unit, help, labels) { IsExportedBySdk = false };
}
