using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hbot.Sdk.Monitoring.Metrics;

namespace Hbot.Sdk.Monitoring.Tests.Metrics;

/// <summary>
/// Runs the paper market making sample as a real process with <c>HBOT_METRICS_ADDRESS</c> on a free port, and scrapes
/// it over HTTP while it trades on the simulated market.
/// </summary>
public sealed class PaperBotMetricsIntegrationTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private const string Bot = "metrics-it";

    // Tight spreads on a fast, volatile simulated market: the bot fills within seconds.
    private const string Config = """
        strategy: pure_market_making
        exchange: paper
        trading_pair: BTC-USDT
        tick_interval: 500ms
        bid_spread: 0.00005
        ask_spread: 0.00005
        order_amount: 0.01
        order_levels: 1
        order_refresh_time: 2s
        filled_order_delay: 500ms
        minimum_spread: 0
        inventory_skew_enabled: false
        risk:
          max_order_size_quote: 5000
          max_open_orders: 10
          max_base_position: 5
          max_daily_loss_quote: 20000
          kill_switch_enabled: true
        paper_exchange:
          initial_balances:
            BTC: 1
            USDT: 50000
          maker_fee_rate: 0.001
          taker_fee_rate: 0.001
          fill_model: crossing
          latency: 5ms
          seed: 7
          market:
            seed: 7
            initial_price: 50000
            annual_volatility: 8
            step_interval: 100ms
            depth: 10
            spread_bps: 1
            price_tick: 0.01
            size_step: 0.00001
            min_size: 0.00001
            min_notional: 1
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("hbot-metrics-it-").FullName;

    [Fact]
    public async Task The_running_sample_exports_every_catalog_entry_and_its_values_move_while_it_trades()
    {
        var configPath = Path.Combine(_directory, "fast_pmm.yml");
        await File.WriteAllTextAsync(configPath, Config);
        var port = FreePort();
        var output = new System.Text.StringBuilder();
        using var bot = StartBot(configPath, port, output);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };

            var first = await PollAsync(client, bot, output, scrape => scrape.ValueOrNull("hbot_bot_last_tick_timestamp_seconds", ("bot", Bot)) is not null);
            var traded = await PollAsync(client, bot, output, scrape =>
                Sum(scrape, "hbot_fills_total") > Sum(first, "hbot_fills_total")
                && Sum(scrape, "hbot_orders_created_total") > Sum(first, "hbot_orders_created_total")
                && Sum(scrape, "hbot_orders_filled_total") >= 1
                && scrape.Value("hbot_bot_last_tick_timestamp_seconds", ("bot", Bot)) > first.Value("hbot_bot_last_tick_timestamp_seconds", ("bot", Bot)));

            foreach (var definition in MetricCatalog.All.Where(d => d.IsExportedBySdk))
            {
                Assert.True(traded.Families.TryGetValue(definition.Name, out var family), $"{definition.Name} is missing from the bot's /metrics.");
                Assert.Equal(definition.Type.ToString().ToLowerInvariant(), family.Type);
                Assert.Equal(definition.Help, family.Help);
                if (family.Samples.Count > 0) Assert.Equal(definition.LabelNames.ToHashSet(), family.LabelNames);
            }
            Assert.True(Sum(traded, "hbot_fill_quote_volume_total") > 0);
            Assert.True(Sum(traded, "hbot_fees_paid_total") > 0);
            Assert.Equal(1, traded.Value("hbot_bot_info", ("bot", Bot), ("strategy", "pure_market_making"), ("exchange", "paper"), ("trading_pair", "BTC-USDT")));
            Assert.True(traded.Value("hbot_log_events_total", ("bot", Bot), ("level", "information")) > 0);
            Assert.InRange(traded.Value("hbot_order_book_age_seconds", ("bot", Bot)), 0, 30);

            var (exitCode, report) = await Promtool.CheckMetricsAsync(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative)));
            Assert.True(exitCode == 0 && report.Length == 0, $"promtool check metrics on the bot's scrape: exit {exitCode}\n{report}");

            var health = await PollHealthAsync(client, bot, output);
            Assert.Contains("\"status\":\"healthy\"", health, StringComparison.Ordinal);
            Assert.Contains("\"connector_ready\":true", health, StringComparison.Ordinal);
        }
        finally
        {
            if (!bot.HasExited) bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static double Sum(Exposition scrape, string name) => scrape.Samples.Where(s => s.Name == name).Sum(s => s.Value);

    private static async Task<Exposition> PollAsync(HttpClient client, Process bot, System.Text.StringBuilder output, Func<Exposition, bool> done)
    {
        var deadline = Stopwatch.StartNew();
        Exception? last = null;
        while (deadline.Elapsed < Patience)
        {
            Assert.False(bot.HasExited, $"The sample bot exited with {(bot.HasExited ? bot.ExitCode : 0)}:\n{Snapshot(output)}");
            try
            {
                var scrape = Exposition.Parse(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative)));
                if (done(scrape)) return scrape;
            }
            catch (HttpRequestException ex)
            {
                last = ex;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The bot's /metrics did not reach the expected state in {Patience.TotalSeconds} s ({last?.Message}).\n{Snapshot(output)}");
    }

    private static async Task<string> PollHealthAsync(HttpClient client, Process bot, System.Text.StringBuilder output)
    {
        var deadline = Stopwatch.StartNew();
        var body = string.Empty;
        while (deadline.Elapsed < Patience)
        {
            Assert.False(bot.HasExited, $"The sample bot exited:\n{Snapshot(output)}");
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
            body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK) return body;
            await Task.Delay(250);
        }
        throw new TimeoutException($"/health never answered 200; last body: {body}");
    }

    private Process StartBot(string configPath, int port, System.Text.StringBuilder output)
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "Hbot.Samples.PaperMarketMaking.dll");
        var start = new ProcessStartInfo("dotnet",
            [sample, "run", "--config", configPath, "--duration", "120s", "--data", Path.Combine(_directory, "data"), "--name", Bot])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _directory,
        };
        start.Environment[HbotMetricsOptions.AddressVariable] = $"127.0.0.1:{port}";
        start.Environment.Remove("HBOT_BOT_NAME");
        start.Environment.Remove("HBOT_LOG_FORMAT");
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string Snapshot(System.Text.StringBuilder output)
    {
        lock (output) return output.Length > 8000 ? output.ToString(output.Length - 8000, 8000) : output.ToString();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
