using Hbot.Sdk.Configuration;
using Hbot.Sdk.Connectors;
using Hbot.Sdk.Events;
using Hbot.Sdk.Persistence;
using Hbot.Sdk.Risk;
using Hbot.Sdk.Strategies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Hbot.Sdk.Hosting;

/// <summary>Carries out <c>run</c>: resolves the options, validates the config, builds the host and runs it.</summary>
internal sealed class BotRunner(IServiceCollection services, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(string? configArgument, TimeSpan? duration, string? dataArgument, string? nameArgument,
        LogFormat? logFormatArgument, TimeSpan? statusInterval, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(configArgument))
        {
            await error.WriteLineAsync("No strategy config: pass --config FILE (for example conf/strategies/pmm_btc_usdt.yml).").ConfigureAwait(false);
            return HbotExitCodes.ConfigError;
        }
        var configPath = ResolveConfigPath(configArgument);
        if (configPath is null)
        {
            await error.WriteLineAsync($"Config file not found: {configArgument} (looked in {Environment.CurrentDirectory} and {AppContext.BaseDirectory}).").ConfigureAwait(false);
            return HbotExitCodes.ConfigError;
        }
        var logFormat = logFormatArgument ?? (HbotEnvironment.TryParseLogFormat(Environment.GetEnvironmentVariable(HbotEnvironment.LogFormat), out var f) ? f : LogFormat.Text);
        var name = FirstNonEmpty(nameArgument, Environment.GetEnvironmentVariable(HbotEnvironment.BotName)) ?? Path.GetFileNameWithoutExtension(configPath);
        var data = Path.GetFullPath(FirstNonEmpty(dataArgument, Environment.GetEnvironmentVariable(HbotEnvironment.DataDirectory)) ?? Path.Combine("data", name));
        var options = new RunOptions(configPath, duration, data, name, logFormat, statusInterval ?? TimeSpan.FromSeconds(10));

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        ConfigureLogging(builder.Logging, logFormat);
        foreach (var descriptor in services) builder.Services.Add(descriptor);
        AddBotServices(builder.Services);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        using var host = builder.Build();

        StrategyConfig config;
        try
        {
            var loader = new StrategyConfigLoader(host.Services.GetServices<StrategyDefinition>(),
                host.Services.GetServices<IExchangeConnectorFactory>().Select(factory => factory.Exchange));
            config = loader.Load(configPath);
        }
        catch (StrategyConfigException ex)
        {
            await error.WriteLineAsync($"Config refused: {configArgument}").ConfigureAwait(false);
            foreach (var e in ex.Errors) await error.WriteLineAsync("  " + e).ConfigureAwait(false);
            return HbotExitCodes.ConfigError;
        }
        var identity = new BotIdentity(name, config.Strategy, config.Exchange, config.TradingPair, HbotApplication.Version);
        host.Services.GetRequiredService<BotSessionHolder>().Session = new BotSession(options, config, identity, output);

        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Hbot.Sdk.Hosting");
        var mode = config.Paper && config.Exchange != "paper" ? " (paper)" : "";
        var stop = duration is { } d ? $"stops after {Duration.Format(d)}; Ctrl+C stops earlier" : "press Ctrl+C to stop";
        if (logFormat == LogFormat.Json)
        {
            // Plain lines would break line-per-object JSON output for log shippers.
            logger.LogInformation("Hbot {Version}: bot {Bot} running {Strategy} on {Exchange}{Mode} {Pair}; config {ConfigPath}; data {DataDirectory}; {Stop}",
                identity.Version, name, config.Strategy, config.Exchange, mode, config.TradingPair, configPath, data, stop);
        }
        else
        {
            await output.WriteLineAsync($"Hbot {identity.Version}: bot '{name}' running {config.Strategy} on {config.Exchange}{mode} {config.TradingPair}").ConfigureAwait(false);
            await output.WriteLineAsync($"  config: {configPath}").ConfigureAwait(false);
            await output.WriteLineAsync($"  data:   {data}").ConfigureAwait(false);
            await output.WriteLineAsync($"  {stop}").ConfigureAwait(false);
        }

        var service = host.Services.GetRequiredService<BotService>();
        try
        {
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogCritical(ex, "Bot {Bot} failed: {Message}", name, ex.Message);
            return HbotExitCodes.Failure;
        }
        return service.Failed ? HbotExitCodes.Failure : HbotExitCodes.Success;
    }

    private static void AddBotServices(IServiceCollection s)
    {
        s.TryAddSingleton(TimeProvider.System);
        s.TryAddSingleton<TradingEventStream>();
        s.AddSingleton<BotSessionHolder>();
        s.AddSingleton(sp => sp.GetRequiredService<BotSessionHolder>().Required);
        s.AddSingleton(sp => sp.GetRequiredService<BotSession>().Options);
        s.AddSingleton(sp => sp.GetRequiredService<BotSession>().Config);
        s.AddSingleton(sp => sp.GetRequiredService<BotSession>().Identity);
        s.AddSingleton(sp => sp.GetRequiredService<StrategyConfig>().Risk);
        s.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<StrategyConfig>();
            var factory = sp.GetServices<IExchangeConnectorFactory>().Last(f => f.Exchange == config.Exchange);
            var options = sp.GetRequiredService<RunOptions>();
            Directory.CreateDirectory(options.DataDirectory);
            return factory.Create(new ConnectorContext(config, sp, options.DataDirectory, sp.GetRequiredService<TradingEventStream>(), sp.GetRequiredService<TimeProvider>()));
        });
        s.AddSingleton(sp => new PnlTracker(sp.GetRequiredService<StrategyConfig>().TradingPair));
        s.AddSingleton<RiskGuard>();
        s.AddSingleton(sp => new StrategyContext(sp.GetRequiredService<StrategyConfig>(), sp.GetRequiredService<IExchangeConnector>(),
            sp.GetRequiredService<RiskGuard>(), sp.GetRequiredService<PnlTracker>(), sp.GetRequiredService<TradingEventStream>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        s.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<StrategyConfig>();
            var definition = sp.GetServices<StrategyDefinition>().Last(d => d.Name == config.Strategy);
            return (StrategyBase)ActivatorUtilities.CreateInstance(sp, definition.StrategyType, sp.GetRequiredService<StrategyContext>(), config.Parameters);
        });
        s.AddSingleton(sp => new TradeStore(Path.Combine(sp.GetRequiredService<RunOptions>().DataDirectory, TradeStore.FileName)));
        s.AddSingleton<TradeStoreWriter>();
        s.AddSingleton<BotService>();
        s.AddHostedService(sp => sp.GetRequiredService<BotService>());
    }

    private static void ConfigureLogging(ILoggingBuilder logging, LogFormat format)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        if (format == LogFormat.Json)
        {
            logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.IncludeScopes = true;
                o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
            });
        }
        else
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "HH:mm:ss ";
                o.ColorBehavior = LoggerColorBehavior.Disabled;
            });
        }
    }

    private static string? ResolveConfigPath(string path)
    {
        if (File.Exists(path)) return Path.GetFullPath(path);
        if (Path.IsPathRooted(path)) return null;
        var besideApp = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(besideApp) ? Path.GetFullPath(besideApp) : null;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>Holds the session so services can be registered before the config is loaded.</summary>
    internal sealed class BotSessionHolder
    {
        public BotSession? Session { get; set; }

        public BotSession Required => Session ?? throw new InvalidOperationException("The bot session is resolved only after the config was loaded.");
    }
}
