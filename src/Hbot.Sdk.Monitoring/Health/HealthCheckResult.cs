namespace Hbot.Sdk.Monitoring.Health;

/// <summary>The outcome of one health check.</summary>
/// <param name="Name">Check name: <c>tick</c>, <c>market_data</c> or <c>connector</c>.</param>
/// <param name="Healthy">Whether it passed.</param>
/// <param name="Detail">What was measured, in words.</param>
public sealed record HealthCheckResult(string Name, bool Healthy, string Detail);
