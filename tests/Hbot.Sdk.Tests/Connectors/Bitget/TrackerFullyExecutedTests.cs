using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

public class TrackerFullyExecutedTests
{
    private static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");

    private static TradeFill Fill(string tradeId, decimal amount) =>
        new("m1", "x1", tradeId, Pair, TradeSide.Buy, 50_000m, amount, "BTC", 0m, false, DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_market_buy_completes_below_its_amount_once_every_reported_fill_is_in()
    {
        var events = new TradingEventStream();
        var completed = new List<OrderCompletedEvent>();
        events.Subscribe(e => { if (e is OrderCompletedEvent c) completed.Add(c); });
        var tracker = new InFlightOrderTracker("bitget", events, TimeProvider.System);
        var order = tracker.StartTracking(new OrderRequest("m1", Pair, TradeSide.Buy, OrderType.Market, 0.01m, null));
        tracker.ProcessCreated("m1", "x1");
        tracker.ProcessFill(Fill("t1", 0.005m));
        Assert.False(tracker.ProcessFullyExecuted("m1", 0.0099m));
        Assert.Equal(OrderState.PartiallyFilled, order.State);
        tracker.ProcessFill(Fill("t2", 0.0049m));
        Assert.True(tracker.ProcessFullyExecuted("m1", 0.0099m));
        Assert.Equal(OrderState.Filled, order.State);
        Assert.Equal(0.0099m, Assert.Single(completed).Amount);
        Assert.False(tracker.ProcessFullyExecuted("m1", 0.0099m));
    }
}
