namespace Hbot.Sdk.Events;

/// <summary>The trade store committed rows.</summary>
/// <param name="Timestamp">When the commit finished.</param>
/// <param name="Table">Bounded table name: <c>orders</c>, <c>fills</c>, <c>balances</c>.</param>
/// <param name="Rows">Rows written.</param>
public sealed record TradeStoreWrittenEvent(DateTimeOffset Timestamp, string Table, int Rows) : TradingEvent(Timestamp);
