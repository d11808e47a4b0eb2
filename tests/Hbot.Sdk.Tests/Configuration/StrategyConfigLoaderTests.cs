using Hbot.Sdk.Configuration;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Paper;
using Hbot.Sdk.Strategies;

namespace Hbot.Sdk.Tests.Configuration;

public sealed class StrategyConfigLoaderTests
{
    private const string File = "conf/strategies/test.yml";

    private const string Valid = """
        strategy: pure_market_making
        exchange: paper
        trading_pair: BTC-USDT
        tick_interval: 500ms
        bid_spread: 0.002
        ask_spread: 0.003
        order_amount: 0.01
        order_levels: 2
        order_refresh_time: 15s
        filled_order_delay: 45
        inventory_skew_enabled: true
        risk:
          max_open_orders: 6
          max_daily_loss_quote: 250
        paper_exchange:
          initial_balances:
            BTC: 2
            USDT: 1000
          maker_fee_rate: 0.0008
          fill_model: crossing
          latency: 50ms
          market:
            initial_price: 30000
            step_interval: 100ms
        """;

    private static StrategyConfigLoader Loader() =>
        new([StrategyDefinition.Create<PureMarketMakingStrategy, PureMarketMakingParameters>(PureMarketMakingStrategy.ConfigName)], ["paper", "bitget"]);

    private static IReadOnlyList<ConfigError> Errors(string yaml) =>
        Assert.Throws<StrategyConfigException>(() => Loader().Parse(yaml, File)).Errors;

    [Fact]
    public void A_valid_file_binds_shared_keys_parameters_and_sections()
    {
        var config = Loader().Parse(Valid, File);

        Assert.Equal("pure_market_making", config.Strategy);
        Assert.Equal(TradingPair.Parse("BTC-USDT"), config.TradingPair);
        Assert.Equal(TimeSpan.FromMilliseconds(500), config.TickInterval);
        var p = config.GetParameters<PureMarketMakingParameters>();
        Assert.Equal(0.002m, p.BidSpread);
        Assert.Equal(0.003m, p.AskSpread);
        Assert.Equal(2, p.OrderLevels);
        Assert.Equal(TimeSpan.FromSeconds(15), p.OrderRefreshTime);
        Assert.Equal(TimeSpan.FromSeconds(45), p.FilledOrderDelay);
        Assert.True(p.InventorySkewEnabled);
        Assert.Equal(6, config.Risk.MaxOpenOrders);
        Assert.Equal(250m, config.Risk.MaxDailyLossQuote);
        Assert.True(config.Risk.KillSwitchEnabled);
        Assert.Equal(2m, config.PaperExchange.Options.InitialBalances["btc"]);
        Assert.Equal(0.0008m, config.PaperExchange.Options.MakerFeeRate);
        Assert.Equal(PaperFillModel.Crossing, config.PaperExchange.Options.FillModel);
        Assert.Equal(TimeSpan.FromMilliseconds(50), config.PaperExchange.Options.Latency);
        Assert.Equal(30000m, config.PaperExchange.Market.InitialPrice);
        Assert.Equal(File, config.FilePath);
    }

    [Fact]
    public void Unknown_keys_are_refused_with_file_key_line_and_a_suggestion()
    {
        var errors = Errors(Valid.Replace("order_levels: 2", "order_level: 2").Replace("max_open_orders: 6", "max_open_order: 6"));

        Assert.Equal(2, errors.Count);
        var top = errors[0];
        Assert.Equal("order_level", top.Key);
        Assert.Equal(8, top.Line);
        Assert.Equal(1, top.Column);
        var text = top.ToString();
        Assert.StartsWith($"{File}:8:1: key 'order_level': unknown key", text);
        Assert.Contains("did you mean 'order_levels'", text);
        Assert.Equal("risk.max_open_order", errors[1].Key);
        Assert.Equal(13, errors[1].Line);
        Assert.Equal(3, errors[1].Column);
    }

    [Fact]
    public void Wrong_types_are_refused_with_the_expected_form()
    {
        var errors = Errors(Valid.Replace("bid_spread: 0.002", "bid_spread: tight")
            .Replace("order_levels: 2", "order_levels: 2.5")
            .Replace("inventory_skew_enabled: true", "inventory_skew_enabled: yes please")
            .Replace("order_refresh_time: 15s", "order_refresh_time: soon")
            .Replace("trading_pair: BTC-USDT", "trading_pair: BTCUSDT")
            .Replace("fill_model: crossing", "fill_model: magic"));

        Assert.Equal(6, errors.Count);
        Assert.Contains(errors, e => e.Key == "trading_pair" && e.Line == 3 && e.Message.Contains("BASE-QUOTE"));
        Assert.Contains(errors, e => e.Key == "bid_spread" && e.Line == 5 && e.Column == 13 && e.Message.Contains("got 'tight'") && e.Message.Contains("a number"));
        Assert.Contains(errors, e => e.Key == "order_levels" && e.Line == 8 && e.Message.Contains("a whole number"));
        Assert.Contains(errors, e => e.Key == "order_refresh_time" && e.Line == 9 && e.Message.Contains("30s, 5m"));
        Assert.Contains(errors, e => e.Key == "inventory_skew_enabled" && e.Message.Contains("true or false"));
        Assert.Contains(errors, e => e.Key == "paper_exchange.fill_model" && e.Line == 20 && e.Message.Contains("queue, crossing"));
    }

