using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Results;

/// <summary>24-hour ticker of a symbol.</summary>
/// <param name="Symbol">Bitget symbol.</param>
/// <param name="LastPrice">Last trade price.</param>
/// <param name="BidPrice">Best bid, when any.</param>
/// <param name="AskPrice">Best ask, when any.</param>
/// <param name="BaseVolume">24-hour volume in base.</param>
/// <param name="QuoteVolume">24-hour volume in quote.</param>
/// <param name="Timestamp">Exchange time of the ticker.</param>
public sealed record BitgetTicker(string Symbol, decimal LastPrice, decimal? BidPrice, decimal? AskPrice, decimal BaseVolume, decimal QuoteVolume, DateTimeOffset Timestamp);
