namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>A named group of rules evaluated together.</summary>
/// <param name="Name">Group name (at most 40 characters, unique across all packs).</param>
/// <param name="Rules">The rules, evaluated in this order.</param>
/// <param name="Interval">Evaluation interval for this group, or null for Prometheus' global interval.</param>
public sealed record RuleGroup(string Name, IReadOnlyList<Rule> Rules, TimeSpan? Interval = null)
{
    /// <summary>The alerting rules of the group.</summary>
    public IEnumerable<AlertRule> Alerts => Rules.OfType<AlertRule>();

    /// <summary>The recording rules of the group.</summary>
    public IEnumerable<RecordingRule> Recordings => Rules.OfType<RecordingRule>();
}
