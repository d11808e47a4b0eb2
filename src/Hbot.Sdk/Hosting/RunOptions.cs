namespace Hbot.Sdk.Hosting;

/// <summary>The resolved options of one <c>run</c>.</summary>
/// <param name="ConfigPath">Full path of the strategy file.</param>
/// <param name="Duration">Stop after this long, or run until Ctrl+C/SIGTERM when null.</param>
/// <param name="DataDirectory">Full path of the bot's data folder (created when missing).</param>
/// <param name="BotName">Bot name.</param>
/// <param name="LogFormat">Console log format.</param>
/// <param name="StatusInterval">How often the status table is printed; zero disables it.</param>
public sealed record RunOptions(
    string ConfigPath,
    TimeSpan? Duration,
    string DataDirectory,
    string BotName,
    LogFormat LogFormat,
    TimeSpan StatusInterval);
