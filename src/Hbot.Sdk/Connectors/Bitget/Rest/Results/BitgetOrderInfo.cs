using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Results;

/// <summary>An order as the exchange reports it (either family).</summary>
/// <param name="Symbol">Bitget symbol.</param>
/// <param name="OrderId">Exchange order id.</param>
/// <param name="ClientOrderId">Client order id, when one was given.</param>
/// <param name="Side">Side.</param>
/// <param name="OrderType">Bitget order type text (<c>limit</c>, <c>market</c>).</param>
/// <param name="TimeInForce">Bitget time-in-force text (<c>gtc</c>, <c>post_only</c> ...), when reported.</param>
/// <param name="Price">Limit price (0 for market orders).</param>
/// <param name="Size">Ordered size (quote amount for market buys).</param>
/// <param name="FilledSize">Executed base size.</param>
/// <param name="FilledQuote">Executed quote value.</param>
/// <param name="Status">Bitget status text as received.</param>
/// <param name="CreatedAt">Creation time.</param>
public sealed record BitgetOrderInfo(
    string Symbol, string OrderId, string? ClientOrderId, TradeSide Side, string OrderType, string? TimeInForce,
    decimal Price, decimal Size, decimal FilledSize, decimal FilledQuote, string Status, DateTimeOffset CreatedAt)
{
    /// <summary>The mapped state, or null for a status never seen before.</summary>
    public OrderState? State => Bitget.Orders.BitgetOrderStatus.TryMap(Status, out var s) ? s : null;
}
