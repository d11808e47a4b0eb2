using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Rules.PromQl;
using Hbot.Sdk.Monitoring.Rules.RuleTests;
using Hbot.Sdk.Monitoring.Runbooks;
using static Hbot.Sdk.Monitoring.Rules.PackAlert;
using static Hbot.Sdk.Monitoring.Runbooks.RunbookCommands;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Host alerts from node-exporter: CPU, memory (from MemAvailable, per instance), disk space and inodes, clock.</summary>
public static class HostRulePack
{
    /// <summary>Builds the pack from the options.</summary>
    public static RulePack Build(RulePackOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var h = o.Host;
        var s = o.Selectors;
        var node = Labels("job", s.NodeExporterJob, "instance", "node-exporter:9100");
        var root = node.With("device", "/dev/sda1", "fstype", "ext4", "mountpoint", "/");
        var rateWindow = PromDuration.Format(h.RateWindow);

        var cpu = Create(o, "HighCpuUsage", AlertSeverity.Warning, h.CpuFor,
            $"1 - avg without (cpu, mode) (rate({ExternalMetrics.NodeCpuSeconds}{{{s.Node},mode=\"idle\"}}[{rateWindow}])) > {Number(h.CpuUsageRatio)}",
            "The host's CPUs are almost fully busy.",
            $"CPU on {{{{ $labels.instance }}}} is {{{{ $value | humanizePercentage }}}} busy (threshold {Percent(h.CpuUsageRatio)}).",
            new Runbook
            {
                Meaning = $"Averaged over all cores, the CPUs were idle less than {Percent(1 - h.CpuUsageRatio)} of the time over {rateWindow}, for {PromDuration.Format(h.CpuFor)}.",
                Impact = "Bots tick late, react late to the order book and their requests time out; quoting on stale prices costs money.",
                Check =
                [
                    HostResources(),
                    RunbookStep.Shell("Find the processes using the CPU:", "top -b -n 1 -o %CPU | head -20"),
                    Query("Busy share per host over time:", $"1 - avg without (cpu, mode) (rate({ExternalMetrics.NodeCpuSeconds}{{{s.Node},mode=\"idle\"}}[{rateWindow}]))"),
                ],
                Fix =
                [
                    new RunbookStep("If one bot uses the CPU, check its tick interval and strategy settings and read its logs for error loops."),
                    new RunbookStep("If the host is simply too small for the bots it runs, move bots to another host or resize it."),
                ],
                Escalate = "Escalate when bots show BotNotTicking or ExchangeApiLatencyHigh at the same time.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.NodeCpuSeconds, node.With("cpu", "0", "mode", "idle"), SeriesValues.Linear(0, 0.05)), Series(ExternalMetrics.NodeCpuSeconds, node.With("cpu", "1", "mode", "idle"), SeriesValues.Linear(0, 0.05))],
                Healthy = [Series(ExternalMetrics.NodeCpuSeconds, node.With("cpu", "0", "mode", "idle"), SeriesValues.Linear(0, 0.6)), Series(ExternalMetrics.NodeCpuSeconds, node.With("cpu", "1", "mode", "idle"), SeriesValues.Linear(0, 0.6))],
                ExpectedLabels = node,
                ExpectedValue = _ => 0.95,
            });

        var memory = Create(o, "HighMemoryUsage", AlertSeverity.Warning, h.MemoryFor,
            $"1 - {ExternalMetrics.NodeMemoryAvailable}{{{s.Node}}} / {ExternalMetrics.NodeMemoryTotal}{{{s.Node}}} > {Number(h.MemoryUsageRatio)}",
            "The host is running out of memory.",
            $"Memory on {{{{ $labels.instance }}}} is {{{{ $value | humanizePercentage }}}} used (threshold {Percent(h.MemoryUsageRatio)}).",
            new Runbook
            {
                Meaning = $"Less than {Percent(1 - h.MemoryUsageRatio)} of the host's memory is available for new work (MemAvailable, which counts reclaimable cache as free), for {PromDuration.Format(h.MemoryFor)}.",
                Impact = "The kernel will start killing processes (bots, Prometheus) or swapping, which makes everything slow.",
                Check =
                [
                    HostResources(),
                    RunbookStep.Shell("Find the largest processes:", "ps -eo pid,rss,comm --sort=-rss | head -15"),
                    Query("Used share per host:", $"1 - {ExternalMetrics.NodeMemoryAvailable}{{{s.Node}}} / {ExternalMetrics.NodeMemoryTotal}{{{s.Node}}}"),
                ],
                Fix =
                [
                    new RunbookStep("Set or lower memory limits of the largest containers in the stack manifest and regenerate; restart a container that grows without bound."),
                    new RunbookStep("Shorten Prometheus retention or move bots to another host if the load is legitimate."),
                ],
                Escalate = "Escalate when ContainerOomKilled fires as well or memory keeps growing after restarts.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.NodeMemoryAvailable, node, SeriesValues.Constant(1e9)), Series(ExternalMetrics.NodeMemoryTotal, node, SeriesValues.Constant(8e9))],
                Healthy = [Series(ExternalMetrics.NodeMemoryAvailable, node, SeriesValues.Constant(4e9)), Series(ExternalMetrics.NodeMemoryTotal, node, SeriesValues.Constant(8e9))],
                ExpectedLabels = node,
                ExpectedValue = _ => 0.875,
            });

        var diskExpression = (double ratio) =>
            $$"""
            1 - {{ExternalMetrics.NodeFilesystemAvailable}}{{{s.Filesystems}}} / {{ExternalMetrics.NodeFilesystemSize}}{{{s.Filesystems}}} > {{Number(ratio)}}
            and on (job, instance, device, mountpoint)
            {{ExternalMetrics.NodeFilesystemReadonly}}{{{s.Filesystems}}} == 0
            """;
        var diskCheck = new RunbookStep[]
        {
            RunbookStep.Shell("See which filesystem is full and what uses it:", "df -h -x tmpfs -x overlay && sudo du -xh --max-depth=2 / 2>/dev/null | sort -rh | head -20"),
            RunbookStep.Shell("Docker images, containers and volumes are the usual culprits:", "docker system df"),
            Query("Used share per filesystem:", $"1 - {ExternalMetrics.NodeFilesystemAvailable}{{{s.Filesystems}}} / {ExternalMetrics.NodeFilesystemSize}{{{s.Filesystems}}}"),
        };
        var diskFix = new RunbookStep[]
        {
            RunbookStep.Shell("Remove unused images and stopped containers:", "docker image prune -a -f && docker container prune -f"),
            RunbookStep.Shell("Limit container log size (json-file logs grow without bound otherwise); find the largest logs:", "sudo du -h /var/lib/docker/containers/*/*-json.log | sort -rh | head"),
            new RunbookStep("Shorten Prometheus retention in the stack manifest, or grow the disk."),
        };
        var disk = Create(o, "HighDiskUsage", AlertSeverity.Warning, h.DiskFor, diskExpression(h.DiskUsageRatio),
            "A filesystem on the host is filling up.",
            $"Filesystem {{{{ $labels.mountpoint }}}} ({{{{ $labels.device }}}}) on {{{{ $labels.instance }}}} is {{{{ $value | humanizePercentage }}}} full (threshold {Percent(h.DiskUsageRatio)}).",
            new Runbook
            {
                Meaning = $"A writable, local filesystem is more than {Percent(h.DiskUsageRatio)} full for {PromDuration.Format(h.DiskFor)}. Virtual, network and overlay filesystems are ignored.",
                Impact = "Nothing fails yet. When the disk is full the trade store, Prometheus and container logs stop writing, and bots may crash.",
                Check = diskCheck,
                Fix = diskFix,
                Escalate = "Escalate when the disk fills faster than you can clean it, or DiskAlmostFull fires.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.NodeFilesystemAvailable, root, SeriesValues.Constant(15e9)), Series(ExternalMetrics.NodeFilesystemSize, root, SeriesValues.Constant(100e9)), Series(ExternalMetrics.NodeFilesystemReadonly, root, SeriesValues.Constant(0))],
                Healthy = [Series(ExternalMetrics.NodeFilesystemAvailable, root, SeriesValues.Constant(50e9)), Series(ExternalMetrics.NodeFilesystemSize, root, SeriesValues.Constant(100e9)), Series(ExternalMetrics.NodeFilesystemReadonly, root, SeriesValues.Constant(0))],
                ExpectedLabels = root,
                ExpectedValue = _ => 0.85,
            });

        var diskFull = Create(o, "DiskAlmostFull", AlertSeverity.Critical, h.DiskFullFor, diskExpression(h.DiskFullRatio),
            "A filesystem on the host is almost full.",
            $"Filesystem {{{{ $labels.mountpoint }}}} ({{{{ $labels.device }}}}) on {{{{ $labels.instance }}}} is {{{{ $value | humanizePercentage }}}} full (threshold {Percent(h.DiskFullRatio)}).",
            new Runbook
            {
                Meaning = $"A writable, local filesystem is more than {Percent(h.DiskFullRatio)} full for {PromDuration.Format(h.DiskFullFor)}.",
                Impact = "Within minutes to hours writes fail: the SQLite trade store loses fills, Prometheus stops ingesting, and bots can crash on log writes.",
                Check = diskCheck,
                Fix = diskFix,
                Escalate = "Escalate at once if space cannot be freed quickly: stop bots cleanly (orders cancelled) before the disk is full.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.NodeFilesystemAvailable, root, SeriesValues.Constant(3e9)), Series(ExternalMetrics.NodeFilesystemSize, root, SeriesValues.Constant(100e9)), Series(ExternalMetrics.NodeFilesystemReadonly, root, SeriesValues.Constant(0))],
                Healthy = [Series(ExternalMetrics.NodeFilesystemAvailable, root, SeriesValues.Constant(3e9)), Series(ExternalMetrics.NodeFilesystemSize, root, SeriesValues.Constant(100e9)), Series(ExternalMetrics.NodeFilesystemReadonly, root, SeriesValues.Constant(1))],
                ExpectedLabels = root,
                ExpectedValue = _ => 0.97,
            });

        var inodes = Create(o, "HostOutOfInodes", AlertSeverity.Warning, h.InodesFor,
            $$"""
            {{ExternalMetrics.NodeFilesystemFilesFree}}{{{s.Filesystems}}} / {{ExternalMetrics.NodeFilesystemFiles}}{{{s.Filesystems}}} < {{Number(h.InodesFreeRatio)}}
            and on (job, instance, device, mountpoint)
            {{ExternalMetrics.NodeFilesystemReadonly}}{{{s.Filesystems}}} == 0
            """,
            "A filesystem on the host is running out of inodes.",
            $"Only {{{{ $value | humanizePercentage }}}} of inodes are free on {{{{ $labels.mountpoint }}}} ({{{{ $labels.device }}}}) on {{{{ $labels.instance }}}}.",
            new Runbook
            {
                Meaning = $"Fewer than {Percent(h.InodesFreeRatio)} of the filesystem's inodes are free: something creates very many small files.",
                Impact = "When inodes run out, no file can be created even with free space: logs, the trade store journal and Prometheus blocks fail.",
                Check =
                [
                    RunbookStep.Shell("See inode use per filesystem and find directories with many files:", "df -i -x tmpfs -x overlay && sudo find / -xdev -type f 2>/dev/null | cut -d/ -f2-3 | sort | uniq -c | sort -rn | head"),
                ],
                Fix =
                [
                    new RunbookStep("Delete the runaway small files (old rotated logs, temporary files) and fix what creates them."),
                    RunbookStep.Shell("Unused Docker layers hold many files:", "docker system prune -f"),
                ],
                Escalate = "Escalate when free inodes keep falling after cleaning.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.NodeFilesystemFilesFree, root, SeriesValues.Constant(5e4)), Series(ExternalMetrics.NodeFilesystemFiles, root, SeriesValues.Constant(1e6)), Series(ExternalMetrics.NodeFilesystemReadonly, root, SeriesValues.Constant(0))],
                Healthy = [Series(ExternalMetrics.NodeFilesystemFilesFree, root, SeriesValues.Constant(8e5)), Series(ExternalMetrics.NodeFilesystemFiles, root, SeriesValues.Constant(1e6)), Series(ExternalMetrics.NodeFilesystemReadonly, root, SeriesValues.Constant(0))],
                ExpectedLabels = root,
                ExpectedValue = _ => 0.05,
            });

        var clock = Create(o, "ClockSkew", AlertSeverity.Warning, h.ClockFor,
            $"abs({ExternalMetrics.NodeTimexOffset}{{{s.Node}}}) > {Number(h.ClockOffsetSeconds)}",
            "The host clock is off.",
            $"The clock on {{{{ $labels.instance }}}} is {{{{ $value | humanizeDuration }}}} away from its NTP reference (threshold {Number(h.ClockOffsetSeconds)}s).",
            new Runbook
            {
                Meaning = $"The kernel reports a clock offset beyond {Number(h.ClockOffsetSeconds)}s from the NTP reference for {PromDuration.Format(h.ClockFor)}: time synchronisation is broken or slow to converge.",
                Impact = "Signed exchange requests carry a timestamp; with a skewed clock the exchange rejects them and the bot cannot trade. Metrics and fills get wrong times.",
                Check =
                [
                    RunbookStep.Shell("Check the synchronisation state:", "timedatectl status && (chronyc tracking 2>/dev/null || timedatectl timesync-status)"),
                ],
                Fix =
                [
                    RunbookStep.Shell("Restart time synchronisation (chrony or systemd-timesyncd, whichever the host runs):", "sudo systemctl restart chrony 2>/dev/null || sudo systemctl restart systemd-timesyncd"),
                    new RunbookStep("Make sure outbound NTP (UDP 123) is allowed by the firewall."),
                ],
                Escalate = "Escalate when exchange requests fail with timestamp errors.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.NodeTimexOffset, node, SeriesValues.Constant(-0.2))],
                Healthy = [Series(ExternalMetrics.NodeTimexOffset, node, SeriesValues.Constant(0.001))],
                ExpectedLabels = node,
                ExpectedValue = _ => 0.2,
            });

        return new RulePack("host", [new RuleGroup("hbot-host", [cpu, memory, disk, diskFull, inodes, clock])], o.ScrapeInterval);
    }
}
