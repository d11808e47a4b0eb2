namespace Hbot.Sdk.Monitoring.Runbooks;

/// <summary>
/// What a responder reads when an alert fires: what it means, what is at stake, how to check (exact commands for the
/// generated stack), how to fix it and when to escalate. The writer adds the alert's own PromQL and settings.
/// </summary>
public sealed record Runbook
{
    /// <summary>What the alert says is happening, in plain words.</summary>
    public required string Meaning { get; init; }

    /// <summary>What goes wrong for the trader if nobody acts.</summary>
    public required string Impact { get; init; }

    /// <summary>Diagnosis steps, in order.</summary>
    public required IReadOnlyList<RunbookStep> Check { get; init; }

    /// <summary>Mitigation steps, in order.</summary>
    public required IReadOnlyList<RunbookStep> Fix { get; init; }

    /// <summary>When to hand over, and to whom.</summary>
    public required string Escalate { get; init; }
}
