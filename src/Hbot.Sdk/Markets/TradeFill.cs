namespace Hbot.Sdk.Markets;

/// <summary>One execution of (part of) an order.</summary>
/// <param name="ClientOrderId">The client order id of the order that filled.</param>
/// <param name="ExchangeOrderId">The exchange's order id, when known.</param>
/// <param name="TradeId">The exchange's trade id; fills are de-duplicated by it.</param>
/// <param name="Pair">The trading pair.</param>
/// <param name="Side">Side of the order that filled.</param>
/// <param name="Price">Execution price in quote.</param>
/// <param name="Amount">Executed size in base.</param>
/// <param name="FeeAsset">Asset the fee was charged in.</param>
/// <param name="FeeAmount">Fee amount in <paramref name="FeeAsset"/> (positive = paid).</param>
/// <param name="IsMaker">Whether the fill provided liquidity.</param>
/// <param name="Timestamp">Execution time.</param>
public sealed record TradeFill(
    string ClientOrderId,
    string? ExchangeOrderId,
    string TradeId,
    TradingPair Pair,
    TradeSide Side,
    decimal Price,
    decimal Amount,
    string FeeAsset,
    decimal FeeAmount,
    bool IsMaker,
    DateTimeOffset Timestamp)
{
    /// <summary>Executed value in quote.</summary>
    public decimal QuoteAmount => Price * Amount;
}
