namespace Hbot.Sdk.Monitoring.Health;

/// <summary>What <c>/health</c> answers: 200 when every check passed, 503 naming the failing checks otherwise.</summary>
/// <param name="Checks">Every check, in a stable order.</param>
/// <param name="LastTickAgeSeconds">Seconds since the last strategy tick, or null before the first.</param>
/// <param name="ConnectorReady">Whether the exchange connector is ready, or null when the host has none.</param>
public sealed record HealthReport(IReadOnlyList<HealthCheckResult> Checks, double? LastTickAgeSeconds, bool? ConnectorReady)
{
    /// <summary>Whether every check passed.</summary>
    public bool Healthy => Checks.All(c => c.Healthy);

    /// <summary><c>healthy</c> or <c>unhealthy</c>.</summary>
    public string Status => Healthy ? "healthy" : "unhealthy";

    /// <summary>Names of the failing checks.</summary>
    public IEnumerable<string> Failing => Checks.Where(c => !c.Healthy).Select(c => c.Name);
}
