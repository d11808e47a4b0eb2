using System.CommandLine;
using Hbot.Sdk.Connectors;
using Hbot.Sdk.Connectors.Bitget.Hosting;
using Hbot.Sdk.Paper;
using Hbot.Sdk.Strategies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Hosting;

/// <summary>
/// Configures an Hbot application: services (connector factories, strategies, observers), logging, extra commands
/// and the config used when no command is given. Create with <see cref="HbotApplication.CreateBuilder"/>.
/// </summary>
public sealed class HbotApplicationBuilder
{
    internal HbotApplicationBuilder(string[] args)
    {
        Args = args;
        Services = new ServiceCollection();
        Logging = new HbotLoggingBuilder(Services);
        Services.AddSingleton<IExchangeConnectorFactory, PaperExchangeConnectorFactory>();
        Services.AddStrategy<PureMarketMakingStrategy, PureMarketMakingParameters>(PureMarketMakingStrategy.ConfigName);
        Services.AddBitgetSpot();
        Commands.Add(BitgetConnectCommand.Create());
    }

    /// <summary>The command-line arguments.</summary>
    public IReadOnlyList<string> Args { get; }

    /// <summary>
    /// Services of every bot this application runs: add <c>IExchangeConnectorFactory</c>s, strategies
    /// (<c>AddStrategy</c>), <c>ITradingEventObserver</c>s (subscribed to the event stream at start) and hosted services.
    /// </summary>
    public IServiceCollection Services { get; }

    /// <summary>Logging configuration (filters, extra providers); the console provider and its format are set by the host.</summary>
    public ILoggingBuilder Logging { get; }

    /// <summary>Extra top-level commands (for example <c>stack</c>, <c>connect</c>) next to the built-in <c>run</c>.</summary>
    public IList<Command> Commands { get; } = new List<Command>();

    /// <summary>The strategy file run when no command is given (relative paths resolve against the working folder, then the app folder).</summary>
    public string? DefaultConfigPath { get; set; }

    /// <summary>Builds the application.</summary>
    public HbotApplication Build() => new(this);
}
