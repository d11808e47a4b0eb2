using Hbot.Sdk.Monitoring.Rules.RuleTests;
using Hbot.Sdk.Monitoring.Runbooks;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>
/// An alerting rule with everything a responder needs: severity, a one-line summary, a templated description and a
/// runbook; plus the promtool scenario that proves it fires on a failing series and stays quiet on a healthy one.
/// </summary>
public sealed record AlertRule : Rule
{
    /// <summary>CamelCase alert name, at most 40 characters.</summary>
    public required string Alert { get; init; }

    /// <summary>How long the expression must hold before the alert fires (zero fires at once).</summary>
    public TimeSpan For { get; init; }

    /// <summary>The <c>severity</c> label.</summary>
    public required AlertSeverity Severity { get; init; }

    /// <summary>One sentence without templates, ending in a full stop; serves as the notification headline.</summary>
    public required string Summary { get; init; }

    /// <summary>Templated detail, for example <c>Bot {{ $labels.bot }} ...</c>; see <see cref="AlertTemplate"/> for the supported forms.</summary>
    public required string Description { get; init; }

    /// <summary>Link to the runbook; filled from <see cref="RulePackOptions.RunbookUrlPattern"/> by the packs.</summary>
    public required string RunbookUrl { get; init; }

    /// <summary>What the runbook page says.</summary>
    public required Runbook Runbook { get; init; }

    /// <summary>The promtool scenario for this alert.</summary>
    public required AlertTest Test { get; init; }

    /// <inheritdoc />
    public override string Name => Alert;
}
