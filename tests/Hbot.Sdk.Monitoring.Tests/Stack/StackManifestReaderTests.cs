using Hbot.Sdk.Monitoring.Rules;
using Hbot.Sdk.Monitoring.Stack;

namespace Hbot.Sdk.Monitoring.Tests.Stack;

public class StackManifestReaderTests
{
    private const string Minimal = """
        name: demo
        bots:
          - name: alpha
            config: conf/alpha.yml
            exchange: paper
        parts:
          alerts: false
        """;

    private static StackManifest Parse(string yaml) => StackManifestReader.Parse(yaml, "hbot.yml", "/repo");

    private static StackManifestException Refused(string yaml) => Assert.Throws<StackManifestException>(() => Parse(yaml));

    [Fact]
    public async Task Sample_manifest_reads_with_every_section()
    {
        var manifest = await StackFixtures.ReadSampleAsync();

        Assert.Equal("paper-mm", manifest.Name);
        Assert.Equal(["pmm-btc-usdt", "pmm-btc-usdt-2"], manifest.Bots.Select(b => b.Name));
        Assert.True(manifest.Bots[0].Enabled);
        Assert.False(manifest.Bots[1].Enabled);
        Assert.Equal("384m", manifest.Bots[1].Memory);
        Assert.Equal(0.5, manifest.Bots[1].Cpus);
        Assert.Equal(TimeSpan.FromDays(30), manifest.Monitoring.RetentionTime);
        Assert.Equal(TimeSpan.FromSeconds(30), manifest.Monitoring.Thresholds.OrderBookStale);
        Assert.Equal(0.99, manifest.Monitoring.Objectives.OrderSuccessTarget);
        Assert.Equal(
            [ReceiverType.PagerDuty, ReceiverType.Telegram, ReceiverType.Slack, ReceiverType.Email],
            manifest.Alerting.Receivers.Select(r => r.Type));
        Assert.Equal([AlertSeverity.Critical, AlertSeverity.Warning], manifest.Alerting.Receivers[1].Severities);
        Assert.Equal(["PAGERDUTY_ROUTING_KEY", "TELEGRAM_BOT_TOKEN", "SLACK_WEBHOOK_URL", "SMTP_PASSWORD"], manifest.SecretVariables);
        Assert.Equal(new BusinessHours("monday:friday", "08:00", "18:00", "Europe/Berlin"), manifest.Alerting.BusinessHours);
        Assert.True(manifest.Parts.Logs);
        Assert.Null(manifest.Test);
    }

    [Fact]
    public void Minimal_manifest_gets_defaults()
    {
        var manifest = Parse(Minimal);

        Assert.Equal(TimeSpan.FromSeconds(15), manifest.Monitoring.ScrapeInterval);
        Assert.Equal("512m", manifest.Bots[0].Memory);
        Assert.Equal(9400, manifest.Bots[0].MetricsPort);
        var two = Parse(Minimal.Replace("parts:", "  - name: beta\n    config: conf/b.yml\n    exchange: paper\nparts:", StringComparison.Ordinal));
        Assert.Equal(9401, two.Bots[1].MetricsPort);
        Assert.False(manifest.Parts.Alerts);
        Assert.Equal("/repo", manifest.BaseDirectory);
    }

