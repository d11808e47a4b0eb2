using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Tests.Markets;

public sealed class TradingRulesTests
{
    private static readonly TradingRules Rules = new(TradingPair.Parse("BTC-USDT"), 0.01m, 0.0001m, 0.0002m, 5m);

    [Theory]
    [InlineData(100.019, 100.01)]
    [InlineData(100.011, 100.01)]
    [InlineData(100.01, 100.01)]
    [InlineData(0.019, 0.01)]
    public void A_buy_price_is_never_rounded_up(decimal price, decimal expected) =>
        Assert.Equal(expected, Rules.QuantizePrice(TradeSide.Buy, price));

    [Theory]
    [InlineData(100.011, 100.02)]
    [InlineData(100.019, 100.02)]
    [InlineData(100.02, 100.02)]
    public void A_sell_price_is_never_rounded_down(decimal price, decimal expected) =>
        Assert.Equal(expected, Rules.QuantizePrice(TradeSide.Sell, price));

    [Theory]
    [InlineData(1.23456, 1.2345)]
    [InlineData(0.00019, 0.0001)]
    [InlineData(5, 5)]
    public void A_size_is_rounded_down_onto_the_step(decimal amount, decimal expected) =>
        Assert.Equal(expected, Rules.QuantizeSize(amount));

    [Fact]
    public void Check_quantizes_an_order_that_fits()
    {
        var check = Rules.Check(TradeSide.Buy, 50_000.019m, 0.12345m);
        Assert.True(check.IsAccepted);
        Assert.Equal((50_000.01m, 0.1234m), (check.Price, check.Amount));
    }

    [Fact]
    public void A_size_that_rounds_below_the_minimum_is_refused_with_the_reason()
    {
        var atMinimum = Rules.Check(TradeSide.Buy, 50_000m, 0.00029m);
        Assert.True(atMinimum.IsAccepted);
        Assert.Equal(0.0002m, atMinimum.Amount);

        var below = Rules.Check(TradeSide.Sell, 50_000m, 0.00019m);
        Assert.False(below.IsAccepted);
        Assert.Contains("below the minimum size 0.0002", below.RefusalReason);
        Assert.Contains("BTC-USDT", below.RefusalReason);
    }

    [Fact]
    public void The_notional_is_checked_on_the_quantized_values()
    {
        // 0.04999 x 100.209 = 5.009 before quantizing; 0.0499 x 100.20 = 4.99998 after (a buy price floors).
        var buy = Rules.Check(TradeSide.Buy, 100.209m, 0.04999m);
        Assert.False(buy.IsAccepted);
        Assert.Contains("minimum notional 5", buy.RefusalReason);
        // The same order as a sell rounds its price up and passes.
        Assert.True(Rules.Check(TradeSide.Sell, 100.201m, 0.0499m).IsAccepted);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(-1, 100)]
    [InlineData(1, 0)]
    [InlineData(1, -5)]
    public void Non_positive_sizes_and_prices_are_refused(decimal amount, decimal price) =>
        Assert.False(Rules.Check(TradeSide.Buy, price, amount).IsAccepted);

    [Fact]
    public void A_buy_price_below_one_tick_is_refused()
    {
        var check = Rules.Check(TradeSide.Buy, 0.004m, 100_000m);
        Assert.False(check.IsAccepted);
        Assert.Contains("rounds to zero", check.RefusalReason);
    }
}
