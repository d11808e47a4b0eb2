using System.Text.RegularExpressions;
using Hbot.Sdk.Monitoring.Alerting;
using Hbot.Sdk.Monitoring.Deployment;
using Hbot.Sdk.Monitoring.Rules;
using Hbot.Sdk.Monitoring.Stack;
using YamlDotNet.RepresentationModel;

namespace Hbot.Sdk.Monitoring.Tests.Stack;

public partial class StackGeneratorTests
{
    private static async Task<string> Content(string path) => (await StackFixtures.RenderSampleAsync()).Single(f => f.Path == path).Content;

    private static YamlMappingNode Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => ((YamlMappingNode)current)[key]);

    [Fact]
    public async Task Regenerating_is_idempotent_and_byte_identical()
    {
        var manifest = await StackFixtures.ReadSampleAsync();
        var directory = StackFixtures.TempDirectory();
        try
        {
            var first = await StackGenerator.WriteAsync(manifest, directory);
            var bytes = first.ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(directory, p)));
            var second = await StackGenerator.WriteAsync(manifest, directory);

            Assert.NotEmpty(first);
            Assert.Empty(second);
            foreach (var (path, content) in bytes) Assert.Equal(content, File.ReadAllBytes(Path.Combine(directory, path)));
            Assert.True(Directory.Exists(Path.Combine(directory, "data", "pmm-btc-usdt-2", "logs")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Turning_a_part_off_removes_its_generated_files_but_not_user_files()
    {
        var manifest = await StackFixtures.ReadSampleAsync();
        var directory = StackFixtures.TempDirectory();
        try
        {
            await StackGenerator.WriteAsync(manifest, directory);
            var userDashboard = Path.Combine(directory, "grafana", "dashboards", "my-own.json");
            await File.WriteAllTextAsync(userDashboard, "{}");
            Assert.True(File.Exists(Path.Combine(directory, "grafana", "dashboards", "hbot-logs.json")));

            var changed = await StackGenerator.WriteAsync(manifest with { Parts = new StackParts { Alerts = false, Logs = false } }, directory);

            Assert.Contains("grafana/dashboards/hbot-logs.json", changed);
            Assert.Contains("alloy/config.alloy", changed);
            Assert.Contains("alertmanager/alertmanager.yml", changed);
            Assert.Contains("docs/runbooks/BotDown.md", changed);
            Assert.False(File.Exists(Path.Combine(directory, "prometheus", "rules", "hbot-rules.yml")));
            Assert.True(File.Exists(userDashboard));
            Assert.True(File.Exists(Path.Combine(directory, "grafana", "dashboards", "hbot-bot-trading.json")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Compose_publishes_only_on_loopback_with_pinned_images_limits_and_health_checks()
    {
        var compose = Yaml(await Content("compose/docker-compose.yml"));
        var services = (YamlMappingNode)compose["services"];

        foreach (var (name, node) in services.Children)
        {
            var service = (YamlMappingNode)node;
            var image = service["image"].ToString();
            Assert.DoesNotMatch("(:latest$|^[^:]+$)", image);
            Assert.Equal("unless-stopped", service["restart"].ToString());
            Assert.True(service.Children.ContainsKey("mem_limit") && service.Children.ContainsKey("cpus"), $"{name} has no limits");
            if (service.Children.TryGetValue("ports", out var ports))
                Assert.All(((YamlSequenceNode)ports).Children, p => Assert.StartsWith("127.0.0.1:", p.ToString(), StringComparison.Ordinal));
        }
        foreach (var image in StackImages.All) Assert.DoesNotContain("latest", image, StringComparison.Ordinal);
        Assert.Contains(services.Children, s => ((YamlMappingNode)s.Value)["image"].ToString() == StackImages.Cadvisor);
        Assert.StartsWith("ghcr.io/google/cadvisor:", StackImages.Cadvisor, StringComparison.Ordinal);
        Assert.Matches(@"^prom/prometheus:v3\.", StackImages.Prometheus);

        var bot = (YamlMappingNode)services["pmm-btc-usdt"];
        Assert.False(bot.Children.ContainsKey("profiles"));
        Assert.Equal("multi", ((YamlSequenceNode)At(services, "pmm-btc-usdt-2", "profiles")).Children.Single().ToString());
        Assert.Equal("alerts", ((YamlSequenceNode)At(services, "alertmanager", "profiles")).Children.Single().ToString());
        Assert.Equal("logs", ((YamlSequenceNode)At(services, "loki", "profiles")).Children.Single().ToString());
        Assert.Equal("logs", ((YamlSequenceNode)At(services, "alloy", "profiles")).Children.Single().ToString());
        var environment = (YamlMappingNode)bot["environment"];
        Assert.Equal("0.0.0.0:9400", environment["HBOT_METRICS_ADDRESS"].ToString());
        Assert.Equal("pmm-btc-usdt", environment["HBOT_BOT_NAME"].ToString());
        Assert.Equal("json", environment["HBOT_LOG_FORMAT"].ToString());
        Assert.Equal("${CONFIG_PASSWORD:?set CONFIG_PASSWORD in env/.env}", environment["CONFIG_PASSWORD"].ToString());
        var volumes = ((YamlSequenceNode)bot["volumes"]).Children.Select(v => v.ToString()).ToList();
        Assert.Contains("../data/pmm-btc-usdt/conf:/app/conf", volumes);
        Assert.Contains("../data/pmm-btc-usdt/logs:/app/logs", volumes);
        Assert.Contains("../data/pmm-btc-usdt/data:/data", volumes);
        Assert.Contains("../conf/strategies/pmm_btc_usdt.yml:/app/strategies/pmm_btc_usdt.yml:ro", volumes);
        Assert.Contains("/health", At(bot, "healthcheck", "test").ToString(), StringComparison.Ordinal);
        Assert.Equal(["trading"], ((YamlSequenceNode)bot["networks"]).Children.Select(n => n.ToString()));
        Assert.Equal("127.0.0.1:9400:9400", ((YamlSequenceNode)bot["ports"]).Children.Single().ToString());
        Assert.Equal("127.0.0.1:9401:9400", ((YamlSequenceNode)At(services, "pmm-btc-usdt-2", "ports")).Children.Single().ToString());

        var nodeExporter = (YamlMappingNode)services["node-exporter"];
        Assert.Equal("host", nodeExporter["pid"].ToString());
        var rootfs = (YamlMappingNode)((YamlSequenceNode)nodeExporter["volumes"]).Children.Single();
        Assert.Equal("true", rootfs["read_only"].ToString());
        Assert.Equal("rslave", At(rootfs, "bind", "propagation").ToString());

        var grafana = (YamlMappingNode)At(services, "grafana", "environment");
        Assert.Equal("false", grafana["GF_AUTH_ANONYMOUS_ENABLED"].ToString());
        Assert.Equal("false", grafana["GF_USERS_ALLOW_SIGN_UP"].ToString());
        Assert.Equal("false", grafana["GF_USERS_ALLOW_ORG_CREATE"].ToString());
        Assert.StartsWith("${GRAFANA_ADMIN_PASSWORD:?", grafana["GF_SECURITY_ADMIN_PASSWORD"].ToString(), StringComparison.Ordinal);
        Assert.Equal(["monitoring", "trading"], ((YamlSequenceNode)At(services, "prometheus", "networks")).Children.Select(n => n.ToString()));
        Assert.DoesNotContain("trading", ((YamlSequenceNode)At(services, "grafana", "networks")).Children.Select(n => n.ToString()));
    }

    [Fact]
    public async Task Env_template_lists_every_variable_the_compose_file_reads()
    {
        var compose = await Content("compose/docker-compose.yml");
        var template = await Content("env/.env.template");
        var declared = TemplateVariable().Matches(template).Select(m => m.Groups[1].Value).ToHashSet();
        var read = ComposeVariable().Matches(compose).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.NotEmpty(read);
        Assert.Subset(declared, read);
        Assert.Contains("GRAFANA_ADMIN_PASSWORD", declared);
        Assert.Contains("CONFIG_PASSWORD", declared);
        // Every variable carries a comment line just above it.
        var lines = template.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (TemplateVariable().IsMatch(lines[i])) Assert.StartsWith("# ", lines[i - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Secrets_are_referenced_by_variable_and_never_written()
    {
        var manifest = await StackFixtures.ReadSampleAsync();
        var files = StackGenerator.Render(manifest, StackFixtures.SampleDirectory);
        var alertmanager = files.Single(f => f.Path == "alertmanager/alertmanager.yml").Content;
        var compose = files.Single(f => f.Path == "compose/docker-compose.yml").Content;

        Assert.Contains("routing_key_file: /tmp/hbot-secrets/PAGERDUTY_ROUTING_KEY", alertmanager, StringComparison.Ordinal);
        Assert.Contains("api_url_file: /tmp/hbot-secrets/SLACK_WEBHOOK_URL", alertmanager, StringComparison.Ordinal);
        Assert.Contains("auth_password_file: /tmp/hbot-secrets/SMTP_PASSWORD", alertmanager, StringComparison.Ordinal);
        Assert.Contains("bot_token: HBOT_SECRET_TELEGRAM_BOT_TOKEN", alertmanager, StringComparison.Ordinal);
        foreach (var variable in manifest.SecretVariables)
            Assert.Contains($"{variable}: '${{{variable}:?set {variable} in env/.env}}'", compose, StringComparison.Ordinal);
        Assert.Contains("printf '%s' \\\"$$SLACK_WEBHOOK_URL\\\" > /tmp/hbot-secrets/SLACK_WEBHOOK_URL", compose, StringComparison.Ordinal);
        Assert.Contains("s|HBOT_SECRET_TELEGRAM_BOT_TOKEN|$$TELEGRAM_BOT_TOKEN|", compose, StringComparison.Ordinal);
        Assert.DoesNotContain(files, f => f.Content.Contains("hooks.slack.com", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Alertmanager_uses_current_syntax_and_always_sends_resolved()
    {
        var text = await Content("alertmanager/alertmanager.yml");
        var config = Yaml(text);

        foreach (var legacy in new[] { "match:", "match_re:", "source_match:", "target_match:", "mute_time_intervals:" })
            Assert.DoesNotContain(legacy, text, StringComparison.Ordinal);
        foreach (var receiver in ((YamlSequenceNode)config["receivers"]).Children.Cast<YamlMappingNode>().Where(r => r.Children.Count > 1))
        {
            foreach (var (_, configs) in receiver.Children.Where(c => c.Key.ToString().EndsWith("_configs", StringComparison.Ordinal)))
                Assert.All(((YamlSequenceNode)configs).Children, c => Assert.Equal("true", ((YamlMappingNode)c)["send_resolved"].ToString()));
        }
        Assert.Equal("[alertname, bot]", text.Split('\n').Single(l => l.StartsWith("  group_by:", StringComparison.Ordinal))["  group_by: ".Length..]);
        Assert.Contains("name: business-hours", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Routing_names_alerts_the_rule_packs_define()
    {
        var alerts = RulePacks.Default(StackRuleOptions.For(await StackFixtures.ReadSampleAsync())).SelectMany(p => p.Alerts).ToDictionary(a => a.Alert);

        Assert.Equal(AlertSeverity.Critical, alerts[AlertmanagerConfigWriter.BotDownAlert].Severity);
        Assert.Contains(AlertmanagerConfigWriter.WatchdogAlert, alerts.Keys);
    }

    [Fact]
    public async Task Prometheus_scrapes_every_part_and_grafana_provisions_fixed_uids()
    {
        var prometheus = Yaml(await Content("prometheus/prometheus.yml"));
        var jobs = ((YamlSequenceNode)prometheus["scrape_configs"]).Children.Cast<YamlMappingNode>().ToDictionary(j => j["job_name"].ToString());
        Assert.Equal(["hbot", "prometheus", "alertmanager", "node-exporter", "cadvisor", "loki", "alloy"], jobs.Keys);
        var botTargets = ((YamlSequenceNode)jobs["hbot"]["static_configs"]).Children.Cast<YamlMappingNode>()
            .Select(c => At(c, "labels", "bot").ToString()).ToList();
        Assert.Equal(["pmm-btc-usdt", "pmm-btc-usdt-2"], botTargets);
        Assert.Equal("rules/hbot-rules.yml", ((YamlSequenceNode)prometheus["rule_files"]).Children.Single().ToString());
        Assert.Equal("paper-mm", At(prometheus, "global", "external_labels", "stack").ToString());

        var datasources = Yaml(await Content("grafana/provisioning/datasources/datasources.yml"));
        Assert.Equal("true", datasources["prune"].ToString());
        var prom = (YamlMappingNode)((YamlSequenceNode)datasources["datasources"]).Children[0];
        Assert.Equal(StackServices.PrometheusDataSourceUid, prom["uid"].ToString());
        Assert.Equal("15s", At(prom, "jsonData", "timeInterval").ToString());
        Assert.Equal("true", prom["isDefault"].ToString());
        var providers = Yaml(await Content("grafana/provisioning/dashboards/dashboards.yml"));
        var provider = (YamlMappingNode)((YamlSequenceNode)providers["providers"]).Children.Single();
        Assert.Equal("false", provider["allowUiUpdates"].ToString());
        Assert.Equal("/var/lib/grafana/dashboards", At(provider, "options", "path").ToString());
    }

    [Fact]
    public void Test_mode_points_every_target_at_loopback()
    {
        var manifest = StackManifestReader.Parse("""
            bots:
              - name: e2e
                config: conf/e2e.yml
                exchange: paper
                metrics_port: 19400
            monitoring:
              prometheus_port: 19090
              alertmanager_port: 19093
            test:
              loopback: true
              for_scale: 0.05
            """, "hbot.yml", "/tmp");

        var prometheus = Hbot.Sdk.Monitoring.Scraping.PrometheusConfigWriter.Write(manifest);
        var alertmanager = Hbot.Sdk.Monitoring.Alerting.AlertmanagerConfigWriter.Write(manifest);

        Assert.Contains("- '127.0.0.1:19400'", prometheus, StringComparison.Ordinal);
        Assert.Contains("- '127.0.0.1:19093'", prometheus, StringComparison.Ordinal);
        Assert.DoesNotContain("alertmanager:9093", prometheus, StringComparison.Ordinal);
        Assert.Contains("group_wait: 1s", alertmanager, StringComparison.Ordinal);
        Assert.Equal(0.05, StackRuleOptions.For(manifest).ForScale);
    }

    [GeneratedRegex(@"^([A-Z_][A-Z0-9_]*)=", RegexOptions.Multiline)]
    private static partial Regex TemplateVariable();

    [GeneratedRegex(@"(?<!\$)\$\{([A-Z_][A-Z0-9_]*)")]
    private static partial Regex ComposeVariable();
}
