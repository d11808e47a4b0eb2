using System.CommandLine;
using System.CommandLine.Parsing;
using Hbot.Sdk.Configuration;

namespace Hbot.Sdk.Hosting;

/// <summary>The options of <c>run</c> (also accepted with no command): one set per command that takes them.</summary>
internal sealed class RunCommandOptions
{
    public Option<string?> Config { get; } = new("--config", "-c")
    {
        Description = "Strategy config file (YAML), for example conf/strategies/pmm_btc_usdt.yml.",
        HelpName = "file",
    };

    public Option<TimeSpan?> Duration { get; } = new("--duration", "-d")
    {
        Description = "Stop cleanly after this long, for example 30s, 5m or 1h. Runs until Ctrl+C or SIGTERM when omitted.",
        HelpName = "duration",
        CustomParser = ParseDuration,
    };

    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Data folder for the trade history (trades.db). Default: $HBOT_DATA_DIR, else data/<bot name>.",
        HelpName = "dir",
    };

    public Option<string?> Name { get; } = new("--name", "-n")
    {
        Description = "Bot name for logs and metrics. Default: $HBOT_BOT_NAME, else the config file name.",
        HelpName = "bot",
    };

    public Option<LogFormat?> LogFormat { get; } = new("--log-format")
    {
        Description = "Console log format: text or json (one JSON object per line). Default: $HBOT_LOG_FORMAT, else text.",
        HelpName = "text|json",
        CustomParser = ParseLogFormat,
    };

    public Option<TimeSpan?> StatusInterval { get; } = new("--status-interval")
    {
        Description = "How often the status table is printed; 0 turns it off. Default 10s.",
        HelpName = "duration",
        CustomParser = ParseDuration,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Config);
        command.Options.Add(Duration);
        command.Options.Add(Data);
        command.Options.Add(Name);
        command.Options.Add(LogFormat);
        command.Options.Add(StatusInterval);
    }

    private static TimeSpan? ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Configuration.Duration.TryParse(text, out var value)) return value;
        result.AddError($"'{text}' is not {Configuration.Duration.ExpectedForm}.");
        return null;
    }

    private static LogFormat? ParseLogFormat(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (HbotEnvironment.TryParseLogFormat(text, out var format)) return format;
        result.AddError($"'{text}' is not a log format; expected text or json.");
        return null;
    }
}
