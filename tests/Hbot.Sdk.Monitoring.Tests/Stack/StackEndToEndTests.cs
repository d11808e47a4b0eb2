using System.Text.Json;
using System.Text.RegularExpressions;
using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Connectors.Bitget.Credentials;
using Hbot.Sdk.Connectors.Bitget.Hosting;
using Hbot.Sdk.Connectors.Bitget.Rest;
using Hbot.Sdk.Monitoring.Dashboards;
using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Stack;
using Hbot.Sdk.Monitoring.Tests.Metrics;
using Hbot.Sdk.Tests.Connectors.Bitget.Fake;

namespace Hbot.Sdk.Monitoring.Tests.Stack;

/// <summary>
/// The generated stack, live on 127.0.0.1: two sample bot processes serving metrics (one on the simulated paper
/// market, one trading live on Bitget against the in-process fake exchange, the only fake, at the process edge),
/// the real Prometheus on the generated prometheus.yml and rules, the real Alertmanager on the generated routing with
/// a webhook receiver inside the test. Everything runs from a temp directory on free ports and is killed at the end.
/// </summary>
public sealed partial class StackEndToEndTests
{
    private const string BotName = "e2e-bot";
    private const string BitgetBotName = "e2e-bitget";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Series that a healthy run cannot have, so their queries are checked for evaluation errors only:
    /// the kill switch trips only when the daily loss limit is crossed, which neither bot may do in a short run.
    /// </summary>
    private static readonly HashSet<string> AbsentInHealthyRun = ["hbot_kill_switch_trips_total"];

