using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Results;

/// <summary>An order to place, already quantized.</summary>
/// <param name="Symbol">Bitget symbol.</param>
/// <param name="Side">Side.</param>
/// <param name="OrderType">Limit, post-only (limit maker) or market.</param>
/// <param name="Size">Base size; for a market buy the quote amount to spend (Bitget's rule).</param>
/// <param name="Price">Limit price (null for market orders).</param>
/// <param name="ClientOrderId">Client order id (always sent, so a lost answer can be checked).</param>
/// <param name="TimeInForce">Time in force for limit orders.</param>
public sealed record BitgetNewOrder(string Symbol, TradeSide Side, OrderType OrderType, decimal Size, decimal? Price, string ClientOrderId,
    TimeInForce TimeInForce = TimeInForce.GoodTillCancel)
{
    /// <summary>Bitget's time-in-force text: <c>post_only</c> for limit makers, else gtc/ioc/fok.</summary>
    public string ForceText => OrderType == OrderType.LimitMaker ? "post_only" : TimeInForce switch
    {
        TimeInForce.ImmediateOrCancel => "ioc",
        TimeInForce.FillOrKill => "fok",
        _ => "gtc",
    };

    /// <summary>Bitget's order type text.</summary>
    public string TypeText => OrderType == OrderType.Market ? "market" : "limit";

    /// <summary>Bitget's side text.</summary>
    public string SideText => Side == TradeSide.Buy ? "buy" : "sell";
}
