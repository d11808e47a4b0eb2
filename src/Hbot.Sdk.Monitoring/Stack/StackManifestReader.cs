using System.Globalization;
using System.Text.RegularExpressions;
using Hbot.Sdk.Monitoring.Dashboards;
using Hbot.Sdk.Monitoring.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>
/// Reads and validates <c>hbot.yml</c>. Every problem is reported as a <see cref="StackManifestException"/> naming
/// the file, the key, the line and the expected form.
/// </summary>
public static partial class StackManifestReader
{
    /// <summary>Reads a manifest file; strategy config paths are resolved against its directory and must exist.</summary>
    public static async Task<StackManifest> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new StackManifestException(path, "(file)", 0, "the manifest file does not exist.");
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var manifest = Parse(text, path, Path.GetDirectoryName(Path.GetFullPath(path))!);
        foreach (var bot in manifest.Bots)
        {
            if (!File.Exists(Path.Combine(manifest.BaseDirectory, bot.Config)))
                throw new StackManifestException(path, $"bots[{manifest.Bots.ToList().IndexOf(bot)}].config", bot.Line,
                    $"strategy config '{bot.Config}' does not exist next to the manifest; expected a path relative to {manifest.BaseDirectory}.");
        }
        return manifest;
    }

    /// <summary>Parses manifest text. <paramref name="file"/> names the source in messages.</summary>
    public static StackManifest Parse(string text, string file, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new StackManifestException(file, "(yaml)", (int)e.Start.Line, "not valid YAML: " + e.InnerException?.Message ?? e.Message);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode rootMap)
            throw new StackManifestException(file, "(root)", 1, "expected a mapping with at least a 'bots' key.");
        var root = new ManifestNode(rootMap, file, "");
        root.RefuseUnknownKeys("name", "bot_image", "bots", "monitoring", "alerting", "parts", "test");

        var bots = ReadBots(root);
        var monitoring = ReadMonitoring(root.Map("monitoring"));
        var alerting = ReadAlerting(root.Map("alerting"));
        var parts = ReadParts(root.Map("parts"));
        var test = ReadTest(root.Map("test"));
        CheckPorts(bots, monitoring, file);
        if (parts.Alerts && alerting.Receivers.Count == 0 && test is null)
            throw root.Error("alerting.receivers", null, "alerts are on but no receiver is configured; add at least one receiver or set parts.alerts: false.");

        return new StackManifest
        {
            Name = root.String("name", NamePattern(), "lower-case letters, digits and '-', starting with a letter") ?? "hbot",
            BotImage = root.String("bot_image", ImagePattern(), "an image reference with a tag other than latest, such as my-bot:1.0.0") ?? "hbot-bot:0.1.0",
            Bots = bots,
            Monitoring = monitoring,
            Alerting = alerting,
            Parts = parts,
            Test = test,
            BaseDirectory = baseDirectory,
        };
    }

    private static List<BotDefinition> ReadBots(ManifestNode root)
    {
        var nodes = root.MapSequence("bots");
        if (nodes.Count == 0) throw root.Error("bots", null, "is required; expected a list of bots, each with name, config and exchange.");
        var bots = new List<BotDefinition>();
        foreach (var node in nodes)
        {
            node.RefuseUnknownKeys("name", "config", "exchange", "enabled", "memory", "cpus", "metrics_port");
            var name = node.RequiredString("name", NamePattern(), "lower-case letters, digits and '-', starting with a letter");
            if (bots.Any(b => b.Name == name)) throw node.Error("name", null, $"bot name '{name}' is used twice; expected unique names.");
            var config = node.RequiredString("config", ConfigPattern(), "a relative path to a .yml or .yaml strategy config inside the repository");
            var bot = new BotDefinition
            {
                Name = name,
                Config = config,
                Exchange = node.RequiredString("exchange", ExchangePattern(), "paper or bitget"),
                Enabled = node.Bool("enabled") ?? true,
                Memory = node.String("memory", MemoryPattern(), "a memory size such as 256m or 1g") ?? "512m",
                Cpus = node.Double("cpus", 0, 64, exclusiveMin: true) ?? 1,
                MetricsPort = node.Int("metrics_port", 1, 65535) ?? StackServices.BotMetricsPort + bots.Count,
                Line = node.Line,
            };
            bots.Add(bot);
        }
        if (!bots[0].Enabled) throw nodes[0].Error("enabled", null, "the first bot is the default service and cannot be disabled; expected true or move it down the list.");
        return bots;
    }

    private static MonitoringSettings ReadMonitoring(ManifestNode? node)
    {
        if (node is null) return new MonitoringSettings();
        node.RefuseUnknownKeys("retention_time", "retention_size", "scrape_interval", "evaluation_interval", "grafana_port",
            "prometheus_port", "alertmanager_port", "environment", "runbook_url", "thresholds", "objectives");
        var defaults = new MonitoringSettings();
        var settings = new MonitoringSettings
        {
            RetentionTime = node.Duration("retention_time") ?? defaults.RetentionTime,
            RetentionSize = node.String("retention_size", RetentionSizePattern(), "a size such as 512MB, 10GB or 1TB") ?? defaults.RetentionSize,
            ScrapeInterval = node.Duration("scrape_interval") ?? defaults.ScrapeInterval,
            EvaluationInterval = node.Duration("evaluation_interval") ?? defaults.EvaluationInterval,
            GrafanaPort = node.Int("grafana_port", 1, 65535) ?? defaults.GrafanaPort,
            PrometheusPort = node.Int("prometheus_port", 1, 65535) ?? defaults.PrometheusPort,
            AlertmanagerPort = node.Int("alertmanager_port", 1, 65535) ?? defaults.AlertmanagerPort,
            Environment = node.String("environment", LabelValuePattern(), "letters, digits, '-', '_' or '.'") ?? defaults.Environment,
            RunbookUrl = node.String("runbook_url", RunbookPattern(), "a link pattern containing {alertname}, such as https://git.example.com/ops/bots/blob/main/docs/runbooks/{alertname}.md") ?? defaults.RunbookUrl,
            Thresholds = ReadThresholds(node.Map("thresholds")),
            Objectives = ReadObjectives(node.Map("objectives")),
        };
        if (settings.ScrapeInterval < TimeSpan.FromSeconds(1))
            throw node.Error("scrape_interval", null, "is below 1s; expected 1s or more.");
        var ports = new (string Key, int Port)[]
        {
            ("grafana_port", settings.GrafanaPort), ("prometheus_port", settings.PrometheusPort), ("alertmanager_port", settings.AlertmanagerPort),
        };
        foreach (var group in ports.GroupBy(p => p.Port).Where(g => g.Count() > 1))
            throw node.Error(group.Last().Key, null, $"port {group.Key} is also used by {node.Key(group.First().Key)}; expected distinct ports.");
        return settings;
    }

    private static AlertThresholds ReadThresholds(ManifestNode? node)
    {
        if (node is null) return new AlertThresholds();
        node.RefuseUnknownKeys("order_book_stale", "tick_stale", "exchange_latency_p95", "exchange_error_ratio", "order_failure_ratio",
            "daily_loss_ratio", "low_quote_balance", "inventory_deviation", "host_cpu_busy", "host_memory_used", "disk_used", "disk_full", "container_memory");
        var thresholds = new AlertThresholds
        {
            OrderBookStale = node.Duration("order_book_stale"),
            TickStale = node.Duration("tick_stale"),
            ExchangeLatencyP95 = node.Duration("exchange_latency_p95"),
            ExchangeErrorRatio = Ratio(node, "exchange_error_ratio"),
            OrderFailureRatio = Ratio(node, "order_failure_ratio"),
            DailyLossRatio = Ratio(node, "daily_loss_ratio"),
            LowQuoteBalance = node.Double("low_quote_balance", 0, double.MaxValue, exclusiveMin: true),
            InventoryDeviation = Ratio(node, "inventory_deviation"),
            HostCpuBusy = Ratio(node, "host_cpu_busy"),
            HostMemoryUsed = Ratio(node, "host_memory_used"),
            DiskUsed = Ratio(node, "disk_used"),
            DiskFull = Ratio(node, "disk_full"),
            ContainerMemory = Ratio(node, "container_memory"),
        };
        var diskUsed = thresholds.DiskUsed ?? new HostAlertOptions().DiskUsageRatio;
        if (thresholds.DiskFull is { } full && full <= diskUsed)
            throw node.Error("disk_full", null, $"{full.ToString(CultureInfo.InvariantCulture)} is not above disk_used {diskUsed.ToString(CultureInfo.InvariantCulture)}; expected a larger share.");
        return thresholds;
    }

    private static double? Ratio(ManifestNode node, string key) => node.Double(key, 0, 1, exclusiveMin: true);

    private static SloOptions ReadObjectives(ManifestNode? node)
    {
        var defaults = new SloOptions();
        if (node is null) return defaults;
        node.RefuseUnknownKeys("availability", "order_success", "latency_seconds", "latency");
        var latencySeconds = node.Double("latency_seconds", 0, 3600, exclusiveMin: true) ?? defaults.ApiLatencySeconds;
        if (!Metrics.MetricCatalog.ExchangeRequestDuration.Buckets.Contains(latencySeconds))
            throw node.Error("latency_seconds", null,
                $"'{latencySeconds.ToString(CultureInfo.InvariantCulture)}' is not a bucket bound of the request histogram; expected one of {string.Join(", ", Metrics.MetricCatalog.ExchangeRequestDuration.Buckets.Select(b => b.ToString(CultureInfo.InvariantCulture)))}.");
        return new SloOptions
        {
            BotAvailabilityTarget = Objective(node, "availability") ?? defaults.BotAvailabilityTarget,
            OrderSuccessTarget = Objective(node, "order_success") ?? defaults.OrderSuccessTarget,
            ApiLatencySeconds = latencySeconds,
            ApiLatencyTarget = Objective(node, "latency") ?? defaults.ApiLatencyTarget,
        };
    }

    private static double? Objective(ManifestNode node, string key)
    {
        var value = node.Double(key, 0, 1, exclusiveMin: true);
        if (value is 1) throw node.Error(key, null, "1 leaves no error budget; expected a target below 1 such as 0.995.");
        return value;
    }

    private static AlertingSettings ReadAlerting(ManifestNode? node)
    {
        var defaults = new AlertingSettings();
        if (node is null) return defaults;
        node.RefuseUnknownKeys("receivers", "business_hours", "critical_repeat_interval", "warning_repeat_interval");
        var receivers = new List<AlertReceiver>();
        foreach (var r in node.MapSequence("receivers"))
        {
            var receiver = ReadReceiver(r);
            if (receivers.Any(x => x.Name == receiver.Name)) throw r.Error("name", null, $"receiver name '{receiver.Name}' is used twice; expected unique names.");
            receivers.Add(receiver);
        }
        BusinessHours? hours = null;
        if (node.Map("business_hours") is { } h)
        {
            h.RefuseUnknownKeys("weekdays", "start", "end", "location");
            hours = new BusinessHours(
                h.String("weekdays", WeekdaysPattern(), "weekday ranges such as monday:friday") ?? "monday:friday",
                h.RequiredString("start", TimePattern(), "a time HH:MM"),
                h.RequiredString("end", TimePattern(), "a time HH:MM"),
                h.String("location", LocationPattern(), "an IANA time zone such as Europe/Berlin or UTC") ?? "UTC");
            if (string.CompareOrdinal(hours.Start, hours.End) >= 0) throw h.Error("end", null, $"'{hours.End}' is not after start '{hours.Start}'; expected a later time.");
        }
        return new AlertingSettings
        {
            Receivers = receivers,
            BusinessHours = hours,
            CriticalRepeatInterval = node.Duration("critical_repeat_interval") ?? defaults.CriticalRepeatInterval,
            WarningRepeatInterval = node.Duration("warning_repeat_interval") ?? defaults.WarningRepeatInterval,
        };
    }

    private static AlertReceiver ReadReceiver(ManifestNode node)
    {
        var typeText = node.RequiredString("type", ReceiverTypePattern(), "one of webhook, slack, telegram, email, pagerduty");
        var type = Enum.Parse<ReceiverType>(typeText, ignoreCase: true);
        string[] common = ["name", "type", "severities"];
        string[] specific = type switch
        {
            ReceiverType.Webhook => ["url", "bearer_token_env"],
            ReceiverType.Slack => ["channel", "webhook_url_env"],
            ReceiverType.Telegram => ["chat_id", "bot_token_env"],
            ReceiverType.Email => ["to", "from", "smarthost", "username", "password_env"],
            ReceiverType.PagerDuty => ["routing_key_env"],
            _ => [],
        };
        node.RefuseUnknownKeys([.. common, .. specific]);
        var severities = new List<AlertSeverity>();
        foreach (var (value, valueNode) in node.StringSequence("severities"))
        {
            if (value is not ("critical" or "warning"))
                throw node.Error("severities", valueNode, $"'{value}' is not valid; expected critical or warning (info alerts are never sent).");
            severities.Add(value == "critical" ? AlertSeverity.Critical : AlertSeverity.Warning);
        }
        if (severities.Count == 0) throw node.Error("severities", null, "is required; expected a list with critical and/or warning.");
        string EnvName(string key, bool required) =>
            (required ? node.RequiredString(key, EnvPattern(), "an env file variable name such as SLACK_WEBHOOK_URL") : node.String(key, EnvPattern(), "an env file variable name such as SLACK_WEBHOOK_URL"))!;
        var name = node.RequiredString("name", ReceiverNamePattern(), "letters, digits, '-' and '_'");
        if (name == "null") throw node.Error("name", null, "'null' is reserved for the receiver that drops alerts; expected another name.");
        return type switch
        {
            ReceiverType.Webhook => new AlertReceiver
            {
                Name = name, Type = type, Severities = severities,
                Url = node.RequiredString("url", UrlPattern(), "an http:// or https:// URL"),
                SecretEnv = node.String("bearer_token_env", EnvPattern(), "an env file variable name such as WEBHOOK_TOKEN"),
            },
            ReceiverType.Slack => new AlertReceiver
            {
                Name = name, Type = type, Severities = severities,
                Channel = node.RequiredString("channel", ChannelPattern(), "a channel such as #trading-alerts"),
                SecretEnv = EnvName("webhook_url_env", true),
            },
            ReceiverType.Telegram => new AlertReceiver
            {
                Name = name, Type = type, Severities = severities,
                ChatId = node.Long("chat_id") ?? throw node.Error("chat_id", null, "is required; expected the numeric chat id."),
                SecretEnv = EnvName("bot_token_env", true),
            },
            ReceiverType.Email => new AlertReceiver
            {
                Name = name, Type = type, Severities = severities,
                To = node.RequiredString("to", EmailPattern(), "an email address"),
                From = node.RequiredString("from", EmailPattern(), "an email address"),
                Smarthost = node.RequiredString("smarthost", SmarthostPattern(), "host:port of the SMTP server"),
                Username = node.String("username"),
                SecretEnv = EnvName("password_env", false),
            },
            _ => new AlertReceiver
            {
                Name = name, Type = type, Severities = severities,
                SecretEnv = EnvName("routing_key_env", true),
            },
        };
    }

    private static StackParts ReadParts(ManifestNode? node)
    {
        if (node is null) return new StackParts();
        node.RefuseUnknownKeys("alerts", "logs");
        return new StackParts { Alerts = node.Bool("alerts") ?? true, Logs = node.Bool("logs") ?? false };
    }

    private static TestSettings? ReadTest(ManifestNode? node)
    {
        if (node is null) return null;
        node.RefuseUnknownKeys("loopback", "for_scale");
        return new TestSettings { Loopback = node.Bool("loopback") ?? true, ForScale = node.Double("for_scale", 0, 1, exclusiveMin: true) ?? 1 };
    }

    private static void CheckPorts(List<BotDefinition> bots, MonitoringSettings monitoring, string file)
    {
        var published = new (string Key, int Port)[]
        {
            ("monitoring.grafana_port", monitoring.GrafanaPort), ("monitoring.prometheus_port", monitoring.PrometheusPort),
            ("monitoring.alertmanager_port", monitoring.AlertmanagerPort),
        };
        foreach (var (bot, index) in bots.Select((b, i) => (b, i)))
        {
            var clash = published.Concat(bots.Take(index).Select((b, i) => (Key: $"bots[{i}].metrics_port", Port: b.MetricsPort))).FirstOrDefault(p => p.Port == bot.MetricsPort);
            if (clash.Key is not null)
                throw new StackManifestException(file, $"bots[{index}].metrics_port", bot.Line, $"port {bot.MetricsPort} is also used by {clash.Key}; expected distinct ports.");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,38}[a-z0-9]$")]
    private static partial Regex NamePattern();
    [GeneratedRegex(@"^[a-z0-9][a-z0-9._/-]*(:[0-9]+)?(/[a-z0-9._-]+)*:(?!latest$)[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex ImagePattern();
    [GeneratedRegex(@"^(?!/)(?!.*\.\.)[A-Za-z0-9_./-]+\.ya?ml$")]
    private static partial Regex ConfigPattern();
    [GeneratedRegex("^(paper|bitget)$")]
    private static partial Regex ExchangePattern();
    [GeneratedRegex("^[1-9][0-9]*[kmg]$")]
    private static partial Regex MemoryPattern();
    [GeneratedRegex("^[1-9][0-9]*(B|KB|MB|GB|TB|PB)$")]
    private static partial Regex RetentionSizePattern();
    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex LabelValuePattern();
    [GeneratedRegex("^(webhook|slack|telegram|email|pagerduty)$")]
    private static partial Regex ReceiverTypePattern();
    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex ReceiverNamePattern();
    [GeneratedRegex("^[A-Z_][A-Z0-9_]*$")]
    private static partial Regex EnvPattern();
    [GeneratedRegex(@"^https?://[^\s]+$")]
    private static partial Regex UrlPattern();
    [GeneratedRegex(@"^[#@]?[A-Za-z0-9._-]+$")]
    private static partial Regex ChannelPattern();
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex EmailPattern();
    [GeneratedRegex(@"^[A-Za-z0-9.-]+:[0-9]{1,5}$")]
    private static partial Regex SmarthostPattern();
    [GeneratedRegex("^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(:(monday|tuesday|wednesday|thursday|friday|saturday|sunday))?(,(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(:(monday|tuesday|wednesday|thursday|friday|saturday|sunday))?)*$")]
    private static partial Regex WeekdaysPattern();
    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$")]
    private static partial Regex TimePattern();
    [GeneratedRegex(@"^\S*\{alertname\}\S*$")]
    private static partial Regex RunbookPattern();
    [GeneratedRegex("^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$")]
    private static partial Regex LocationPattern();
}
