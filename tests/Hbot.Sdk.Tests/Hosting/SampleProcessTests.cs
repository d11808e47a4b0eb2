using System.Text.Json;
using Hbot.Sdk.Persistence;

namespace Hbot.Sdk.Tests.Hosting;

/// <summary>Runs the real sample process (bundled config, simulated market, no network).</summary>
public sealed class SampleProcessTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    private static string TempDir() => Directory.CreateTempSubdirectory("hbot-sample-").FullName;

    [Fact]
    public async Task The_sample_runs_for_the_duration_prints_the_status_table_and_exits_0()
    {
        var dir = TempDir();
        using var sample = SampleProcess.Start(dir, "run", "--duration", "3s");

        var exit = await sample.WaitForExitAsync(Generous);

        Assert.True(exit == 0, $"exit {exit}\nstdout:\n{sample.Stdout}\nstderr:\n{sample.Stderr}");
        var stdout = sample.Stdout;
        Assert.Contains("running pure_market_making on paper BTC-USDT", stdout);
        Assert.Contains("pmm_btc_usdt.yml", stdout); // resolved beside the app, not in the working folder
        Assert.Contains("Balances:", stdout);
        Assert.Contains("Open orders (0):", stdout); // the final table, after shutdown cancelled everything
        Assert.Contains("PnL: realized", stdout);
        Assert.True(File.Exists(Path.Combine(dir, "data", "pmm_btc_usdt", TradeStore.FileName)));
    }

    [Fact]
    public async Task Sigterm_cancels_every_open_order_and_exits_0()
    {
        var dir = TempDir();
        using var sample = SampleProcess.Start(dir, "--data", Path.Combine(dir, "data"), "--status-interval", "1s");
        await sample.WaitForOutputAsync("Placed 4 orders", Generous);
        await sample.WaitForOutputAsync("Open orders (", Generous);

        sample.Signal("TERM");
        var exit = await sample.WaitForExitAsync(Generous);

        Assert.True(exit == 0, $"exit {exit}\nstdout:\n{sample.Stdout}\nstderr:\n{sample.Stderr}");
        Assert.Matches(@"stopped \(shutdown\); \d+ orders cancelled", sample.Stdout);
        Assert.Contains("Open orders (0):", sample.Stdout);
        Assert.Contains("trade history flushed", sample.Stdout);
        var store = new TradeStore(Path.Combine(dir, "data", TradeStore.FileName));
        Assert.Empty(await store.GetOrdersAsync(openOnly: true, CancellationToken.None));
        Assert.NotEmpty(await store.GetOrdersAsync(openOnly: false, CancellationToken.None));
    }

    [Fact]
    public async Task Ctrl_c_stops_cleanly_with_exit_0()
    {
        var dir = TempDir();
        using var sample = SampleProcess.Start(dir, "--data", Path.Combine(dir, "data"), "--status-interval", "1s");
        await sample.WaitForOutputAsync("Placed 4 orders", Generous);

        sample.Signal("INT");

        Assert.Equal(0, await sample.WaitForExitAsync(Generous));
        Assert.Contains("orders cancelled", sample.Stdout);
    }

    [Fact]
    public async Task Json_log_format_writes_one_json_object_per_line()
    {
        var dir = TempDir();
        using var sample = SampleProcess.Start(dir, "run", "--duration", "2s", "--log-format", "json", "--status-interval", "1s");

        Assert.Equal(0, await sample.WaitForExitAsync(Generous));
        var lines = sample.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("LogLevel", out _), line);
            Assert.True(json.RootElement.TryGetProperty("Timestamp", out _), line);
        }
        Assert.Contains(lines, l => l.Contains("Status of pmm_btc_usdt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_kill_mid_run_loses_no_committed_fill()
    {
        var config = TestBotConfig.Write(TestBotConfig.FastPaper);
        var dir = Path.GetDirectoryName(config)!;
        var data = Path.Combine(dir, "data");
        using var sample = SampleProcess.Start(dir, "run", "--config", config, "--data", data, "--status-interval", "0");
        await sample.WaitForOutputAsync("Placed", Generous);
        var store = new TradeStore(Path.Combine(data, TradeStore.FileName));
        var deadline = DateTime.UtcNow + Generous;
        IReadOnlyList<Hbot.Sdk.Markets.TradeFill> committed = [];
        while (committed.Count < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            committed = await store.GetFillsAsync(null, CancellationToken.None);
        }
        Assert.True(committed.Count >= 3, $"only {committed.Count} fills were committed\n{sample.Stdout}");

        sample.Signal("KILL");
        Assert.Equal(137, await sample.WaitForExitAsync(Generous));

        var after = await new TradeStore(Path.Combine(data, TradeStore.FileName)).GetFillsAsync(null, CancellationToken.None);
        Assert.Superset(committed.Select(f => f.TradeId).ToHashSet(), after.Select(f => f.TradeId).ToHashSet());
    }

    [Fact]
    public async Task A_bad_config_exits_2_naming_file_key_and_line()
    {
        var dir = TempDir();
        var config = Path.Combine(dir, "bad.yml");
        var sampleConfig = Path.Combine(Path.GetDirectoryName(SampleProcess.SamplePath)!, "conf", "strategies", "pmm_btc_usdt.yml");
        await File.WriteAllTextAsync(config, (await File.ReadAllTextAsync(sampleConfig)).Replace("order_levels: 2", "order_levels: many").Replace("bid_spread:", "bid_sprad:"));
        using var sample = SampleProcess.Start(dir, "run", "--config", config);

        Assert.Equal(2, await sample.WaitForExitAsync(Generous));
        var stderr = sample.Stderr;
        Assert.Contains($"{config}:9:1: key 'bid_sprad': unknown key (did you mean 'bid_spread'?)", stderr);
        Assert.Contains($"{config}:12:15: key 'order_levels': wrong type: got 'many'; expected a whole number", stderr);
    }
}
