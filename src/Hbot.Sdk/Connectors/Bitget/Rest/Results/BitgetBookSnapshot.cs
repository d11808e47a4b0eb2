using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Results;

/// <summary>An order book read over REST.</summary>
/// <param name="Symbol">Bitget symbol.</param>
/// <param name="Bids">Bids, best first.</param>
/// <param name="Asks">Asks, best first.</param>
/// <param name="Timestamp">Exchange time.</param>
public sealed record BitgetBookSnapshot(string Symbol, IReadOnlyList<OrderBookLevel> Bids, IReadOnlyList<OrderBookLevel> Asks, DateTimeOffset Timestamp);
