using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hbot.Sdk.Orders;

/// <summary>
/// Owns the state of every order a connector placed, keyed by client order id. Every update is idempotent:
/// a repeated creation, status or fill (same trade id) changes nothing. An illegal transition is logged and
/// ignored. Finished orders are kept for <see cref="InFlightOrderTrackerOptions.FinishedOrderRetention"/> so that
/// late fills still find their order, and an order the exchange repeatedly reports as not found is declared lost.
/// </summary>
public sealed class InFlightOrderTracker
{
    private readonly string _exchange;
    private readonly TradingEventStream _events;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly InFlightOrderTrackerOptions _options;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, InFlightOrder> _active = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InFlightOrder> _finished = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byExchangeId = new(StringComparer.Ordinal);
    private readonly List<TradingEvent> _ignored = [];
    private long _tracked;

    /// <summary>Creates a tracker for one connector.</summary>
    public InFlightOrderTracker(string exchange, TradingEventStream events, TimeProvider time, ILogger? logger = null, InFlightOrderTrackerOptions? options = null)
    {
        _exchange = exchange;
        _events = events;
        _time = time;
        _logger = logger ?? NullLogger.Instance;
        _options = options ?? new InFlightOrderTrackerOptions();
    }

    /// <summary>Orders that are not terminal, oldest first.</summary>
    public IReadOnlyList<InFlightOrder> ActiveOrders
    {
        get { lock (_gate) return _active.Values.OrderBy(o => o.CreatedAt).ThenBy(o => o.TrackingNumber).ToArray(); }
    }

    /// <summary>Recently finished orders still kept for late fills.</summary>
    public IReadOnlyList<InFlightOrder> RecentlyFinishedOrders
    {
        get { lock (_gate) return _finished.Values.OrderBy(o => o.CreatedAt).ThenBy(o => o.TrackingNumber).ToArray(); }
    }

    /// <summary>
    /// Starts tracking an order in <see cref="OrderState.PendingCreate"/>. Tracking the same client id twice
    /// returns the existing order unchanged.
    /// </summary>
    public InFlightOrder StartTracking(OrderRequest request)
    {
        lock (_gate)
        {
            if (TryFind(request.ClientOrderId, out var existing)) return existing;
            var order = new InFlightOrder(request, _time.GetUtcNow()) { TrackingNumber = ++_tracked };
            _active[request.ClientOrderId] = order;
            return order;
        }
    }

    /// <summary>Adopts an order found on the exchange (for example at start-up) that the tracker does not know.</summary>
    public InFlightOrder Adopt(OrderRequest request, string exchangeOrderId, OrderState state, decimal filledAmount, DateTimeOffset createdAt)
    {
        lock (_gate)
        {
            if (TryFind(request.ClientOrderId, out var existing)) return existing;
            var order = new InFlightOrder(request, createdAt) { ExchangeOrderId = exchangeOrderId, State = state, FilledAmount = filledAmount, TrackingNumber = ++_tracked };
            if (request.Price is { } p) order.FilledQuote = filledAmount * p;
            _byExchangeId[exchangeOrderId] = request.ClientOrderId;
            (state.IsTerminal() ? _finished : _active)[request.ClientOrderId] = order;
            return order;
        }
    }

    /// <summary>Finds an active or recently finished order by client order id.</summary>
    public bool TryGetOrder(string clientOrderId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InFlightOrder? order)
    {
        lock (_gate)
        {
            var found = TryFind(clientOrderId, out var o);
            order = o;
            return found;
        }
    }

    /// <summary>Finds an active or recently finished order by the exchange's order id.</summary>
    public bool TryGetByExchangeOrderId(string exchangeOrderId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InFlightOrder? order)
    {
        lock (_gate)
        {
            order = null;
            return _byExchangeId.TryGetValue(exchangeOrderId, out var id) && TryFind(id, out order);
        }
    }