    [Fact]
    public void Out_of_range_values_are_refused_with_the_range()
    {
        var errors = Errors(Valid.Replace("bid_spread: 0.002", "bid_spread: 0.9")
            .Replace("order_amount: 0.01", "order_amount: 0")
            .Replace("max_daily_loss_quote: 250", "max_daily_loss_quote: -1")
            .Replace("tick_interval: 500ms", "tick_interval: 2h")
            .Replace("maker_fee_rate: 0.0008", "maker_fee_rate: 0.5"));

        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.Key == "tick_interval" && e.Line == 4 && e.Message.Contains("at most 1h"));
        Assert.Contains(errors, e => e.Key == "bid_spread" && e.Line == 5 && e.Message.Contains("out of range: got 0.9") && e.Message.Contains("at most 0.5 (a fraction: 0.01 = 1%)"));
        Assert.Contains(errors, e => e.Key == "order_amount" && e.Line == 7 && e.Message.Contains("greater than 0"));
        Assert.Contains(errors, e => e.Key == "risk.max_daily_loss_quote" && e.Line == 14 && e.Message.Contains("at least 0"));
        Assert.Contains(errors, e => e.Key == "paper_exchange.maker_fee_rate" && e.Line == 19 && e.Message.Contains("below 0.1"));
    }

    [Fact]
    public void Missing_required_keys_are_reported_at_the_mapping_that_lacks_them()
    {
        var errors = Errors("""
            strategy: pure_market_making
            bid_spread: 0.01
            """);

        Assert.Equal(["ask_spread", "exchange", "order_amount", "trading_pair"], errors.Select(e => e.Key).Order());
        Assert.All(errors, e => Assert.Equal(1, e.Line));
        Assert.All(errors, e => Assert.Contains("required key is missing", e.Message));
        Assert.Contains(errors, e => e.Key == "order_amount" && e.Message.Contains("a number"));
    }

    [Fact]
    public void Unknown_strategy_and_exchange_list_the_known_ones()
    {
        var errors = Errors(Valid.Replace("exchange: paper", "exchange: binance"));
        var exchange = Assert.Single(errors);
        Assert.Equal("exchange", exchange.Key);
        Assert.Equal(2, exchange.Line);
        Assert.Contains("expected one of: bitget, paper", exchange.Message);

        var strategy = Assert.Single(Errors(Valid.Replace("strategy: pure_market_making", "strategy: avellaneda")));
        Assert.Equal("strategy", strategy.Key);
        Assert.Contains("unknown strategy 'avellaneda'; expected one of: pure_market_making", strategy.Message);
    }

    [Fact]
    public void Cross_field_rules_point_at_the_key()
    {
        var error = Assert.Single(Errors(Valid + "\nprice_ceiling: 100\nprice_floor: 200\n"));

        Assert.Equal("price_floor", error.Key);
        Assert.Equal(26, error.Line);
        Assert.Contains("must be below price_ceiling", error.Message);
    }

    [Fact]
    public void Malformed_yaml_and_non_mappings_are_refused_with_a_position()
    {
        var syntax = Assert.Single(Errors("strategy: pure_market_making\n  bad: [unclosed\n"));
        Assert.True(syntax.Line >= 1);
        Assert.Contains("not valid YAML", syntax.Message);

        Assert.Contains("expected a mapping", Assert.Single(Errors("- just\n- a list\n")).Message);
        Assert.Contains("risk", Assert.Single(Errors(Valid.Replace("risk:\n  max_open_orders: 6\n  max_daily_loss_quote: 250", "risk: strict"))).Key);
    }

    [Fact]
    public void An_empty_section_keeps_its_defaults()
    {
        var config = Loader().Parse(Valid.Replace("risk:\n  max_open_orders: 6\n  max_daily_loss_quote: 250", "risk:\n  # no limits yet"), File);

        Assert.Equal(0, config.Risk.MaxOpenOrders);
        Assert.True(config.Risk.KillSwitchEnabled);
    }

    [Fact]
    public void A_missing_file_is_refused_with_its_path()
    {
        var error = Assert.Single(Assert.Throws<StrategyConfigException>(() => Loader().Load("/nonexistent/pmm.yml")).Errors);
        Assert.Equal("/nonexistent/pmm.yml", error.File);
        Assert.Contains("cannot read the file", error.Message);
    }

    [Fact]
    public void The_bundled_sample_config_is_valid()
    {
        var path = Path.Combine(RepositoryRoot.Path, "samples", "Hbot.Samples.PaperMarketMaking", "conf", "strategies", "pmm_btc_usdt.yml");
        var config = Loader().Load(path);

        Assert.Equal("paper", config.Exchange);
        Assert.Equal(50_000m, config.PaperExchange.Market.InitialPrice);
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("30s", 30_000)]
    [InlineData("5m", 300_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("1.5", 1_500)]
    public void Durations_parse(string text, int milliseconds)
    {
        Assert.True(Duration.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5s")]
    [InlineData("fast")]
    [InlineData("5 minutes")]
    public void Bad_durations_do_not_parse(string text) => Assert.False(Duration.TryParse(text, out _));
}
