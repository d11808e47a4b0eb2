using Hbot.Sdk.Monitoring.Rules;
using Hbot.Sdk.Monitoring.Stack;

namespace Hbot.Sdk.Monitoring.Alerting;

/// <summary>
/// Renders <c>alertmanager.yml</c> in current syntax only (<c>matchers</c>, <c>source_matchers</c>,
/// <c>target_matchers</c>, <c>time_intervals</c>): critical alerts to the paging receivers, warnings to chat, info
/// and the Watchdog to a null receiver; grouping by alert name and bot; critical silences warning of the same alert
/// and bot and BotDown silences the other alerts of its bot. <c>send_resolved</c> is always written and secrets
/// are read from files the container writes from the env file at start.
/// </summary>
public static class AlertmanagerConfigWriter
{
    /// <summary>Name of the receiver that drops alerts.</summary>
    public const string NullReceiver = "null";
    /// <summary>Name of the business-hours time interval.</summary>
    public const string BusinessHoursInterval = "business-hours";
    /// <summary>Placeholder for the Telegram bot token, replaced at container start (Alertmanager 0.25 has no <c>bot_token_file</c>).</summary>
    public const string TelegramTokenPlaceholderPrefix = "HBOT_SECRET_";

    /// <summary>Alert whose firing for a bot silences that bot's other alerts.</summary>
    public const string BotDownAlert = "BotDown";
    /// <summary>The always-firing dead man's switch alert.</summary>
    public const string WatchdogAlert = "Watchdog";

    /// <summary>Path inside the Alertmanager container of the file holding a secret variable.</summary>
    public static string SecretFile(string variable) => $"{StackServices.AlertmanagerSecretsDirectory}/{variable}";

    /// <summary>Renders the configuration.</summary>
    public static string Write(StackManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var alerting = manifest.Alerting;
        var test = manifest.Test is not null;
        var receivers = alerting.Receivers;

        var routes = new YamlList
        {
            new YamlMap { { "matchers", Matchers($"alertname=\"{WatchdogAlert}\"") }, { "receiver", NullReceiver } },
            new YamlMap { { "matchers", Matchers("severity=\"info\"") }, { "receiver", NullReceiver } },
        };
        foreach (var severity in new[] { AlertSeverity.Critical, AlertSeverity.Warning })
        {
            var repeat = severity == AlertSeverity.Critical ? alerting.CriticalRepeatInterval : alerting.WarningRepeatInterval;
            foreach (var receiver in receivers.Where(r => r.Severities.Contains(severity)))
            {
                routes.Add(new YamlMap
                {
                    { "matchers", Matchers($"severity=\"{SeverityLabel(severity)}\"") },
                    { "receiver", receiver.Name },
                    { "repeat_interval", PrometheusDuration.Format(repeat) },
                    { "active_time_intervals", severity == AlertSeverity.Warning && alerting.BusinessHours is not null ? new YamlFlowList([BusinessHoursInterval]) : null },
                    // Every receiver of a severity gets the alert, not just the first.
                    { "continue", true },
                });
            }
        }

        var config = new YamlMap
        {
            { "global", new YamlMap { { "resolve_timeout", "5m" } } },
            {
                "route", new YamlMap
                {
                    { "receiver", NullReceiver },
                    { "group_by", new YamlFlowList(["alertname", "bot"]) },
                    { "group_wait", test ? "1s" : "30s" },
                    { "group_interval", test ? "2s" : "5m" },
                    { "repeat_interval", "4h" },
                    { "routes", routes },
                }
            },
            { "receivers", new YamlList([new YamlMap { { "name", NullReceiver } }, .. receivers.Select(Receiver)]) },
            {
                "inhibit_rules", new YamlList
                {
                    new YamlMap
                    {
                        { "source_matchers", Matchers("severity=\"critical\"") },
                        { "target_matchers", Matchers("severity=\"warning\"") },
                        { "equal", new YamlFlowList(["alertname", "bot"]) },
                    },
                    new YamlMap
                    {
                        { "source_matchers", Matchers("severity=~\"critical|warning\"") },
                        { "target_matchers", Matchers("severity=\"info\"") },
                        { "equal", new YamlFlowList(["alertname", "bot"]) },
                    },
                    new YamlMap
                    {
                        // The bot label must be set on the source, or a BotDown without it would silence every host alert.
                        { "source_matchers", Matchers($"alertname=\"{BotDownAlert}\"", "bot=~\".+\"") },
                        { "target_matchers", Matchers($"alertname!=\"{BotDownAlert}\"") },
                        { "equal", new YamlFlowList(["bot"]) },
                    },
                }
            },
        };
        if (alerting.BusinessHours is { } hours)
        {
            config.Add("time_intervals", new YamlList([new YamlMap
            {
                { "name", BusinessHoursInterval },
                {
                    "time_intervals", new YamlList([new YamlMap
                    {
                        { "weekdays", new YamlFlowList([.. hours.Weekdays.Split(',')]) },
                        { "times", new YamlList([new YamlMap { { "start_time", hours.Start }, { "end_time", hours.End } }]) },
                        { "location", hours.Location },
                    }])
                },
            }]));
        }
        return YamlEmitter.Write(config, GeneratedHeader.Lines(manifest));
    }

