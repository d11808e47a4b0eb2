using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Orders;

/// <summary>An order intent with its client order id; the id makes placing idempotent.</summary>
/// <param name="ClientOrderId">Unique id chosen by the bot (see <see cref="ClientOrderIds"/>).</param>
/// <param name="Pair">Trading pair.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="OrderType">Limit, post-only or market.</param>
/// <param name="Amount">Size in base. For a market buy the connector converts it to quote where the exchange needs that.</param>
/// <param name="Price">Limit price; for market orders null (or a reference price for checks).</param>
/// <param name="TimeInForce">Time in force for limit orders.</param>
public sealed record OrderRequest(
    string ClientOrderId,
    TradingPair Pair,
    TradeSide Side,
    OrderType OrderType,
    decimal Amount,
    decimal? Price,
    TimeInForce TimeInForce = TimeInForce.GoodTillCancel);
