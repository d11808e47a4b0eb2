using Hbot.Sdk.Configuration;

namespace Hbot.Sdk.Hosting;

/// <summary>One run's resolved options and config, registered in the bot's services.</summary>
internal sealed record BotSession(RunOptions Options, StrategyConfig Config, BotIdentity Identity, TextWriter Output);
