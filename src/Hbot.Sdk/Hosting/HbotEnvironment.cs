namespace Hbot.Sdk.Hosting;

/// <summary>The environment variables the bot reads.</summary>
public static class HbotEnvironment
{
    /// <summary>Default bot name.</summary>
    public const string BotName = "HBOT_BOT_NAME";

    /// <summary>Console log format: <c>json</c> or <c>text</c>.</summary>
    public const string LogFormat = "HBOT_LOG_FORMAT";

    /// <summary>Default data folder.</summary>
    public const string DataDirectory = "HBOT_DATA_DIR";

    /// <summary>Parses <c>text</c> or <c>json</c> (case-insensitive).</summary>
    public static bool TryParseLogFormat(string? text, out LogFormat format)
    {
        format = Hosting.LogFormat.Text;
        if (string.Equals(text, "json", StringComparison.OrdinalIgnoreCase)) { format = Hosting.LogFormat.Json; return true; }
        return string.Equals(text, "text", StringComparison.OrdinalIgnoreCase);
    }
}