    /// <summary>The exchange accepted the order. Publishes <see cref="OrderCreatedEvent"/> once.</summary>
    public void ProcessCreated(string clientOrderId, string? exchangeOrderId)
    {
        try
        {
            OrderCreatedEvent? created = null;
            lock (_gate)
            {
                if (!TryFind(clientOrderId, out var order)) { LogUnknown(clientOrderId, "created"); return; }
                SetExchangeId(order, exchangeOrderId);
                order.NotFoundCount = 0;
                if (order.State != OrderState.PendingCreate) return;
                Transition(order, OrderState.Open);
                created = CreatedEvent(order);
            }
            _events.Publish(created);
        }
        finally
        {
            PublishIgnored();
        }
    }

    /// <summary>
    /// Applies a status report. Fill amounts are not taken from status reports; fills arrive through
    /// <see cref="ProcessFill"/> so that each is counted exactly once.
    /// </summary>
    public void ProcessStatus(OrderStatusUpdate update)
    {
        var id = ResolveId(update.ClientOrderId, update.ExchangeOrderId);
        if (id is null) { LogUnknown(update.ClientOrderId ?? update.ExchangeOrderId ?? "?", update.State.ToString()); return; }
        switch (update.State)
        {
            case OrderState.Open:
            case OrderState.PartiallyFilled:
                ProcessCreated(id, update.ExchangeOrderId);
                break;
            case OrderState.PendingCancel:
                ProcessCancelRequested(id);
                break;
            case OrderState.Cancelled:
                ProcessCancelled(id);
                break;
            case OrderState.Failed:
                ProcessFailed(id, update.FailureReason ?? "rejected", update.FailureReason ?? "rejected by the exchange");
                break;
            case OrderState.Filled:
                // Filled is reached through fills; a status-only "filled" marks it so fills can be reconciled.
                ProcessCreated(id, update.ExchangeOrderId);
                break;
            case OrderState.PendingCreate:
                break;
        }
    }

    /// <summary>
    /// Applies a fill. A fill with a trade id already seen is ignored and false is returned. Publishes
    /// <see cref="OrderFilledEvent"/>, and <see cref="OrderCompletedEvent"/> when the order becomes fully filled.
    /// Late fills on finished orders are applied too.
    /// </summary>
    public bool ProcessFill(TradeFill fill)
    {
        try
        {
            var events = new List<TradingEvent>(2);
            lock (_gate)
            {
                var id = ResolveId(fill.ClientOrderId, fill.ExchangeOrderId);
                if (id is null || !TryFind(id, out var order)) { LogUnknown(fill.ClientOrderId, "fill " + fill.TradeId); return false; }
                if (order.HasTrade(fill.TradeId)) return false;
                SetExchangeId(order, fill.ExchangeOrderId);
                // A fill can overtake the acknowledgment (taker orders, socket order): the fill acknowledges the order.
                if (order.State == OrderState.PendingCreate) events.Add(CreatedEvent(order));
                order.AddFill(fill with { ClientOrderId = order.ClientOrderId });
                order.LastUpdate = _time.GetUtcNow();
                order.NotFoundCount = 0;
                events.Add(new OrderFilledEvent(fill.Timestamp, _exchange, order.Request.OrderType, fill with { ClientOrderId = order.ClientOrderId }));
                if (!order.State.IsTerminal() || order.State == OrderState.Cancelled)
                {
                    var complete = order.FilledAmount >= order.Amount;
                    if (complete && order.State != OrderState.Filled && !order.State.IsTerminal())
                    {
                        Transition(order, OrderState.Filled);
                        events.Add(new OrderCompletedEvent(fill.Timestamp, _exchange, order.Pair, order.ClientOrderId, order.Side,
                            order.Request.OrderType, order.FilledAmount, order.AverageFillPrice ?? fill.Price, order.CreatedAt));
                    }
                    else if (!complete && order.State is OrderState.PendingCreate or OrderState.Open)
                    {
                        Transition(order, OrderState.PartiallyFilled);
                    }
                }
            }
            foreach (var e in events) _events.Publish(e);
            return true;
        }
        finally
        {
            PublishIgnored();
        }
    }

    private OrderCreatedEvent CreatedEvent(InFlightOrder o) =>
        new(_time.GetUtcNow(), _exchange, o.Pair, o.ClientOrderId, o.ExchangeOrderId, o.Side, o.Request.OrderType, o.Price ?? 0m, o.Amount);

