using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;
using Microsoft.Extensions.Time.Testing;

namespace Hbot.Sdk.Tests.Orders;

public sealed class InFlightOrderTrackerTests
{
    private static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));
    private readonly List<TradingEvent> _events = [];
    private readonly InFlightOrderTracker _tracker;

    public InFlightOrderTrackerTests()
    {
        var stream = new TradingEventStream();
        stream.Subscribe(_events.Add);
        _tracker = new InFlightOrderTracker("test", stream, _time);
    }

    private static OrderRequest Request(string id = "c1", decimal amount = 2m) => new(id, Pair, TradeSide.Buy, OrderType.Limit, amount, 100m);

    private TradeFill Fill(string tradeId, decimal amount, string id = "c1") =>
        new(id, "x1", tradeId, Pair, TradeSide.Buy, 100m, amount, "BTC", 0m, true, _time.GetUtcNow());

    [Fact]
    public void A_fill_that_overtakes_the_acknowledgment_creates_the_order_once_before_the_fill()
    {
        _tracker.StartTracking(Request());

        _tracker.ProcessFill(Fill("t1", 2m));
        _tracker.ProcessCreated("c1", "x1");

        Assert.Single(_events.OfType<OrderCreatedEvent>());
        var kinds = _events.Select(e => e.GetType()).ToList();
        Assert.True(kinds.IndexOf(typeof(OrderCreatedEvent)) < kinds.IndexOf(typeof(OrderFilledEvent)));
        Assert.Single(_events.OfType<OrderCompletedEvent>());
    }

    [Fact]
    public void Tracking_and_creating_the_same_order_twice_is_idempotent()
    {
        var first = _tracker.StartTracking(Request());
        var second = _tracker.StartTracking(Request(amount: 9m));
        _tracker.ProcessCreated("c1", "x1");
        _tracker.ProcessCreated("c1", "x1");

        Assert.Same(first, second);
        Assert.Equal(2m, first.Amount);
        Assert.Equal(OrderState.Open, first.State);
        Assert.Single(_events.OfType<OrderCreatedEvent>());
        Assert.True(_tracker.TryGetByExchangeOrderId("x1", out var byExchange));
        Assert.Same(first, byExchange);
    }

    [Fact]
    public void Fills_accumulate_and_complete_the_order_once()
    {
        var order = _tracker.StartTracking(Request());
        _tracker.ProcessCreated("c1", "x1");
        Assert.True(_tracker.ProcessFill(Fill("t1", 0.5m)));
        Assert.Equal(OrderState.PartiallyFilled, order.State);
        Assert.True(_tracker.ProcessFill(Fill("t2", 1.5m)));

        Assert.Equal(OrderState.Filled, order.State);
        Assert.Equal(2m, order.FilledAmount);
        Assert.Equal(0m, order.RemainingAmount);
        Assert.Equal(2, _events.OfType<OrderFilledEvent>().Count());
        Assert.Single(_events.OfType<OrderCompletedEvent>());
        Assert.Empty(_tracker.ActiveOrders);
        Assert.Single(_tracker.RecentlyFinishedOrders);
    }

    [Fact]
    public void A_fill_with_a_trade_id_already_seen_is_ignored()
    {
        var order = _tracker.StartTracking(Request());
        _tracker.ProcessCreated("c1", "x1");
        Assert.True(_tracker.ProcessFill(Fill("t1", 0.5m)));
        Assert.False(_tracker.ProcessFill(Fill("t1", 0.5m)));

        Assert.Equal(0.5m, order.FilledAmount);
        Assert.Single(_events.OfType<OrderFilledEvent>());
    }

    [Fact]
    public void A_fill_found_by_exchange_order_id_alone_reaches_its_order()
    {
        var order = _tracker.StartTracking(Request());
        _tracker.ProcessCreated("c1", "x1");
        Assert.True(_tracker.ProcessFill(Fill("t1", 0.5m, id: "")));
        Assert.Equal(0.5m, order.FilledAmount);
        Assert.Equal("c1", _events.OfType<OrderFilledEvent>().Single().Fill.ClientOrderId);
    }

    [Fact]
    public void An_illegal_transition_is_ignored_and_published()
    {
        var order = _tracker.StartTracking(Request());
        _tracker.ProcessCreated("c1", "x1");
        _tracker.ProcessCancelled("c1");
        _tracker.ProcessFailed("c1", "rejected", "late reject");

        Assert.Equal(OrderState.Cancelled, order.State);
        var ignored = Assert.Single(_events.OfType<OrderTransitionIgnoredEvent>());
        Assert.Equal((OrderState.Cancelled, OrderState.Failed), (ignored.From, ignored.To));
        Assert.Empty(_events.OfType<OrderFailedEvent>());
        Assert.False(InFlightOrderTracker.IsAllowed(OrderState.Filled, OrderState.Open));
        Assert.True(InFlightOrderTracker.IsAllowed(OrderState.PendingCancel, OrderState.Filled));
    }

    [Fact]
    public void A_fill_that_arrives_after_the_cancel_is_applied_to_the_cancelled_order()
    {
        var order = _tracker.StartTracking(Request());
        _tracker.ProcessCreated("c1", "x1");
        _tracker.ProcessCancelRequested("c1");
        Assert.Equal(OrderState.PendingCancel, order.State);
        _tracker.ProcessCancelled("c1");
        _tracker.ProcessCancelled("c1");

        Assert.True(_tracker.ProcessFill(Fill("late", 0.7m)));
        Assert.Equal(OrderState.Cancelled, order.State);
        Assert.Equal(0.7m, order.FilledAmount);
        Assert.Single(_events.OfType<OrderCancelledEvent>());
        Assert.Single(_events.OfType<OrderFilledEvent>());
        Assert.Empty(_events.OfType<OrderTransitionIgnoredEvent>());
    }

    [Fact]
    public void A_cancel_rejected_returns_the_order_to_working()
    {
        var order = _tracker.StartTracking(Request());
        _tracker.ProcessCreated("c1", "x1");
        _tracker.ProcessFill(Fill("t1", 0.5m));
        _tracker.ProcessCancelRequested("c1");
        _tracker.ProcessCancelRejected("c1");
        Assert.Equal(OrderState.PartiallyFilled, order.State);
    }

    [Fact]
    public void An_order_not_found_three_times_in_a_row_is_declared_lost_but_kept_for_late_fills()
    {
        var order = _tracker.StartTracking(Request());
        _tracker.ProcessCreated("c1", "x1");
        Assert.False(_tracker.ProcessNotFound("c1"));
        Assert.False(_tracker.ProcessNotFound("c1"));
        Assert.True(_tracker.ProcessNotFound("c1"));
        Assert.False(_tracker.ProcessNotFound("c1"));

        Assert.True(order.IsLost);
        Assert.Equal(OrderState.Failed, order.State);
        Assert.Equal("lost", _events.OfType<OrderFailedEvent>().Single().Reason);
        Assert.True(_tracker.ProcessFill(Fill("t9", 2m)));
        Assert.Equal(2m, order.FilledAmount);
    }

    [Fact]
    public void A_found_answer_resets_the_not_found_count()
    {
        var order = _tracker.StartTracking(Request());
        _tracker.ProcessCreated("c1", "x1");
        _tracker.ProcessNotFound("c1");
        _tracker.ProcessNotFound("c1");
        _tracker.ProcessStatus(new OrderStatusUpdate("c1", "x1", OrderState.Open));
        Assert.False(_tracker.ProcessNotFound("c1"));
        Assert.False(order.IsLost);
        Assert.Equal(OrderState.Open, order.State);
    }

    [Fact]
    public void Finished_orders_are_pruned_after_the_retention()
    {
        _tracker.StartTracking(Request());
        _tracker.ProcessCreated("c1", "x1");
        _tracker.ProcessCancelled("c1");
        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, _tracker.PruneFinished());
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, _tracker.PruneFinished());
        Assert.False(_tracker.TryGetOrder("c1", out _));
        Assert.False(_tracker.ProcessFill(Fill("t1", 1m)));
    }

    [Fact]
    public void Status_reports_drive_the_state_but_never_the_filled_amount()
    {
        var order = _tracker.StartTracking(Request());
        _tracker.ProcessStatus(new OrderStatusUpdate(null, "x1", OrderState.Open));
        Assert.Equal(OrderState.PendingCreate, order.State);

        _tracker.ProcessStatus(new OrderStatusUpdate("c1", "x1", OrderState.PartiallyFilled));
        Assert.Equal(OrderState.Open, order.State);
        Assert.Equal(0m, order.FilledAmount);

        _tracker.ProcessStatus(new OrderStatusUpdate(null, "x1", OrderState.Failed, "risk_control"));
        Assert.Equal(OrderState.Failed, order.State);
        Assert.Equal("risk_control", order.FailureReason);
    }
}
