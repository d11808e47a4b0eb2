using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;

namespace Hbot.Sdk.Events;

/// <summary>An order was accepted by the exchange (or the paper exchange).</summary>
public sealed record OrderCreatedEvent(
    DateTimeOffset Timestamp, string Exchange, TradingPair Pair, string ClientOrderId, string? ExchangeOrderId,
    TradeSide Side, OrderType OrderType, decimal Price, decimal Amount) : TradingEvent(Timestamp);

/// <summary>Part or all of an order executed. One event per fill (trade id), never repeated.</summary>
public sealed record OrderFilledEvent(
    DateTimeOffset Timestamp, string Exchange, OrderType OrderType, TradeFill Fill) : TradingEvent(Timestamp);

/// <summary>An order is completely filled.</summary>
/// <param name="Timestamp">When the last fill happened.</param>
/// <param name="Exchange">Connector name.</param>
/// <param name="Pair">Trading pair.</param>
/// <param name="ClientOrderId">Client order id.</param>
/// <param name="Side">Order side.</param>
/// <param name="OrderType">Order type.</param>
/// <param name="Amount">Total executed size in base.</param>
/// <param name="AveragePrice">Volume-weighted execution price.</param>
/// <param name="CreatedAt">When the order was created, for order-to-fill latency.</param>
public sealed record OrderCompletedEvent(
    DateTimeOffset Timestamp, string Exchange, TradingPair Pair, string ClientOrderId, TradeSide Side, OrderType OrderType,
    decimal Amount, decimal AveragePrice, DateTimeOffset CreatedAt) : TradingEvent(Timestamp);

/// <summary>An order was cancelled (any unfilled remainder is released).</summary>
public sealed record OrderCancelledEvent(
    DateTimeOffset Timestamp, string Exchange, TradingPair Pair, string ClientOrderId, TradeSide Side) : TradingEvent(Timestamp);

/// <summary>An order failed: rejected, refused by trading rules, or lost after repeated not-found answers.</summary>
/// <param name="Timestamp">When it failed.</param>
/// <param name="Exchange">Connector name.</param>
/// <param name="Pair">Trading pair.</param>
/// <param name="ClientOrderId">Client order id.</param>
/// <param name="Side">Order side.</param>
/// <param name="Reason">A bounded reason code (for example <c>insufficient_balance</c>, <c>post_only_would_take</c>, <c>lost</c>) used as a metric label.</param>
/// <param name="Message">Human detail for logs.</param>
public sealed record OrderFailedEvent(
    DateTimeOffset Timestamp, string Exchange, TradingPair Pair, string ClientOrderId, TradeSide Side,
    string Reason, string Message) : TradingEvent(Timestamp);

/// <summary>The order tracker ignored an illegal state transition (logged, never fatal).</summary>
public sealed record OrderTransitionIgnoredEvent(
    DateTimeOffset Timestamp, string Exchange, string ClientOrderId, OrderState From, OrderState To) : TradingEvent(Timestamp);
