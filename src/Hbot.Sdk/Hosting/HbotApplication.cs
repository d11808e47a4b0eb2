using System.CommandLine;
using System.Reflection;

namespace Hbot.Sdk.Hosting;

/// <summary>
/// An Hbot bot application: <c>run --config FILE [--duration T] [--data DIR] [--name BOT]</c>, the extra commands
/// added by extensions, and with no command a run of <see cref="HbotApplicationBuilder.DefaultConfigPath"/>.
/// </summary>
/// <example>
/// <code>
/// var builder = HbotApplication.CreateBuilder(args);
/// builder.DefaultConfigPath = "conf/strategies/pmm_btc_usdt.yml";
/// return await builder.Build().RunAsync();
/// </code>
/// </example>
public sealed class HbotApplication
{
    private readonly HbotApplicationBuilder _builder;

    internal HbotApplication(HbotApplicationBuilder builder) => _builder = builder;

    /// <summary>Creates a builder with the built-in <c>paper</c> exchange and the built-in strategies registered.</summary>
    public static HbotApplicationBuilder CreateBuilder(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return new HbotApplicationBuilder(args);
    }

    /// <summary>Version of the application (the entry assembly's informational version without build metadata).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>Parses the arguments and runs the command; returns the process exit code (see <see cref="HbotExitCodes"/>).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Hbot trading bot: runs a strategy from a YAML config on paper or a real exchange.");
        var rootOptions = new RunCommandOptions();
        rootOptions.AddTo(root);
        root.SetAction((parse, ct) => RunBotAsync(parse, rootOptions, ct));

        var run = new Command("run", "Runs the strategy of a config file until the duration ends or Ctrl+C/SIGTERM.");
        var runOptions = new RunCommandOptions();
        runOptions.AddTo(run);
        run.SetAction((parse, ct) => RunBotAsync(parse, runOptions, ct));
        root.Subcommands.Add(run);
        foreach (var command in _builder.Commands) root.Subcommands.Add(command);

        var result = root.Parse(_builder.Args.ToArray());
        if (result.Errors.Count > 0 && result.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in result.Errors) await Console.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            await Console.Error.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return HbotExitCodes.ConfigError;
        }
        // The host handles Ctrl+C and SIGTERM itself so that shutdown can cancel orders without a deadline from the parser.
        var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
        return await result.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    private Task<int> RunBotAsync(ParseResult parse, RunCommandOptions options, CancellationToken cancellationToken)
    {
        var runner = new BotRunner(_builder.Services, Console.Out, Console.Error);
        return runner.RunAsync(
            parse.GetValue(options.Config) ?? _builder.DefaultConfigPath,
            parse.GetValue(options.Duration),
            parse.GetValue(options.Data),
            parse.GetValue(options.Name),
            parse.GetValue(options.LogFormat),
            parse.GetValue(options.StatusInterval),
            cancellationToken);
    }

    private static string ReadVersion()
    {
        var assembly = Assembly.GetEntryAssembly() ?? typeof(HbotApplication).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus > 0 ? version[..plus] : version;
    }
}
