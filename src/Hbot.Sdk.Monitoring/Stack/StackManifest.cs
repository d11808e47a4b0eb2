namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>
/// The stack manifest (<c>hbot.yml</c>): bots, monitoring settings, alert receivers, optional parts and test mode.
/// Every generated ops file is rendered from it. Read it with <see cref="StackManifestReader"/>.
/// </summary>
public sealed record StackManifest
{
    /// <summary>Default manifest file name.</summary>
    public const string DefaultFileName = "hbot.yml";

    /// <summary>Stack name: compose project prefix and <c>stack</c> external label.</summary>
    public string Name { get; init; } = "hbot";
    /// <summary>Image the bot services run (built from the repository's Dockerfile).</summary>
    public string BotImage { get; init; } = "hbot-bot:0.1.0";
    /// <summary>The bots; the first one is the default service.</summary>
    public required IReadOnlyList<BotDefinition> Bots { get; init; }
    /// <summary>Monitoring settings.</summary>
    public MonitoringSettings Monitoring { get; init; } = new();
    /// <summary>Alert receivers.</summary>
    public AlertingSettings Alerting { get; init; } = new();
    /// <summary>Optional parts.</summary>
    public StackParts Parts { get; init; } = new();
    /// <summary>Test mode; <see langword="null"/> in production.</summary>
    public TestSettings? Test { get; init; }
    /// <summary>Directory the manifest was read from; strategy config paths are relative to it.</summary>
    public string BaseDirectory { get; init; } = ".";

    /// <summary>Every env variable holding a receiver secret, in manifest order without duplicates.</summary>
    public IReadOnlyList<string> SecretVariables =>
        [.. Alerting.Receivers.Where(r => r.SecretEnv is not null).Select(r => r.SecretEnv!).Distinct(StringComparer.Ordinal)];
}
