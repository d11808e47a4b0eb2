using System.Text.RegularExpressions;
using Hbot.Sdk.Monitoring.Stack;
using YamlDotNet.RepresentationModel;

namespace Hbot.Sdk.Monitoring.Tests.Stack;

/// <summary>
/// Generated files may only use fields that both the Debian packages the tests run (Prometheus 2.42, Alertmanager
/// 0.25) and the pinned images accept. These lists hold every such field the generator may write; a field outside
/// them (for example webhook <c>url_file</c> or telegram <c>bot_token_file</c>, both newer than 0.25, or
/// <c>fallback_scrape_protocol</c>, newer than 2.42) fails here even before the tools run.
/// </summary>
public partial class ConfigFieldAllowListTests
{
    private static readonly string[] Prometheus242 =
    [
        "global.scrape_interval", "global.scrape_timeout", "global.evaluation_interval", "global.external_labels.*",
        "rule_files[]",
        "alerting.alertmanagers[].static_configs[].targets[]",
        "scrape_configs[].job_name", "scrape_configs[].honor_labels", "scrape_configs[].metrics_path",
        "scrape_configs[].static_configs[].targets[]", "scrape_configs[].static_configs[].labels.*",
    ];

    private static readonly string[] Alertmanager025 =
    [
        "global.resolve_timeout",
        "route.receiver", "route.group_by[]", "route.group_wait", "route.group_interval", "route.repeat_interval",
        "route.routes[].matchers[]", "route.routes[].receiver", "route.routes[].repeat_interval", "route.routes[].continue",
        "route.routes[].active_time_intervals[]",
        "receivers[].name",
        "receivers[].webhook_configs[].url", "receivers[].webhook_configs[].send_resolved",
        "receivers[].webhook_configs[].http_config.authorization.type", "receivers[].webhook_configs[].http_config.authorization.credentials_file",
        "receivers[].slack_configs[].api_url_file", "receivers[].slack_configs[].channel", "receivers[].slack_configs[].send_resolved",
        "receivers[].slack_configs[].title", "receivers[].slack_configs[].text",
        "receivers[].telegram_configs[].bot_token", "receivers[].telegram_configs[].chat_id", "receivers[].telegram_configs[].send_resolved",
        "receivers[].telegram_configs[].parse_mode", "receivers[].telegram_configs[].message",
        "receivers[].email_configs[].to", "receivers[].email_configs[].from", "receivers[].email_configs[].smarthost",
        "receivers[].email_configs[].auth_username", "receivers[].email_configs[].auth_password_file",
        "receivers[].email_configs[].require_tls", "receivers[].email_configs[].send_resolved",
        "receivers[].pagerduty_configs[].routing_key_file", "receivers[].pagerduty_configs[].send_resolved",
        "inhibit_rules[].source_matchers[]", "inhibit_rules[].target_matchers[]", "inhibit_rules[].equal[]",
        "time_intervals[].name", "time_intervals[].time_intervals[].weekdays[]", "time_intervals[].time_intervals[].times[].start_time",
        "time_intervals[].time_intervals[].times[].end_time", "time_intervals[].time_intervals[].location",
    ];

    private static readonly string[] Rules242 =
    [
        "groups[].name", "groups[].interval", "groups[].rules[].record", "groups[].rules[].alert", "groups[].rules[].expr",
        "groups[].rules[].for", "groups[].rules[].labels.*", "groups[].rules[].annotations.*",
    ];

    /// <summary>A manifest using every receiver type and option, so every field the generator can write is rendered.</summary>
    private const string EverythingManifest = """
        bots:
          - name: alpha
            config: conf/alpha.yml
            exchange: bitget
        alerting:
          receivers:
            - name: hook
              type: webhook
              severities: [critical, warning]
              url: https://hooks.example.com/alerts
              bearer_token_env: WEBHOOK_TOKEN
            - name: pager
              type: pagerduty
              severities: [critical]
              routing_key_env: PAGERDUTY_ROUTING_KEY
            - name: chat
              type: slack
              severities: [warning]
              channel: "#alerts"
              webhook_url_env: SLACK_WEBHOOK_URL
            - name: phone
              type: telegram
              severities: [critical]
              chat_id: 42
              bot_token_env: TELEGRAM_BOT_TOKEN
            - name: mail
              type: email
              severities: [warning]
              to: ops@example.com
              from: bot@example.com
              smarthost: smtp.example.com:587
              username: bot
              password_env: SMTP_PASSWORD
          business_hours:
            start: "09:00"
            end: "17:00"
        parts:
          logs: true
        """;

    private static IReadOnlyList<GeneratedFile> Render() =>
        StackGenerator.Render(StackManifestReader.Parse(EverythingManifest, "hbot.yml", "/repo"), "/repo");

    [Theory]
    [InlineData("prometheus/prometheus.yml")]
    [InlineData("alertmanager/alertmanager.yml")]
    [InlineData("prometheus/rules/hbot-rules.yml")]
    public void Generated_fields_are_accepted_by_the_debian_and_the_pinned_versions(string path)
    {
        var allowed = path switch
        {
            "prometheus/prometheus.yml" => Prometheus242,
            "alertmanager/alertmanager.yml" => Alertmanager025,
            _ => Rules242,
        };
        var stream = new YamlStream();
        stream.Load(new StringReader(Render().Single(f => f.Path == path).Content));
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        Collect(stream.Documents[0].RootNode, "", fields);

        var unknown = fields.Where(f => !allowed.Any(a => Matches(a, f))).ToList();

        Assert.NotEmpty(fields);
        Assert.True(unknown.Count == 0, $"{path} uses fields outside the allow-list: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Allow_list_catches_a_newer_field()
    {
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        var stream = new YamlStream();
        stream.Load(new StringReader("receivers:\n  - name: x\n    webhook_configs:\n      - url_file: /secret\n"));
        Collect(stream.Documents[0].RootNode, "", fields);

        Assert.Contains(fields, f => !Alertmanager025.Any(a => Matches(a, f)));
    }

    private static bool Matches(string allowed, string field) =>
        allowed == field || (allowed.EndsWith(".*", StringComparison.Ordinal) && field.StartsWith(allowed[..^1], StringComparison.Ordinal) && !field[(allowed.Length - 1)..].Contains('.', StringComparison.Ordinal));

    private static void Collect(YamlNode node, string path, ISet<string> fields)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children) Collect(value, path.Length == 0 ? key.ToString() : $"{path}.{key}", fields);
                break;
            case YamlSequenceNode sequence:
                if (sequence.Children.Count == 0) fields.Add(path + "[]");
                foreach (var item in sequence.Children) Collect(item, path + "[]", fields);
                break;
            default:
                fields.Add(path);
                break;
        }
    }
}
