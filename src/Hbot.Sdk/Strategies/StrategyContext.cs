using Hbot.Sdk.Configuration;
using Hbot.Sdk.Connectors;
using Hbot.Sdk.Events;
using Hbot.Sdk.Risk;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Strategies;

/// <summary>Everything a <see cref="StrategyBase"/> works with; the host builds one per bot.</summary>
/// <param name="Config">The validated strategy config.</param>
/// <param name="Connector">The exchange connector (reads only: orders go through <paramref name="Risk"/>).</param>
/// <param name="Risk">The risk guard every order passes.</param>
/// <param name="Pnl">The PnL tracker of the traded pair (fed by fills on <paramref name="Events"/>).</param>
/// <param name="Events">The bot's event stream.</param>
/// <param name="Time">The bot's clock.</param>
/// <param name="LoggerFactory">Creates the strategy's logger.</param>
public sealed record StrategyContext(
    StrategyConfig Config,
    IExchangeConnector Connector,
    RiskGuard Risk,
    PnlTracker Pnl,
    TradingEventStream Events,
    TimeProvider Time,
    ILoggerFactory LoggerFactory);
