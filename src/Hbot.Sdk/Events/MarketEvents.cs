using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Events;

/// <summary>A balance changed.</summary>
public sealed record BalanceChangedEvent(DateTimeOffset Timestamp, string Exchange, Balance Balance) : TradingEvent(Timestamp);

/// <summary>The order book of a pair changed (published at most once per applied message).</summary>
public sealed record OrderBookUpdatedEvent(
    DateTimeOffset Timestamp, string Exchange, TradingPair Pair, decimal? BestBid, decimal? BestAsk) : TradingEvent(Timestamp);

/// <summary>A local book was discarded and must be rebuilt from a new snapshot.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Exchange">Connector name.</param>
/// <param name="Pair">Trading pair.</param>
/// <param name="Reason">Bounded reason: <c>sequence_gap</c>, <c>checksum_mismatch</c>, <c>crossed</c>, <c>reconnect</c>.</param>
public sealed record OrderBookResyncEvent(DateTimeOffset Timestamp, string Exchange, TradingPair Pair, string Reason) : TradingEvent(Timestamp);

/// <summary>A public trade print.</summary>
public sealed record PublicTradeEvent(
    DateTimeOffset Timestamp, string Exchange, TradingPair Pair, TradeSide TakerSide, decimal Price, decimal Amount) : TradingEvent(Timestamp);
