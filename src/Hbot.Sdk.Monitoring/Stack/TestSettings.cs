namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>
/// Test mode, for running the generated Prometheus and Alertmanager as local processes: every target on
/// 127.0.0.1 and alert <c>for</c> durations and Alertmanager grouping shortened.
/// </summary>
public sealed record TestSettings
{
    /// <summary>Point every scrape and alerting target at 127.0.0.1 ports instead of compose service names.</summary>
    public bool Loopback { get; init; }
    /// <summary>Multiplies every alert's <c>for</c> (0 to 1), so alerts fire within seconds in tests.</summary>
    public double ForScale { get; init; } = 1;
}
