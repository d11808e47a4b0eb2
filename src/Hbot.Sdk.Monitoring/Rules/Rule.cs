namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>A Prometheus rule: an alerting rule or a recording rule.</summary>
public abstract record Rule
{
    /// <summary>The PromQL expression (surrounding whitespace is trimmed when written).</summary>
    public required string Expression { get; init; }

    /// <summary>Extra static labels added to the alerts or recorded series, in addition to the series' own labels.</summary>
    public IReadOnlyList<RuleLabel> Labels { get; init; } = [];

    /// <summary>The name the rule is known by: the alert name or the recorded series name.</summary>
    public abstract string Name { get; }
}
