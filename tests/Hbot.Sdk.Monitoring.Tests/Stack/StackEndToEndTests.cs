using System.Text.Json;
using System.Text.RegularExpressions;
using Hbot.Sdk.Monitoring.Dashboards;
using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Stack;
using Hbot.Sdk.Monitoring.Tests.Metrics;

namespace Hbot.Sdk.Monitoring.Tests.Stack;

/// <summary>
/// The generated stack, live on 127.0.0.1: the paper sample bot as a process serving metrics, the real Prometheus
/// on the generated prometheus.yml and rules, the real Alertmanager on the generated routing with a webhook
/// receiver inside the test. Everything runs from a temp directory on free ports and is killed at the end.
/// </summary>
public sealed partial class StackEndToEndTests
{
    private const string BotName = "e2e-bot";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Bot_is_scraped_queries_evaluate_and_bot_down_is_notified_and_resolved()
    {
        var prometheusBinary = RequiredTool.Find("prometheus", "prometheus");
        var alertmanagerBinary = RequiredTool.Find("prometheus-alertmanager", "prometheus-alertmanager");
        var directory = StackFixtures.TempDirectory();
        var (botPort, prometheusPort, alertmanagerPort, grafanaPort, webhookPort) =
            (LocalProcess.FreePort(), LocalProcess.FreePort(), LocalProcess.FreePort(), LocalProcess.FreePort(), LocalProcess.FreePort());
        using var webhook = new WebhookReceiver(webhookPort);
        LocalProcess? bot = null;
        LocalProcess? prometheus = null;
        LocalProcess? alertmanager = null;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{prometheusPort}"), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, "conf"));
            File.Copy(Path.Combine(StackFixtures.SampleDirectory, "conf", "strategies", "pmm_btc_usdt.yml"), Path.Combine(directory, "conf", "pmm.yml"));
            await File.WriteAllTextAsync(Path.Combine(directory, "hbot.yml"), $"""
                name: e2e
                bots:
                  - name: {BotName}
                    config: conf/pmm.yml
                    exchange: paper
                    metrics_port: {botPort}
                monitoring:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                  prometheus_port: {prometheusPort}
                  alertmanager_port: {alertmanagerPort}
                  grafana_port: {grafanaPort}
                alerting:
                  receivers:
                    - name: test-hook
                      type: webhook
                      severities: [critical, warning]
                      url: {webhook.Url}
                test:
                  loopback: true
                  for_scale: 0.02
                """);
            var manifest = await StackManifestReader.ReadFileAsync(Path.Combine(directory, "hbot.yml"));
            await StackGenerator.WriteAsync(manifest, directory);

            bot = StartBot(directory, botPort);
            prometheus = LocalProcess.Start("prometheus", prometheusBinary,
            [
                $"--config.file={Path.Combine(directory, StackLayout.PrometheusConfig)}",
                $"--storage.tsdb.path={Path.Combine(directory, "prometheus-data")}",
                $"--web.listen-address=127.0.0.1:{prometheusPort}",
            ]);
            alertmanager = LocalProcess.Start("alertmanager", alertmanagerBinary,
            [
                $"--config.file={Path.Combine(directory, StackLayout.AlertmanagerConfig)}",
                $"--storage.path={Path.Combine(directory, "alertmanager-data")}",
                $"--web.listen-address=127.0.0.1:{alertmanagerPort}",
                "--cluster.listen-address=",
            ]);
            string Diagnostics() => string.Join(Environment.NewLine, new[] { bot, prometheus, alertmanager }.Where(p => p is not null).Select(p => p!.Tail()));

            // 1. The bot target is up, and has been scraped long enough for rates over 10s.
            await Eventually(async () => await Scalar(http, $"count_over_time(up{{job=\"{StackServices.BotJob}\", bot=\"{BotName}\"}}[1m]) >= 10 and up{{job=\"{StackServices.BotJob}\"}} == 1") is not null,
                "bot target up for 10 scrapes", Diagnostics);

            // 2. Every dashboard query evaluates; those on metrics this bot exports return data.
            var exported = await ExportedMetricNames(botPort);
            var sdkNames = MetricCatalog.All.SelectMany(m => m.SeriesNames).ToHashSet();
            var failures = new List<string>();
            var withData = 0;
            foreach (var dashboard in StandardDashboards.Create(StackGenerator.DashboardOptionsFor(manifest)))
            {
                foreach (var panel in dashboard.Panels.Where(p => p.Panel is { DataSource.Type: "prometheus" }))
                {
                    foreach (var query in panel.Queries)
                    {
                        var expr = Grafana(query.Target.Expression);
                        var names = MetricName().Matches(expr).Select(m => m.Value).Distinct().ToList();
                        var expectData = names.Count > 0 && names.All(n => n == "up" || (sdkNames.Contains(n) && exported.Contains(n)));
                        var outcome = await EvaluateAsync(http, expr, expectData);
                        if (outcome is not null) failures.Add($"{dashboard.Uid} / {panel.Title} / {query.RefId}: {outcome}{Environment.NewLine}    {expr}");
                        else if (expectData) withData++;
                    }
                }
            }
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
            Assert.True(withData >= 25, $"only {withData} bot queries returned data");

            // 3. Every rule, recording and alerting, evaluates without error in the live Prometheus.
            await Eventually(async () =>
            {
                var rules = await RulesAsync(http);
                return rules.Count > 0 && rules.All(r => r.GetProperty("health").GetString() == "ok");
            }, "every rule evaluated with health ok", async () => string.Join(Environment.NewLine, (await RulesAsync(http))
                .Where(r => r.GetProperty("health").GetString() != "ok")
                .Select(r => $"{r.GetProperty("name")}: {r.GetProperty("health")} {(r.TryGetProperty("lastError", out var e) ? e.GetString() : "")}")));
            foreach (var rule in (await RulesAsync(http)).Where(r => r.GetProperty("type").GetString() == "recording"))
            {
                var outcome = await EvaluateAsync(http, rule.GetProperty("query").GetString()!, expectData: false);
                Assert.True(outcome is null, $"recording rule {rule.GetProperty("name")}: {outcome}");
            }

            // 4. Stopping the bot makes BotDown reach the webhook with the bot's labels.
            bot.Kill();
            var firing = await EventuallyFind(webhook, "firing", "BotDown reached the webhook", Diagnostics);
            var labels = firing.GetProperty("labels");
            Assert.Equal(BotName, labels.GetProperty("bot").GetString());
            Assert.Equal("critical", labels.GetProperty("severity").GetString());
            Assert.Equal(StackServices.BotJob, labels.GetProperty("job").GetString());
            Assert.Equal($"127.0.0.1:{botPort}", labels.GetProperty("instance").GetString());
            Assert.False(string.IsNullOrEmpty(firing.GetProperty("annotations").GetProperty("runbook_url").GetString()));

            // 5. Starting it again sends the resolved notification.
            bot.Dispose();
            bot = StartBot(directory, botPort);
            var resolved = await EventuallyFind(webhook, "resolved", "BotDown resolved notification", Diagnostics);
            Assert.Equal(BotName, resolved.GetProperty("labels").GetProperty("bot").GetString());
        }
        finally
        {
            bot?.Dispose();
            prometheus?.Dispose();
            alertmanager?.Dispose();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static LocalProcess StartBot(string directory, int port) =>
        LocalProcess.Start("bot", Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
        [
            Path.Combine(AppContext.BaseDirectory, "Hbot.Samples.PaperMarketMaking.dll"),
            "run", "--config", Path.Combine(directory, "conf", "pmm.yml"), "--name", BotName, "--data", Path.Combine(directory, "bot-data"),
        ],
        new Dictionary<string, string> { ["HBOT_METRICS_ADDRESS"] = $"127.0.0.1:{port}", ["HBOT_BOT_NAME"] = BotName });

    /// <summary>Grafana's variables as Grafana would expand them for this stack (1s scrapes).</summary>
    private static string Grafana(string expr) => expr
        .Replace("$__rate_interval", "10s", StringComparison.Ordinal)
        .Replace("$__range", "1m", StringComparison.Ordinal)
        .Replace("$bot", BotName, StringComparison.Ordinal);

    /// <summary>Null when the query evaluates (with data when expected), otherwise what went wrong. Polls for data a while.</summary>
    private static async Task<string?> EvaluateAsync(HttpClient http, string expr, bool expectData)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            using var response = await http.GetAsync("/api/v1/query?query=" + Uri.EscapeDataString(expr));
            var body = await response.Content.ReadAsStringAsync();
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.GetProperty("status").GetString() != "success") return "error: " + body;
            var result = json.RootElement.GetProperty("data").GetProperty("result");
            var hasData = result.ValueKind != JsonValueKind.Array || result.GetArrayLength() > 0;
            if (!expectData || hasData) return null;
            if (DateTime.UtcNow > deadline) return "no data";
            await Task.Delay(500);
        }
    }

    private static async Task<string?> Scalar(HttpClient http, string expr)
    {
        try
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync("/api/v1/query?query=" + Uri.EscapeDataString(expr)));
            var result = json.RootElement.GetProperty("data").GetProperty("result");
            return result.GetArrayLength() == 0 ? null : result[0].GetProperty("value")[1].GetString();
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task<List<JsonElement>> RulesAsync(HttpClient http)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync("/api/v1/rules"));
        return [.. json.RootElement.GetProperty("data").GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("rules").EnumerateArray()).Select(r => r.Clone())];
    }

    private static async Task<HashSet<string>> ExportedMetricNames(int port)
    {
        using var client = new HttpClient();
        var text = await client.GetStringAsync($"http://127.0.0.1:{port}/metrics");
        return [.. text.Split('\n').Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('{', ' ')[0])];
    }

    private static async Task<JsonElement> EventuallyFind(WebhookReceiver webhook, string status, string what, Func<string> diagnostics)
    {
        JsonElement found = default;
        await Eventually(() => Task.FromResult(TryFind(webhook, status, out found)), what, diagnostics);
        return found;
    }

    private static bool TryFind(WebhookReceiver webhook, string status, out JsonElement alert)
    {
        foreach (var notification in webhook.Notifications)
        {
            foreach (var candidate in notification.GetProperty("alerts").EnumerateArray())
            {
                if (candidate.GetProperty("status").GetString() == status
                    && candidate.GetProperty("labels").GetProperty("alertname").GetString() == "BotDown"
                    && candidate.GetProperty("labels").TryGetProperty("bot", out var bot) && bot.GetString() == BotName)
                {
                    alert = candidate;
                    return true;
                }
            }
        }
        alert = default;
        return false;
    }

    private static Task Eventually(Func<Task<bool>> condition, string what, Func<string> diagnostics) =>
        Eventually(condition, what, () => Task.FromResult(diagnostics()));

    private static async Task Eventually(Func<Task<bool>> condition, string what, Func<Task<string>> diagnostics)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for: {what}{Environment.NewLine}{await diagnostics()}");
            await Task.Delay(500);
        }
    }

    [GeneratedRegex(@"\b(?:hbot|node|container|process|dotnet|up)[a-zA-Z0-9_]*\b(?=\s*(\{|\)|$|\s|\[|/|-|\*|\+|>))")]
    private static partial Regex MetricName();
}
