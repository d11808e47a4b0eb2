namespace Hbot.Sdk.Markets;

/// <summary>A public trade print from a market data source.</summary>
/// <param name="Pair">Trading pair.</param>
/// <param name="TakerSide">Side of the aggressor: a buy trades through asks, a sell through bids.</param>
/// <param name="Price">Trade price.</param>
/// <param name="Amount">Trade size in base.</param>
/// <param name="Timestamp">Trade time.</param>
public sealed record PublicTrade(TradingPair Pair, TradeSide TakerSide, decimal Price, decimal Amount, DateTimeOffset Timestamp);
