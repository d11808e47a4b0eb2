using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Rules.PromQl;
using Hbot.Sdk.Monitoring.Rules.RuleTests;
using Hbot.Sdk.Monitoring.Runbooks;
using static Hbot.Sdk.Monitoring.Rules.PackAlert;
using static Hbot.Sdk.Monitoring.Runbooks.RunbookCommands;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Container alerts: stack containers gone, restart loops, OOM kills and memory near the limit.</summary>
public static class ContainerRulePack
{
    /// <summary>Builds the pack from the options.</summary>
    public static RulePack Build(RulePackOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var c = o.Containers;
        var s = o.Selectors;
        var cadvisor = Labels("job", s.CadvisorJob, "instance", "cadvisor:8080");
        var container = cadvisor.With("name", o.Selectors.ContainerNames[0], "id", "/docker/4f1c2a", "image", "hbot:latest");
        var process = Labels("job", s.BotJob, "instance", "bot-a:9400");
        var nodeHost = Labels("job", s.NodeExporterJob, "instance", "node-exporter:9100");
        var downAfter = c.DownAfter.TotalSeconds;
        // The failing input restarts RestartLimit + 1 times, evenly spread so all restarts fit in one window.
        var restartEvery = TimeSpan.FromTicks(c.RestartWindow.Ticks / (c.RestartLimit + 2) / o.ScrapeInterval.Ticks * o.ScrapeInterval.Ticks);

        var containerDown = Create(o, "ContainerDown", AlertSeverity.Critical, c.DownFor,
            $"time() - max by (job, instance, name) (max_over_time({ExternalMetrics.ContainerLastSeen}{{{s.Containers}}}[{PromDuration.Format(c.DownLookback)}])) > {Number(downAfter)}",
            "A container of the monitoring stack is not running.",
            "Container {{ $labels.name }} was last seen by cAdvisor {{ $value | humanizeDuration }} ago.",
            new Runbook
            {
                Meaning = $"cAdvisor has not reported the named container for more than {PromDuration.Format(c.DownAfter)}: it stopped, crashed, was removed or is being recreated. Only the stack's own containers ({string.Join(", ", s.ContainerNames)}) are watched, and the last sighting is looked up over {PromDuration.Format(c.DownLookback)} so the alert stays active after cAdvisor forgets a stopped container.",
                Impact = "If it is a bot, it is not trading (open orders stay on the book unmanaged). If it is Prometheus, Alertmanager or an exporter, monitoring is partly blind and other alerts may not fire.",
                Check =
                [
                    ComposeStatus(o),
                    ServiceLogs(o, "<name>"),
                    Query("See when each watched container was last seen:", $"time() - max by (name) (max_over_time({ExternalMetrics.ContainerLastSeen}{{{s.Containers}}}[{PromDuration.Format(c.DownLookback)}]))"),
                ],
                Fix =
                [
                    RunbookStep.Shell("Start the container again (compose recreates it from the generated file):", Compose(o, "up -d <name>")),
                    new RunbookStep("If it exits again at once, fix the cause shown in its logs (configuration, missing secret, disk full) before starting it again. If the container was removed on purpose, regenerate the stack so its name leaves the watched list; the alert clears after the lookback window."),
                ],
                Escalate = "Escalate at once when a bot container does not stay up after one restart, or when Prometheus or Alertmanager is the missing container (alerting itself is down).",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.ContainerLastSeen, container, SeriesValues.Constant(0))],
                Healthy = [Series(ExternalMetrics.ContainerLastSeen, container, SeriesValues.Clock())],
                ActiveAfter = c.DownAfter,
                ActiveBy = c.DownAfter + o.ScrapeInterval,
                ExpectedLabels = cadvisor.With("name", o.Selectors.ContainerNames[0]),
                ExpectedValue = t => t.TotalSeconds,
            });

        var restartLoop = Create(o, "ContainerRestartLoop", AlertSeverity.Critical, c.RestartFor,
            $"changes({MetricCatalog.ProcessStartTime}{{{s.ProcessJobs}}}[{PromDuration.Format(c.RestartWindow)}]) > {c.RestartLimit}",
            "A process of the stack is restarting in a loop.",
            $"The {{{{ $labels.job }}}} process at {{{{ $labels.instance }}}} started {{{{ $value | humanize }}}} times in the last {PromDuration.Format(c.RestartWindow)}.",
            new Runbook
            {
                Meaning = $"The process start time changed more than {c.RestartLimit} times within {PromDuration.Format(c.RestartWindow)}: the process keeps crashing and Docker keeps restarting it. cAdvisor cannot see in-place restarts, so this uses the process's own `process_start_time_seconds`.",
                Impact = "A bot in a restart loop cancels and re-creates its state on every start; it trades erratically or not at all, and each start may hit exchange rate limits.",
                Check =
                [
                    ComposeStatus(o),
                    ServiceLogs(o, "<service>"),
                    Query("Count restarts per process over the window:", $"changes({MetricCatalog.ProcessStartTime}{{{s.ProcessJobs}}}[{PromDuration.Format(c.RestartWindow)}])"),
                ],
                Fix =
                [
                    new RunbookStep("Read the last lines before each exit in the logs: configuration errors, invalid API keys, an unreachable exchange and out-of-memory kills are the usual causes."),
                    RunbookStep.Shell("Stop the loop while you fix the cause (the bot's orders are cancelled on a clean stop):", Compose(o, "stop <service>")),
                    RunbookStep.Shell("Start it again after the fix and watch it stay up:", Compose(o, "up -d <service> && docker compose logs -f <service>")),
                ],
                Escalate = "Escalate when a bot restarts in a loop with open orders on the exchange, or when the cause is not in the logs.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.ProcessStartTime, process, SeriesValues.From(t => Math.Min(Math.Floor(t / restartEvery.TotalSeconds), c.RestartLimit + 1) * restartEvery.TotalSeconds))],
                Healthy = [Series(MetricCatalog.ProcessStartTime, process, SeriesValues.Constant(0))],
                ActiveAfter = restartEvery * (c.RestartLimit + 1),
                ActiveBy = restartEvery * (c.RestartLimit + 1),
                ExpectedLabels = process,
                ExpectedValue = _ => c.RestartLimit + 1,
            });

        var oomKilled = Create(o, "ContainerOomKilled", AlertSeverity.Warning, c.OomFor,
            $$"""
            increase({{ExternalMetrics.ContainerOomEvents}}{{{s.Containers}}}[{{PromDuration.Format(c.OomWindow)}}]) > 0
            or
            increase({{ExternalMetrics.NodeVmstatOomKill}}{{{s.Node}}}[{{PromDuration.Format(c.OomWindow)}}]) > 0
            """,
            "The kernel killed a process for running out of memory.",
            $"{{{{ $value | humanize }}}} out-of-memory kills in the last {PromDuration.Format(c.OomWindow)} (container '{{{{ $labels.name }}}}', reported by {{{{ $labels.instance }}}}).",
            new Runbook
            {
                Meaning = "The kernel's OOM killer ended a process. cAdvisor attributes it to a container when it can (needs /dev/kmsg); node-exporter's host counter `node_vmstat_oom_kill` catches the kills cAdvisor misses, without a container name.",
                Impact = "The killed process was usually restarted by Docker; a bot loses its in-memory state and re-syncs orders, and repeated kills become a restart loop.",
                Check =
                [
                    RunbookStep.Shell("Find which process the kernel killed:", "sudo dmesg -T | grep -iE 'killed process|out of memory' | tail -20"),
                    ComposeStatus(o),
                    RunbookStep.Shell("Compare container memory use with the limits:", "docker stats --no-stream"),
                ],
                Fix =
                [
                    new RunbookStep("Raise the container's memory limit in the stack manifest and regenerate, or reduce what it holds (fewer bots per host, shorter Prometheus retention)."),
                    new RunbookStep("If the host itself is short of memory, see the HighMemoryUsage runbook."),
                ],
                Escalate = "Escalate when a bot is killed more than once a day, or when the kills continue after raising the limit (a memory leak).",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.ContainerOomEvents, container, SeriesValues.Step(TimeSpan.FromMinutes(1), 0, 1))],
                Healthy = [Series(ExternalMetrics.ContainerOomEvents, container, SeriesValues.Constant(0)), Series(ExternalMetrics.NodeVmstatOomKill, nodeHost, SeriesValues.Constant(3))],
                ActiveAfter = TimeSpan.FromMinutes(1),
                ActiveBy = TimeSpan.FromMinutes(1),
                ExpectedLabels = container,
                ExpectedValue = _ => 1,
            });

        var highMemory = Create(o, "ContainerHighMemory", AlertSeverity.Warning, c.MemoryFor,
            $$"""
            max by (job, instance, name) ({{ExternalMetrics.ContainerMemoryWorkingSet}}{{{s.Containers}}})
            /
            max by (job, instance, name) ({{ExternalMetrics.ContainerSpecMemoryLimit}}{{{s.Containers}}} > 0)
            > {{Number(c.MemoryLimitRatio)}}
            """,
            "A container is close to its memory limit.",
            "Container {{ $labels.name }} uses {{ $value | humanizePercentage }} of its memory limit.",
            new Runbook
            {
                Meaning = $"The container's working set is above {Percent(c.MemoryLimitRatio)} of its memory limit. Containers without a limit are not watched.",
                Impact = "At the limit the kernel kills the container (see ContainerOomKilled); a bot would restart and re-sync its orders.",
                Check =
                [
                    RunbookStep.Shell("See current use against the limit:", "docker stats --no-stream"),
                    Query("Watch the trend per container:", $"max by (name) ({ExternalMetrics.ContainerMemoryWorkingSet}{{{s.Containers}}})"),
                ],
                Fix =
                [
                    new RunbookStep("If use grows steadily without levelling off, restart the container in a quiet market moment and report a leak."),
                    new RunbookStep("If the workload simply needs more, raise the limit in the stack manifest and regenerate the stack."),
                ],
                Escalate = "Escalate when a bot's memory grows without bound across restarts.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.ContainerMemoryWorkingSet, container, SeriesValues.Constant(950e6)), Series(ExternalMetrics.ContainerSpecMemoryLimit, container, SeriesValues.Constant(1e9))],
                Healthy = [Series(ExternalMetrics.ContainerMemoryWorkingSet, container, SeriesValues.Constant(500e6)), Series(ExternalMetrics.ContainerSpecMemoryLimit, container, SeriesValues.Constant(1e9))],
                ExpectedLabels = cadvisor.With("name", o.Selectors.ContainerNames[0]),
                ExpectedValue = _ => 0.95,
            });

        return new RulePack("containers", [new RuleGroup("hbot-containers", [containerDown, restartLoop, oomKilled, highMemory])], o.ScrapeInterval);
    }
}
