using Hbot.Sdk.Configuration;
using Hbot.Sdk.Events;

namespace Hbot.Sdk.Connectors;

/// <summary>What a connector factory gets to build a connector for one bot.</summary>
/// <param name="Config">The validated strategy config (exchange, pair, <c>paper</c> flag, <c>paper_exchange</c> section).</param>
/// <param name="Services">The bot's service provider (options, loggers, HTTP clients).</param>
/// <param name="DataDirectory">The bot's data folder (trade store, connector state); it exists.</param>
/// <param name="Events">The bot's one event stream.</param>
/// <param name="Time">The bot's clock.</param>
public sealed record ConnectorContext(
    StrategyConfig Config,
    IServiceProvider Services,
    string DataDirectory,
    TradingEventStream Events,
    TimeProvider Time);
