using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Hosting;

/// <summary>Who the running bot is: used for logs, metric labels and the trade store.</summary>
/// <param name="Name">Bot name (<c>--name</c>, else <c>HBOT_BOT_NAME</c>, else the config file name without extension).</param>
/// <param name="Strategy">Strategy config name, for example <c>pure_market_making</c>.</param>
/// <param name="Exchange">Exchange the bot trades on, for example <c>paper</c> or <c>bitget</c>.</param>
/// <param name="TradingPair">The pair the strategy trades.</param>
/// <param name="Version">Version of the bot application.</param>
public sealed record BotIdentity(string Name, string Strategy, string Exchange, TradingPair TradingPair, string Version);
