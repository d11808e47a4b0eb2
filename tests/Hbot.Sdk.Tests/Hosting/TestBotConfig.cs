namespace Hbot.Sdk.Tests.Hosting;

/// <summary>Strategy files for host tests: a fast, volatile simulated market so orders are placed, filled and refreshed within seconds.</summary>
internal static class TestBotConfig
{
    public const string FastPaper = """
        strategy: pure_market_making
        exchange: paper
        trading_pair: BTC-USDT
        tick_interval: 100ms
        bid_spread: 0.0002
        ask_spread: 0.0002
        order_amount: 0.01
        order_levels: 2
        order_level_spread: 0.0002
        order_refresh_time: 300ms
        filled_order_delay: 0s
        risk:
          max_open_orders: 10
        paper_exchange:
          initial_balances:
            BTC: 1
            USDT: 50000
          fill_model: crossing
          market:
            initial_price: 50000
            annual_volatility: 30
            step_interval: 20ms
            size_step: 0.00001
            min_size: 0.00001
        """;

    /// <summary>Writes a config into a new temporary folder; returns the file path.</summary>
    public static string Write(string yaml, string name = "fast_pmm.yml")
    {
        var dir = Directory.CreateTempSubdirectory("hbot-host-").FullName;
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, yaml);
        return path;
    }
}
