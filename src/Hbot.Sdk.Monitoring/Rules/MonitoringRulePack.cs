using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Rules.PromQl;
using Hbot.Sdk.Monitoring.Rules.RuleTests;
using Hbot.Sdk.Monitoring.Runbooks;
using static Hbot.Sdk.Monitoring.Rules.PackAlert;
using static Hbot.Sdk.Monitoring.Runbooks.RunbookCommands;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Monitoring of the monitoring: Watchdog heartbeat, scrape targets, rule evaluation, config reloads, notifications.</summary>
public static class MonitoringRulePack
{
    /// <summary>Builds the pack from the options.</summary>
    public static RulePack Build(RulePackOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var m = o.Monitoring;
        var s = o.Selectors;
        var prometheus = Labels("job", s.PrometheusJob, "instance", "localhost:9090");
        var alertmanager = Labels("job", s.AlertmanagerJob, "instance", "alertmanager:9093");

        var watchdog = Create(o, "Watchdog", AlertSeverity.Info, TimeSpan.Zero,
            "vector(1)",
            "Alerting pipeline heartbeat; this alert always fires.",
            "Heartbeat with value {{ $value | humanize }}: Prometheus evaluates rules and Alertmanager routes alerts. Route it to a dead man's switch that pages when it stops arriving.",
            new Runbook
            {
                Meaning = "Watchdog always fires. It is a heartbeat: as long as it arrives at its receiver, Prometheus evaluates rules and Alertmanager delivers notifications.",
                Impact = "None while it fires. If the heartbeat stops arriving, alerting is broken and no other alert will reach you.",
                Check =
                [
                    RunbookStep.Shell("Confirm Alertmanager holds the Watchdog alert:", $"curl -s 'http://{o.Stack.AlertmanagerAddress}/api/v2/alerts?filter=alertname%3D%22Watchdog%22'"),
                    ServiceLogs(o, "prometheus"),
                    ServiceLogs(o, "alertmanager"),
                ],
                Fix =
                [
                    new RunbookStep("Nothing to fix while it fires. When the external dead man's switch reports the heartbeat missing, bring Prometheus and Alertmanager back (see PrometheusConfigReloadFailed and AlertmanagerNotificationsFailing)."),
                ],
                Escalate = "Escalate when the heartbeat is missing for longer than the dead man's switch interval.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.Up, prometheus, SeriesValues.Constant(1))],
                AlwaysFiring = true,
                ExpectedLabels = [],
                ExpectedValue = _ => 1,
            });

        var targetDown = Create(o, "PrometheusTargetDown", AlertSeverity.Warning, m.TargetDownFor,
            $"{ExternalMetrics.Up} == 0",
            "Prometheus cannot scrape a target.",
            "Prometheus cannot scrape {{ $labels.instance }} of job {{ $labels.job }}.",
            new Runbook
            {
                Meaning = $"Scrapes of a target in any job failed for {PromDuration.Format(m.TargetDownFor)}. For bots, BotDown fires sooner and says more.",
                Impact = "The target's metrics are missing, so the alerts built on them cannot fire.",
                Check = [Targets(o), ComposeStatus(o)],
                Fix =
                [
                    new RunbookStep("Start the target's container if it is stopped; if it runs, check the address in prometheus.yml against the port it listens on, and regenerate the stack if they differ."),
                ],
                Escalate = "Escalate when an exporter (node-exporter, cAdvisor) stays down: host and container alerts are blind meanwhile.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.Up, Labels("job", s.NodeExporterJob, "instance", "node-exporter:9100"), SeriesValues.Constant(0))],
                Healthy = [Series(ExternalMetrics.Up, Labels("job", s.NodeExporterJob, "instance", "node-exporter:9100"), SeriesValues.Constant(1))],
                ExpectedLabels = Labels("job", s.NodeExporterJob, "instance", "node-exporter:9100"),
            });

        var ruleGroup = prometheus.With("rule_group", "/etc/prometheus/rules/hbot-rules.yml;hbot-bot");
        var ruleWindow = PromDuration.Format(m.RuleFailuresWindow);
        var ruleFailures = Create(o, "PrometheusRuleEvaluationFailures", AlertSeverity.Critical, m.RuleFailuresFor,
            $"increase({ExternalMetrics.PrometheusRuleEvaluationFailures}{{{s.Prometheus}}}[{ruleWindow}]) > 0",
            "Prometheus fails to evaluate rules.",
            $"Rule group {{{{ $labels.rule_group }}}} failed {{{{ $value | humanize }}}} evaluations in the last {ruleWindow}.",
            new Runbook
            {
                Meaning = "Prometheus could not evaluate some rules: a query fails at run time (for example many-to-many matching after a label change) or hits a limit.",
                Impact = "Alerts in the failing group do not fire, whatever happens.",
                Check =
                [
                    RunbookStep.Shell("Show the failing rules and their last error:", $"curl -s http://{o.Stack.PrometheusAddress}/api/v1/rules | grep -oE '\"lastError\":\"[^\"]+\"' | sort | uniq -c"),
                    ServiceLogs(o, "prometheus"),
                ],
                Fix =
                [
                    new RunbookStep("Regenerate the rule files with the SDK version that matches the bots' metrics, then validate and reload Prometheus (the generated stack's reload script runs promtool check first)."),
                ],
                Escalate = "Escalate at once: part of alerting is off until fixed.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.PrometheusRuleEvaluationFailures, ruleGroup, SeriesValues.Step(TimeSpan.FromMinutes(1), 0, 2))],
                Healthy = [Series(ExternalMetrics.PrometheusRuleEvaluationFailures, ruleGroup, SeriesValues.Constant(0))],
                ActiveAfter = TimeSpan.FromMinutes(1),
                ActiveBy = TimeSpan.FromMinutes(1),
                ExpectedLabels = ruleGroup,
                ExpectedValue = _ => 2,
            });

        var reload = Create(o, "PrometheusConfigReloadFailed", AlertSeverity.Warning, m.ReloadFor,
            $"max_over_time({ExternalMetrics.PrometheusConfigLastReloadSuccessful}{{{s.Prometheus}}}[{PromDuration.Format(m.ReloadWindow)}]) == 0",
            "Prometheus failed to reload its configuration.",
            "Prometheus {{ $labels.instance }} runs an old configuration: its last reload failed.",
            new Runbook
            {
                Meaning = "The last configuration reload failed, so Prometheus keeps running the previous configuration and rules. The next restart will fail outright.",
                Impact = "Changes to scrape targets and rules are not applied; a restart of Prometheus would leave you without monitoring.",
                Check =
                [
                    ServiceLogs(o, "prometheus"),
                    RunbookStep.Shell("Validate the files Prometheus loads:", Compose(o, "exec prometheus promtool check config /etc/prometheus/prometheus.yml")),
                ],
                Fix =
                [
                    new RunbookStep("Fix the reported error by regenerating the stack from the manifest (do not hand-edit generated files), then reload."),
                    RunbookStep.Shell("Reload after the check passes:", $"curl -s -X POST http://{o.Stack.PrometheusAddress}/-/reload"),
                ],
                Escalate = "Escalate when the generated configuration itself fails promtool: that is a generator bug.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.PrometheusConfigLastReloadSuccessful, prometheus, SeriesValues.Constant(0))],
                Healthy = [Series(ExternalMetrics.PrometheusConfigLastReloadSuccessful, prometheus, SeriesValues.Constant(1))],
                ExpectedLabels = prometheus,
            });

        var notificationWindow = PromDuration.Format(m.NotificationWindow);
        var telegram = alertmanager.With("integration", "telegram");
        var notifications = Create(o, "AlertmanagerNotificationsFailing", AlertSeverity.Critical, m.NotificationFor,
            $$"""
            sum by (job, instance, integration) (rate({{ExternalMetrics.AlertmanagerNotificationsFailed}}{{{s.Alertmanager}}}[{{notificationWindow}}]))
            /
            sum by (job, instance, integration) (rate({{ExternalMetrics.AlertmanagerNotifications}}{{{s.Alertmanager}}}[{{notificationWindow}}]))
            > {{Number(m.NotificationFailureRatio)}}
            """,
            "Alertmanager fails to deliver notifications.",
            $"{{{{ $value | humanizePercentage }}}} of notifications through {{{{ $labels.integration }}}} failed over the last {notificationWindow}.",
            new Runbook
            {
                Meaning = $"More than {Percent(m.NotificationFailureRatio)} of notification attempts through one integration failed over {notificationWindow}: wrong credentials, a revoked bot token, a rate limit or an unreachable receiver.",
                Impact = "Alerts routed to that receiver are not delivered; you learn about incidents late or not at all.",
                Check =
                [
                    ServiceLogs(o, "alertmanager"),
                    Query("Failures by integration and reason:", $"sum by (integration, reason) (rate({ExternalMetrics.AlertmanagerNotificationsFailed}{{{s.Alertmanager}}}[{notificationWindow}]))"),
                ],
                Fix =
                [
                    new RunbookStep("Fix the receiver's secret files (bot token, webhook URL) in the stack's secrets directory, regenerate and restart Alertmanager."),
                    Restart(o, "alertmanager"),
                ],
                Escalate = "Escalate at once when the failing integration is the only paging receiver.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.AlertmanagerNotificationsFailed, telegram.With("reason", "other"), SeriesValues.Linear(0, 0.01)), Series(ExternalMetrics.AlertmanagerNotifications, telegram, SeriesValues.Linear(0, 0.02))],
                Healthy = [Series(ExternalMetrics.AlertmanagerNotificationsFailed, telegram.With("reason", "other"), SeriesValues.Constant(0)), Series(ExternalMetrics.AlertmanagerNotifications, telegram, SeriesValues.Linear(0, 0.02))],
                ExpectedLabels = telegram,
                ExpectedValue = _ => 0.5,
            });

        return new RulePack("monitoring",
            [new RuleGroup("hbot-monitoring", [watchdog, targetDown, ruleFailures, reload, notifications])], o.ScrapeInterval);
    }
}