    /// <summary>A cancel was sent.</summary>
    public void ProcessCancelRequested(string clientOrderId)
    {
        try
        {
            lock (_gate)
            {
                if (!TryFind(clientOrderId, out var order)) { LogUnknown(clientOrderId, "cancel requested"); return; }
                if (order.State is OrderState.PendingCancel) return;
                Transition(order, OrderState.PendingCancel);
            }
        }
        finally
        {
            PublishIgnored();
        }
    }

    /// <summary>A cancel was refused because the order still works: back to open or partially filled.</summary>
    public void ProcessCancelRejected(string clientOrderId)
    {
        try
        {
            lock (_gate)
            {
                if (!TryFind(clientOrderId, out var order) || order.State != OrderState.PendingCancel) return;
                Transition(order, order.FilledAmount > 0 ? OrderState.PartiallyFilled : OrderState.Open);
            }
        }
        finally
        {
            PublishIgnored();
        }
    }

    /// <summary>The exchange confirmed the cancel. Publishes <see cref="OrderCancelledEvent"/> once.</summary>
    public void ProcessCancelled(string clientOrderId)
    {
        try
        {
            OrderCancelledEvent? cancelled = null;
            lock (_gate)
            {
                if (!TryFind(clientOrderId, out var order)) { LogUnknown(clientOrderId, "cancelled"); return; }
                if (order.State == OrderState.Cancelled) return;
                if (!Transition(order, OrderState.Cancelled)) return;
                cancelled = new OrderCancelledEvent(_time.GetUtcNow(), _exchange, order.Pair, order.ClientOrderId, order.Side);
            }
            _events.Publish(cancelled);
        }
        finally
        {
            PublishIgnored();
        }
    }

    /// <summary>The order failed. Publishes <see cref="OrderFailedEvent"/> once.</summary>
    /// <param name="clientOrderId">Client order id.</param>
    /// <param name="reason">Bounded reason code for metrics.</param>
    /// <param name="message">Human detail.</param>
    public void ProcessFailed(string clientOrderId, string reason, string message)
    {
        try
        {
            OrderFailedEvent? failed = null;
            lock (_gate)
            {
                if (!TryFind(clientOrderId, out var order)) { LogUnknown(clientOrderId, "failed"); return; }
                if (order.State == OrderState.Failed) return;
                if (!Transition(order, OrderState.Failed)) return;
                order.FailureReason = reason;
                failed = new OrderFailedEvent(_time.GetUtcNow(), _exchange, order.Pair, order.ClientOrderId, order.Side, reason, message);
            }
            _logger.LogWarning("Order {ClientOrderId} failed ({Reason}): {Message}", clientOrderId, reason, message);
            _events.Publish(failed);
        }
        finally
        {
            PublishIgnored();
        }
    }

    /// <summary>
    /// The exchange reports the order completely executed with <paramref name="executedAmount"/> base. Once the fills
    /// received add up to that amount the order becomes <see cref="OrderState.Filled"/>, even below the ordered amount
    /// (market orders sized in quote execute a base amount known only afterwards). Publishes
    /// <see cref="OrderCompletedEvent"/> and returns true when it completed now; false while fills are still missing.
    /// </summary>
    public bool ProcessFullyExecuted(string clientOrderId, decimal executedAmount)
    {
        try
        {
            OrderCompletedEvent? completed = null;
            lock (_gate)
            {
                if (!TryFind(clientOrderId, out var order) || order.State.IsTerminal()) return false;
                if (order.FilledAmount <= 0 || order.FilledAmount < executedAmount) return false;
                if (!Transition(order, OrderState.Filled)) return false;
                completed = new OrderCompletedEvent(_time.GetUtcNow(), _exchange, order.Pair, order.ClientOrderId, order.Side,
                    order.Request.OrderType, order.FilledAmount, order.AverageFillPrice ?? 0m, order.CreatedAt);
            }
            _events.Publish(completed);
            return true;
        }
        finally
        {
            PublishIgnored();
        }
    }

