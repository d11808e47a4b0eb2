using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;

namespace Hbot.Sdk.Persistence;

/// <summary>An order as recorded in the trade store.</summary>
/// <param name="ClientOrderId">Client order id.</param>
/// <param name="ExchangeOrderId">Exchange order id, when known.</param>
/// <param name="Exchange">Connector name.</param>
/// <param name="Pair">Trading pair.</param>
/// <param name="Side">Side.</param>
/// <param name="OrderType">Order type, when known (null for orders that failed before being accepted).</param>
/// <param name="Price">Limit price, when known.</param>
/// <param name="Amount">Size in base, when known.</param>
/// <param name="State">Last recorded state.</param>
/// <param name="CreatedAt">When the order was first recorded.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Reason">Why it failed or was closed, when it did.</param>
public sealed record StoredOrder(
    string ClientOrderId, string? ExchangeOrderId, string Exchange, TradingPair Pair, TradeSide Side, OrderType? OrderType,
    decimal? Price, decimal? Amount, OrderState State, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? Reason);
