namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>The latest ticker push of a symbol.</summary>
/// <param name="LastPrice">Last trade price.</param>
/// <param name="BidPrice">Best bid.</param>
/// <param name="AskPrice">Best ask.</param>
/// <param name="Timestamp">When it was received.</param>
public sealed record BitgetTickerState(decimal LastPrice, decimal? BidPrice, decimal? AskPrice, DateTimeOffset Timestamp);