    /// <summary>
    /// The exchange answered "order not found". After <see cref="InFlightOrderTrackerOptions.NotFoundLimit"/> consecutive
    /// answers the order is declared lost (failed with reason <c>lost</c>) but kept for late fills. Returns true when it was declared lost now.
    /// </summary>
    public bool ProcessNotFound(string clientOrderId)
    {
        lock (_gate)
        {
            if (!TryFind(clientOrderId, out var order) || order.State.IsTerminal()) return false;
            order.NotFoundCount++;
            if (order.NotFoundCount < _options.NotFoundLimit) return false;
            order.IsLost = true;
        }
        ProcessFailed(clientOrderId, "lost", $"the exchange reported the order as not found {_options.NotFoundLimit} times");
        return true;
    }

    /// <summary>Drops finished orders older than the retention; call periodically.</summary>
    public int PruneFinished()
    {
        lock (_gate)
        {
            var cutoff = _time.GetUtcNow() - _options.FinishedOrderRetention;
            var old = _finished.Values.Where(o => o.LastUpdate < cutoff).ToArray();
            foreach (var o in old)
            {
                _finished.Remove(o.ClientOrderId);
                if (o.ExchangeOrderId is { } x) _byExchangeId.Remove(x);
            }
            return old.Length;
        }
    }

    private void PublishIgnored()
    {
        TradingEvent[] pending;
        lock (_gate)
        {
            if (_ignored.Count == 0) return;
            pending = [.. _ignored];
            _ignored.Clear();
        }
        foreach (var e in pending) _events.Publish(e);
    }

    private bool Transition(InFlightOrder order, OrderState to)
    {
        var from = order.State;
        if (!IsAllowed(from, to))
        {
            _logger.LogWarning("Ignored illegal order transition {ClientOrderId}: {From} -> {To}", order.ClientOrderId, from, to);
            // Published by PublishIgnored once the lock is released: observers never run under the tracker's lock.
            _ignored.Add(new OrderTransitionIgnoredEvent(_time.GetUtcNow(), _exchange, order.ClientOrderId, from, to));
            return false;
        }
        order.State = to;
        order.LastUpdate = _time.GetUtcNow();
        if (to.IsTerminal() && _active.Remove(order.ClientOrderId)) _finished[order.ClientOrderId] = order;
        return true;
    }

    /// <summary>The legal transitions of the order state machine.</summary>
    public static bool IsAllowed(OrderState from, OrderState to) => (from, to) switch
    {
        (OrderState.PendingCreate, not OrderState.PendingCreate) => true,
        (OrderState.Open, OrderState.PartiallyFilled or OrderState.Filled or OrderState.PendingCancel or OrderState.Cancelled or OrderState.Failed) => true,
        (OrderState.PartiallyFilled, OrderState.Filled or OrderState.PendingCancel or OrderState.Cancelled or OrderState.Failed) => true,
        (OrderState.PendingCancel, OrderState.Cancelled or OrderState.Filled or OrderState.Open or OrderState.PartiallyFilled or OrderState.Failed) => true,
        _ => false,
    };

    private bool TryFind(string clientOrderId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InFlightOrder? order) =>
        _active.TryGetValue(clientOrderId, out order) || _finished.TryGetValue(clientOrderId, out order);

    private string? ResolveId(string? clientOrderId, string? exchangeOrderId)
    {
        lock (_gate)
        {
            if (!string.IsNullOrEmpty(clientOrderId) && TryFind(clientOrderId, out _)) return clientOrderId;
            if (!string.IsNullOrEmpty(exchangeOrderId) && _byExchangeId.TryGetValue(exchangeOrderId, out var id)) return id;
            return null;
        }
    }

    private void SetExchangeId(InFlightOrder order, string? exchangeOrderId)
    {
        if (string.IsNullOrEmpty(exchangeOrderId) || order.ExchangeOrderId == exchangeOrderId) return;
        order.ExchangeOrderId = exchangeOrderId;
        _byExchangeId[exchangeOrderId] = order.ClientOrderId;
    }

    private void LogUnknown(string id, string what) =>
        _logger.LogDebug("Update for unknown order {Id} ignored: {What}", id, what);
}
