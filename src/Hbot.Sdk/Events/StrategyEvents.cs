using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Events;

/// <summary>The bot started: identity for the info metric and dashboards.</summary>
public sealed record BotStartedEvent(
    DateTimeOffset Timestamp, string Bot, string Strategy, string Exchange, TradingPair Pair, string Version,
    TimeSpan TickInterval, TimeSpan? OrderRefreshTime) : TradingEvent(Timestamp);

/// <summary>One strategy tick finished.</summary>
public sealed record StrategyTickedEvent(DateTimeOffset Timestamp, string Strategy, TimeSpan Duration) : TradingEvent(Timestamp);

/// <summary>The strategy started or stopped running.</summary>
public sealed record StrategyStateChangedEvent(DateTimeOffset Timestamp, string Strategy, bool Running, string Reason) : TradingEvent(Timestamp);

/// <summary>The risk guard refused an order intent.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Pair">Trading pair.</param>
/// <param name="Reason">Bounded reason code, for example <c>max_order_size</c>.</param>
/// <param name="Message">Human detail.</param>
public sealed record RiskRefusalEvent(DateTimeOffset Timestamp, TradingPair Pair, string Reason, string Message) : TradingEvent(Timestamp);

/// <summary>The kill switch tripped: all orders are cancelled and the strategy stops.</summary>
public sealed record KillSwitchTrippedEvent(DateTimeOffset Timestamp, string Reason, string Message) : TradingEvent(Timestamp);

/// <summary>Current risk usage, published on every tick for dashboards and alerts.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="DailyLossQuote">Loss since the start of the UTC day in quote (positive = loss).</param>
/// <param name="MaxDailyLossQuote">Configured daily loss limit in quote (0 = none).</param>
/// <param name="KillSwitchActive">Whether the kill switch is tripped.</param>
public sealed record RiskStateEvent(DateTimeOffset Timestamp, decimal DailyLossQuote, decimal MaxDailyLossQuote, bool KillSwitchActive) : TradingEvent(Timestamp);

/// <summary>Portfolio valuation, published on every tick.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Exchange">Connector name.</param>
/// <param name="Pair">Trading pair valued.</param>
/// <param name="MidPrice">Mid price used.</param>
/// <param name="Spread">Relative spread of the book (ask-bid)/mid.</param>
/// <param name="PortfolioValueQuote">Base valued at mid plus quote.</param>
/// <param name="BaseRatio">Share of value held in base, 0 to 1.</param>
/// <param name="TargetBaseRatio">Target base share of the strategy, when it has one.</param>
/// <param name="RealizedPnlQuote">Realized PnL in quote.</param>
/// <param name="UnrealizedPnlQuote">Unrealized PnL in quote.</param>
public sealed record PortfolioValuedEvent(
    DateTimeOffset Timestamp, string Exchange, TradingPair Pair, decimal MidPrice, decimal Spread, decimal PortfolioValueQuote,
    decimal BaseRatio, decimal? TargetBaseRatio, decimal RealizedPnlQuote, decimal UnrealizedPnlQuote) : TradingEvent(Timestamp);
