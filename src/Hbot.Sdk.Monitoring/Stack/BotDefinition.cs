namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>One bot of the stack: a compose service, a scrape target and a value of the dashboards' <c>bot</c> variable.</summary>
public sealed record BotDefinition
{
    /// <summary>Bot name: lower-case letters, digits and '-'; also the compose service name and the <c>bot</c> label.</summary>
    public required string Name { get; init; }
    /// <summary>Strategy config file, relative to the manifest.</summary>
    public required string Config { get; init; }
    /// <summary>Exchange the strategy config trades on (<c>paper</c>, <c>bitget</c>).</summary>
    public required string Exchange { get; init; }
    /// <summary>Whether the bot starts with the default profile; otherwise it runs only under the <c>multi</c> profile.</summary>
    public bool Enabled { get; init; } = true;
    /// <summary>Container memory limit, for example <c>512m</c>.</summary>
    public string Memory { get; init; } = "512m";
    /// <summary>Container CPU limit in cores.</summary>
    public double Cpus { get; init; } = 1;
    /// <summary>
    /// Host port (on 127.0.0.1) of the bot's <c>/metrics</c> and <c>/health</c>; 9400 for the first bot, 9401 for the
    /// second and so on. In test mode Prometheus scrapes it directly.
    /// </summary>
    public int MetricsPort { get; init; } = 9400;
    /// <summary>Line of the bot entry in the manifest, for messages.</summary>
    public int Line { get; init; }
}
