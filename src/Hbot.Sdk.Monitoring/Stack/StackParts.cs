namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>Optional parts of the stack.</summary>
public sealed record StackParts
{
    /// <summary>Alertmanager and alert rules (compose profile <c>alerts</c>).</summary>
    public bool Alerts { get; init; } = true;
    /// <summary>Loki and Grafana Alloy collecting the bots' JSON logs (compose profile <c>logs</c>).</summary>
    public bool Logs { get; init; }
}
