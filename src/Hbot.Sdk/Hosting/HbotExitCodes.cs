namespace Hbot.Sdk.Hosting;

/// <summary>Exit codes of an Hbot application.</summary>
public static class HbotExitCodes
{
    /// <summary>Ran and stopped cleanly (duration reached, Ctrl+C or SIGTERM).</summary>
    public const int Success = 0;

    /// <summary>Failed while running (for example the connector could not start).</summary>
    public const int Failure = 1;

    /// <summary>The config file or the command line was refused; nothing was started.</summary>
    public const int ConfigError = 2;
}
