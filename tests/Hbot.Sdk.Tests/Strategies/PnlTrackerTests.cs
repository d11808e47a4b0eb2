using Hbot.Sdk.Markets;
using Hbot.Sdk.Strategies;

namespace Hbot.Sdk.Tests.Strategies;

public sealed class PnlTrackerTests
{
    private static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");
    private static int _trade;

    private static TradeFill Fill(TradeSide side, decimal price, decimal amount, decimal fee, string feeAsset = "USDT") =>
        new("c" + _trade, null, "t" + Interlocked.Increment(ref _trade), Pair, side, price, amount, feeAsset, fee, true, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Buys_average_their_cost_including_fees_and_sells_realize_against_it()
    {
        var pnl = new PnlTracker(Pair);
        pnl.Apply(Fill(TradeSide.Buy, 100m, 1m, 0.1m));
        pnl.Apply(Fill(TradeSide.Buy, 110m, 1m, 0.1m));
        Assert.Equal(2m, pnl.Position);
        Assert.Equal(105.1m, pnl.AverageCost);

        var realized = pnl.Apply(Fill(TradeSide.Sell, 120m, 1m, 0.12m));

        Assert.Equal(14.78m, realized); // (120 - 105.1) * 1 - 0.12
        Assert.Equal(14.78m, pnl.RealizedPnl);
        Assert.Equal(1m, pnl.Position);
        Assert.Equal(105.1m, pnl.AverageCost);
        Assert.Equal(-5.1m, pnl.UnrealizedPnl(100m));
        Assert.Equal(0.32m, pnl.FeesPaidQuote);
    }

    [Fact]
    public void Fees_in_base_are_valued_at_the_fill_price()
    {
        var pnl = new PnlTracker(Pair);
        pnl.Apply(Fill(TradeSide.Buy, 100m, 1m, 0.001m, "BTC"));

        Assert.Equal(100.1m, pnl.AverageCost);
    }

    [Fact]
    public void Selling_the_starting_inventory_realizes_against_its_start_valuation_and_can_flip_short()
    {
        var pnl = new PnlTracker(Pair);
        pnl.Reset(1m, 100m, realizedPnl: 5m);

        pnl.Apply(Fill(TradeSide.Sell, 90m, 1.5m, 0m));

        Assert.Equal(-5m, pnl.RealizedPnl); // 5 - 10
        Assert.Equal(-0.5m, pnl.Position);
        Assert.Equal(90m, pnl.AverageCost);
        Assert.Equal(5m, pnl.UnrealizedPnl(80m));
        Assert.Single(pnl.RecentFills);
    }

    [Fact]
    public void Fills_of_other_pairs_are_ignored()
    {
        var pnl = new PnlTracker(Pair);
        var other = Fill(TradeSide.Buy, 100m, 1m, 0m) with { Pair = TradingPair.Parse("ETH-USDT") };

        Assert.Equal(0m, pnl.Apply(other));
        Assert.Equal(0m, pnl.Position);
        Assert.Equal(0, pnl.FillCount);
    }
}