    [Fact]
    public async Task Paper_and_bitget_bots_are_scraped_queries_return_data_and_bot_down_is_notified_and_resolved()
    {
        var prometheusBinary = RequiredTool.Find("prometheus", "prometheus");
        var alertmanagerBinary = RequiredTool.Find("prometheus-alertmanager", "prometheus-alertmanager");
        var directory = StackFixtures.TempDirectory();
        var (botPort, bitgetBotPort, prometheusPort, alertmanagerPort, grafanaPort, webhookPort) =
            (LocalProcess.FreePort(), LocalProcess.FreePort(), LocalProcess.FreePort(), LocalProcess.FreePort(), LocalProcess.FreePort(), LocalProcess.FreePort());
        using var webhook = new WebhookReceiver(webhookPort);
        await using var exchange = await FakeBitgetServer.StartAsync(BitgetAccountKind.Classic);
        // Faults the bot meets at start: a 429 on the balance read (retried) and a refused first placement, so the
        // error, rate-limit rejection and failed-order series exist; detecting the classic account answers the unified
        // probe with 40084. A small rate-limit share (below) makes the bot wait on its own limiter.
        exchange.Inject(BitgetEndpoints.ClassicAssets.Path, FakeRestFault.TooManyRequests);
        exchange.Inject(BitgetEndpoints.ClassicPlaceOrder.Path, FakeRestFault.Rejected);
        LocalProcess? bot = null;
        LocalProcess? bitgetBot = null;
        LocalProcess? prometheus = null;
        LocalProcess? alertmanager = null;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{prometheusPort}"), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, "conf"));
            File.Copy(Path.Combine(StackFixtures.SampleDirectory, "conf", "strategies", "pmm_btc_usdt.yml"), Path.Combine(directory, "conf", "pmm.yml"));
            // Two levels a side at about 50 and 150 USDT with a 100 USDT order limit: the risk guard refuses the second
            // level of both sides in every placement round.
            await File.WriteAllTextAsync(Path.Combine(directory, "conf", "bitget.yml"), """
                strategy: pure_market_making
                exchange: bitget
                paper: false
                trading_pair: BTC-USDT
                tick_interval: 1s
                bid_spread: 0.001
                ask_spread: 0.001
                order_amount: 0.001
                order_levels: 2
                order_level_spread: 0.001
                order_level_amount: 0.002
                order_refresh_time: 5s
                filled_order_delay: 5s
                risk:
                  max_order_size_quote: 100
                  max_open_orders: 10
                  max_daily_loss_quote: 1000
                  kill_switch_enabled: true
                """);
            await File.WriteAllTextAsync(Path.Combine(directory, "hbot.yml"), $"""
                name: e2e
                bots:
                  - name: {BotName}
                    config: conf/pmm.yml
                    exchange: paper
                    metrics_port: {botPort}
                  - name: {BitgetBotName}
                    config: conf/bitget.yml
                    exchange: bitget
                    metrics_port: {bitgetBotPort}
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
            bitgetBot = StartBitgetBot(directory, bitgetBotPort, exchange);
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
            string Diagnostics() => string.Join(Environment.NewLine, new[] { bot, bitgetBot, prometheus, alertmanager }.Where(p => p is not null).Select(p => p!.Tail()));

            // 1. Both bot targets are up, and have been scraped long enough for rates over 10s.
            await Eventually(async () => await Scalar(http, $"count(count_over_time(up{{job=\"{StackServices.BotJob}\"}}[1m]) >= 10 and up{{job=\"{StackServices.BotJob}\"}} == 1) == 2") is not null,
                "both bot targets up for 10 scrapes", Diagnostics);

            // 2. The Bitget bot trades on the fake; dropping its sockets makes it reconnect and resync its book.
            await Eventually(() => Task.FromResult(exchange.ConnectedPublicSockets > 0 && exchange.ConnectedPrivateSockets > 0 && exchange.PlaceRequests >= 2),
                "the Bitget bot connected both sockets and placed orders after the refused one", Diagnostics);
            exchange.DropSockets();
            await Eventually(async () => await Scalar(http, $"sum(hbot_exchange_socket_reconnects_total{{bot=\"{BitgetBotName}\"}}) >= 2 and sum(hbot_order_book_resyncs_total{{bot=\"{BitgetBotName}\"}}) >= 1") is not null,
                "the Bitget bot's reconnects and resync scraped", Diagnostics);

            // 3. Every dashboard query evaluates; every one on bot metrics returns data, except those that cannot have any.
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
                        var expectData = ExpectsData(expr, sdkNames);
                        var outcome = await EvaluateAsync(http, expr, expectData);
                        if (outcome is not null) failures.Add($"{dashboard.Uid} / {panel.Title} / {query.RefId}: {outcome}{Environment.NewLine}    {expr}");
                        else if (expectData) withData++;
                    }
                }
            }
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
            Assert.True(withData >= 40, $"only {withData} bot queries returned data");

            // 4. Every rule, recording and alerting, evaluates without error in the live Prometheus.
            await Eventually(async () =>
            {
                var rules = await RulesAsync(http);
                return rules.Count > 0 && rules.All(r => r.GetProperty("health").GetString() == "ok");
            }, "every rule evaluated with health ok", async () => string.Join(Environment.NewLine, (await RulesAsync(http))
                .Where(r => r.GetProperty("health").GetString() != "ok")
                .Select(r => $"{r.GetProperty("name")}: {r.GetProperty("health")} {(r.TryGetProperty("lastError", out var e) ? e.GetString() : "")}")));
            // Recording rules on bot metrics return data too, like the dashboard queries.
            foreach (var rule in (await RulesAsync(http)).Where(r => r.GetProperty("type").GetString() == "recording"))
            {
                var expr = rule.GetProperty("query").GetString()!;
                var outcome = await EvaluateAsync(http, expr, ExpectsData(expr, sdkNames));
                if (outcome is not null) failures.Add($"recording rule {rule.GetProperty("name")}: {outcome}{Environment.NewLine}    {expr}");
            }
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));

            // 5. Stopping the bot makes BotDown reach the webhook with the bot's labels.
            bot.Kill();
            var firing = await EventuallyFind(webhook, "firing", "BotDown reached the webhook", Diagnostics);
            var labels = firing.GetProperty("labels");
            Assert.Equal(BotName, labels.GetProperty("bot").GetString());
            Assert.Equal("critical", labels.GetProperty("severity").GetString());
            Assert.Equal(StackServices.BotJob, labels.GetProperty("job").GetString());
            Assert.Equal($"127.0.0.1:{botPort}", labels.GetProperty("instance").GetString());
            Assert.False(string.IsNullOrEmpty(firing.GetProperty("annotations").GetProperty("runbook_url").GetString()));

            // 6. Starting it again sends the resolved notification.
            bot.Dispose();
            bot = StartBot(directory, botPort);
            var resolved = await EventuallyFind(webhook, "resolved", "BotDown resolved notification", Diagnostics);
            Assert.Equal(BotName, resolved.GetProperty("labels").GetProperty("bot").GetString());
        }
        finally
        {
            bot?.Dispose();
            bitgetBot?.Dispose();
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

    /// <summary>The paper sample host on <c>exchange: bitget</c>, live (not paper), with the fake's key and addresses.</summary>
    private static LocalProcess StartBitgetBot(string directory, int port, FakeBitgetServer exchange) =>
        LocalProcess.Start("bitget-bot", Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
        [
            Path.Combine(AppContext.BaseDirectory, "Hbot.Samples.PaperMarketMaking.dll"),
            "run", "--config", Path.Combine(directory, "conf", "bitget.yml"), "--name", BitgetBotName, "--data", Path.Combine(directory, "bitget-data"),
        ],
        new Dictionary<string, string>
        {
            ["HBOT_METRICS_ADDRESS"] = $"127.0.0.1:{port}",
            ["HBOT_BOT_NAME"] = BitgetBotName,
            [BitgetCredentialSource.ApiKeyVariable] = FakeBitgetServer.ApiKey,
            [BitgetCredentialSource.ApiSecretVariable] = FakeBitgetServer.ApiSecret,
            [BitgetCredentialSource.PassphraseVariable] = FakeBitgetServer.Passphrase,
            [BitgetSpotConnectorFactory.RestUrlVariable] = exchange.RestAddress.ToString(),
            [BitgetSpotConnectorFactory.SocketUrlVariable] = exchange.SocketAddress.ToString(),
            // One signed request per second for the account: the bot's start queues on its own rate limiter.
            [BitgetSpotConnectorFactory.RateLimitShareVariable] = "0.02",
        });

    /// <summary>A query on bot metrics only (and <c>up</c>) must return data, unless it reads a series absent in a healthy run.</summary>
    private static bool ExpectsData(string expr, HashSet<string> sdkNames)
    {
        var names = MetricName().Matches(expr).Select(m => m.Value).Distinct().ToList();
        return names.Count > 0 && names.All(n => n == "up" || sdkNames.Contains(n)) && !names.Any(AbsentInHealthyRun.Contains);
    }

    /// <summary>Grafana's variables as Grafana would expand them for this stack (1s scrapes).</summary>
    private static string Grafana(string expr) => expr
        .Replace("$__rate_interval", "10s", StringComparison.Ordinal)
        .Replace("$__range", "1m", StringComparison.Ordinal)
        .Replace("$bot", $"{BotName}|{BitgetBotName}", StringComparison.Ordinal);

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
