namespace Hbot.Sdk.Hosting;

/// <summary>How the bot writes its console logs.</summary>
public enum LogFormat
{
    /// <summary>One human-readable line per entry.</summary>
    Text,
    /// <summary>One JSON object per line, for log shippers (Loki, Vector, Fluent Bit).</summary>
    Json,
}