    [Fact]
    public void Unknown_key_names_file_key_line_and_the_keys_allowed()
    {
        var error = Refused(Minimal.Replace("    exchange: paper", "    exchange: paper\n    memroy: 1g", StringComparison.Ordinal));

        Assert.Equal("hbot.yml", error.File);
        Assert.Equal("bots[0].memroy", error.Key);
        Assert.Equal(6, error.Line);
        Assert.Contains("unknown key", error.Message, StringComparison.Ordinal);
        Assert.Contains("memory", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("hbot.yml:6: bots[0].memroy:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("monitoring:\n  scrape_interval: fast", "monitoring.scrape_interval", 9, "a duration such as 15s")]
    [InlineData("monitoring:\n  grafana_port: 70000", "monitoring.grafana_port", 9, "a whole number from 1 to 65535")]
    [InlineData("monitoring:\n  thresholds:\n    host_cpu_busy: 1.5", "monitoring.thresholds.host_cpu_busy", 10, "a number above 0 up to 1")]
    [InlineData("monitoring:\n  objectives:\n    latency_seconds: 0.3", "monitoring.objectives.latency_seconds", 10, "bucket bound")]
    [InlineData("monitoring:\n  prometheus_port: 3000", "monitoring.prometheus_port", 9, "distinct ports")]
    [InlineData("monitoring:\n  thresholds:\n    disk_full: 0.5", "monitoring.thresholds.disk_full", 10, "not above disk_used")]
    [InlineData("bot_image: my-bot:latest", "bot_image", 8, "other than latest")]
    [InlineData("test:\n  for_scale: 2", "test.for_scale", 9, "a number above 0 up to 1")]
    public void Bad_values_name_key_line_and_expected_form(string appended, string key, int line, string expected)
    {
        var error = Refused(Minimal + "\n" + appended);

        Assert.Equal(key, error.Key);
        Assert.Equal(line, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bots_sharing_a_metrics_port_are_refused()
    {
        var error = Refused(Minimal.Replace("parts:", "  - name: beta\n    config: conf/b.yml\n    exchange: paper\n    metrics_port: 9400\nparts:", StringComparison.Ordinal));

        Assert.Equal("bots[1].metrics_port", error.Key);
        Assert.Contains("bots[0].metrics_port", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_bots_is_refused()
    {
        var error = Refused("name: demo\nparts:\n  alerts: false\n");

        Assert.Equal("bots", error.Key);
        Assert.Contains("name, config and exchange", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_bot_names_and_disabled_first_bot_are_refused()
    {
        var duplicate = Refused(Minimal.Replace("parts:", "  - name: alpha\n    config: conf/b.yml\n    exchange: paper\nparts:", StringComparison.Ordinal));
        Assert.Equal("bots[1].name", duplicate.Key);
        Assert.Equal(6, duplicate.Line);

        var disabled = Refused(Minimal.Replace("    exchange: paper", "    exchange: paper\n    enabled: false", StringComparison.Ordinal));
        Assert.Equal("bots[0].enabled", disabled.Key);
        Assert.Contains("first bot", disabled.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Receivers_take_secrets_only_as_env_variable_names()
    {
        const string withSecret = """
            alerting:
              receivers:
                - name: chat
                  type: slack
                  severities: [warning]
                  channel: "#alerts"
                  webhook_url_env: https://hooks.example.com/T000/B000/XXXX
            """;
        var error = Refused(Minimal.Replace("parts:\n  alerts: false", withSecret, StringComparison.Ordinal));

        Assert.Equal("alerting.receivers[0].webhook_url_env", error.Key);
        Assert.Equal(12, error.Line);
        Assert.Contains("an env file variable name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Receiver_keys_depend_on_the_type_and_info_is_never_routed()
    {
        const string slackWithChatId = """
            alerting:
              receivers:
                - name: chat
                  type: slack
                  severities: [warning]
                  chat_id: 5
            """;
        Assert.Equal("alerting.receivers[0].chat_id", Refused(Minimal.Replace("parts:\n  alerts: false", slackWithChatId, StringComparison.Ordinal)).Key);

        const string info = """
            alerting:
              receivers:
                - name: hook
                  type: webhook
                  severities: [info]
                  url: http://127.0.0.1:1/
            """;
        var error = Refused(Minimal.Replace("parts:\n  alerts: false", info, StringComparison.Ordinal));
        Assert.Equal("alerting.receivers[0].severities", error.Key);
        Assert.Contains("expected critical or warning", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Alerts_without_receivers_are_refused_outside_test_mode()
    {
        var error = Refused(Minimal.Replace("  alerts: false", "  alerts: true", StringComparison.Ordinal));

        Assert.Equal("alerting.receivers", error.Key);
    }

    [Fact]
    public void Invalid_yaml_names_the_line()
    {
        var error = Refused("bots:\n  - name: [unclosed\n");

        Assert.Equal("(yaml)", error.Key);
        Assert.True(error.Line >= 2, error.Message);
    }

    [Fact]
    public async Task Missing_strategy_config_is_refused_when_reading_a_file()
    {
        var directory = StackFixtures.TempDirectory();
        try
        {
            var path = Path.Combine(directory, "hbot.yml");
            await File.WriteAllTextAsync(path, Minimal);

            var error = await Assert.ThrowsAsync<StackManifestException>(() => StackManifestReader.ReadFileAsync(path));

            Assert.Equal("bots[0].config", error.Key);
            Assert.Equal(3, error.Line);
            Assert.Contains("conf/alpha.yml", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Durations_round_trip_in_prometheus_form()
    {
        Assert.True(PrometheusDuration.TryParse("1h30m", out var value));
        Assert.Equal(TimeSpan.FromMinutes(90), value);
        Assert.Equal("1h30m", PrometheusDuration.Format(value));
        Assert.Equal("2w1d", PrometheusDuration.Format(TimeSpan.FromDays(15)));
        Assert.Equal("1s500ms", PrometheusDuration.Format(TimeSpan.FromMilliseconds(1500)));
        Assert.False(PrometheusDuration.TryParse("0s", out _));
        Assert.False(PrometheusDuration.TryParse("15", out _));
    }
}
