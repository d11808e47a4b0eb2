namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>
/// A themed set of rule groups (host, containers, bot, ...). Building a pack lints every rule, so a pack that
/// exists is valid: a violation throws <see cref="RuleLintException"/> naming the rule.
/// </summary>
public sealed record RulePack
{
    /// <summary>Builds and lints a pack.</summary>
    /// <param name="name">Short pack name, for example <c>host</c>.</param>
    /// <param name="groups">The pack's groups.</param>
    /// <param name="scrapeInterval">Scrape interval the rules are linted against (range windows and absent() durations).</param>
    /// <exception cref="RuleLintException">A rule breaks a lint rule.</exception>
    public RulePack(string name, IReadOnlyList<RuleGroup> groups, TimeSpan scrapeInterval)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(groups);
        Name = name;
        Groups = groups;
        RuleLinter.Check(this, scrapeInterval);
    }

    /// <summary>Short pack name.</summary>
    public string Name { get; }

    /// <summary>The groups, in file order.</summary>
    public IReadOnlyList<RuleGroup> Groups { get; }

    /// <summary>Every alerting rule of the pack.</summary>
    public IEnumerable<AlertRule> Alerts => Groups.SelectMany(g => g.Alerts);

    /// <summary>Every recording rule of the pack.</summary>
    public IEnumerable<RecordingRule> Recordings => Groups.SelectMany(g => g.Recordings);
}