    /// <summary>The value of the <c>severity</c> label for a severity.</summary>
    public static string SeverityLabel(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => "critical",
        AlertSeverity.Warning => "warning",
        _ => "info",
    };

    private static YamlList Matchers(params string[] matchers) => new(matchers);

    private static YamlMap Receiver(AlertReceiver receiver)
    {
        var map = new YamlMap { { "name", receiver.Name } };
        switch (receiver.Type)
        {
            case ReceiverType.Webhook:
                map.Add("webhook_configs", new YamlList([new YamlMap
                {
                    { "url", receiver.Url },
                    { "send_resolved", true },
                    {
                        "http_config", receiver.SecretEnv is { } token
                            ? new YamlMap { { "authorization", new YamlMap { { "type", "Bearer" }, { "credentials_file", SecretFile(token) } } } }
                            : null
                    },
                }]));
                break;
            case ReceiverType.Slack:
                map.Add("slack_configs", new YamlList([new YamlMap
                {
                    { "api_url_file", SecretFile(receiver.SecretEnv!) },
                    { "channel", receiver.Channel },
                    { "send_resolved", true },
                    { "title", "[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} {{ .CommonLabels.bot }}" },
                    { "text", "{{ range .Alerts }}{{ .Annotations.summary }} {{ .Annotations.description }}\n{{ end }}" },
                }]));
                break;
            case ReceiverType.Telegram:
                map.Add("telegram_configs", new YamlList([new YamlMap
                {
                    { "bot_token", TelegramTokenPlaceholderPrefix + receiver.SecretEnv },
                    { "chat_id", receiver.ChatId!.Value },
                    { "send_resolved", true },
                    // Plain text: alert text may contain '<', which Telegram's HTML mode rejects.
                    { "parse_mode", "" },
                    { "message", "[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} {{ .CommonLabels.bot }}\n{{ range .Alerts }}{{ .Annotations.summary }} {{ .Annotations.description }}\n{{ end }}" },
                }]));
                break;
            case ReceiverType.Email:
                map.Add("email_configs", new YamlList([new YamlMap
                {
                    { "to", receiver.To },
                    { "from", receiver.From },
                    { "smarthost", receiver.Smarthost },
                    { "auth_username", receiver.Username },
                    { "auth_password_file", receiver.SecretEnv is { } password ? SecretFile(password) : null },
                    { "require_tls", true },
                    { "send_resolved", true },
                }]));
                break;
            case ReceiverType.PagerDuty:
                map.Add("pagerduty_configs", new YamlList([new YamlMap
                {
                    { "routing_key_file", SecretFile(receiver.SecretEnv!) },
                    { "send_resolved", true },
                }]));
                break;
        }
        return map;
    }
}
