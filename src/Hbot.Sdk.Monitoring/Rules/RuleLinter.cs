using System.Text.RegularExpressions;
using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Rules.PromQl;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>
/// The checks every pack passes when it is built (the semantic checks linters such as pint and mixtool make,
/// enforced in code): counters only under rate-like functions, range windows of at least two scrapes, absent()
/// alerts held for two scrapes, no query values in labels, known severities, headline-style summaries, templated
/// descriptions, CamelCase alert names and small groups.
/// </summary>
public static partial class RuleLinter
{
    /// <summary>Longest alert name and group name.</summary>
    public const int MaxNameLength = 40;

    /// <summary>Most rules in one group.</summary>
    public const int MaxRulesPerGroup = 20;

    /// <summary>Functions a counter may be an argument of.</summary>
    public static IReadOnlySet<string> CounterFunctions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "rate", "irate", "increase", "changes", "resets", "absent", "absent_over_time",
    };

    /// <summary>Lints every group and rule of a pack.</summary>
    /// <exception cref="RuleLintException">The first violation found, naming the rule.</exception>
    public static void Check(RulePack pack, TimeSpan scrapeInterval)
    {
        ArgumentNullException.ThrowIfNull(pack);
        if (scrapeInterval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(scrapeInterval), scrapeInterval, "The scrape interval must be positive.");
        foreach (var group in pack.Groups)
        {
            if (string.IsNullOrWhiteSpace(group.Name) || group.Name.Length > MaxNameLength)
                throw new RuleLintException(group.Name, $"group names are 1 to {MaxNameLength} characters (pack '{pack.Name}').");
            if (group.Rules.Count == 0) throw new RuleLintException(group.Name, "a group needs at least one rule.");
            if (group.Rules.Count > MaxRulesPerGroup)
                throw new RuleLintException(group.Name, $"a group holds at most {MaxRulesPerGroup} rules, this one has {group.Rules.Count}.");
            foreach (var rule in group.Rules) CheckRule(rule, scrapeInterval);
        }
    }

    /// <summary>Lints one rule.</summary>
    /// <exception cref="RuleLintException">The rule breaks a lint rule.</exception>
    public static void CheckRule(Rule rule, TimeSpan scrapeInterval)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var name = rule.Name;
        if (string.IsNullOrWhiteSpace(rule.Expression)) throw new RuleLintException(name, "the expression is empty.");
        PromQlScan scan;
        try
        {
            scan = PromQlScanner.Scan(rule.Expression);
        }
        catch (PromQlSyntaxException e)
        {
            throw new RuleLintException(name, e.Message);
        }
        CheckCounters(name, scan);
        var shortest = scrapeInterval * 2;
        foreach (var range in scan.Ranges.Where(r => r < shortest))
            throw new RuleLintException(name, $"range [{PromDuration.Format(range)}] is shorter than twice the scrape interval ({PromDuration.Format(shortest)}).");
        foreach (var label in rule.Labels)
        {
            if (!LabelNamePattern().IsMatch(label.Name) || label.Name.StartsWith("__", StringComparison.Ordinal))
                throw new RuleLintException(name, $"'{label.Name}' is not a valid label name.");
            if (label.Name == "severity") throw new RuleLintException(name, "set the severity through the Severity property, not as a label.");
            if (label.Value.Contains("$value", StringComparison.Ordinal))
                throw new RuleLintException(name, $"label '{label.Name}' uses $value: a query value in a label starts a new alert on every change and resets 'for'.");
        }
        switch (rule)
        {
            case AlertRule alert:
                CheckAlert(alert, scan, scrapeInterval);
                break;
            case RecordingRule recording when !RecordNamePattern().IsMatch(recording.Record):
                throw new RuleLintException(name, "recorded series are named level:metric:operations, for example bot:hbot_fills:rate5m.");
        }
    }

    private static void CheckCounters(string name, PromQlScan scan)
    {
        foreach (var selector in scan.Selectors)
        {
            if (!IsCounterSeries(selector.Name)) continue;
            var function = selector.InnermostFunction;
            if (function is null || !CounterFunctions.Contains(function))
            {
                var where = function is null ? "at top level" : $"inside {function}()";
                throw new RuleLintException(name, $"counter '{selector.Name}' is used {where}; counters are only read through rate(), irate(), increase() or changes().");
            }
        }
    }

    /// <summary>Whether the series name is a counter or a histogram's cumulative series, by the metric catalogs.</summary>
    public static bool IsCounterSeries(string seriesName)
    {
        var metric = MetricCatalog.Find(seriesName) ?? ExternalMetrics.Find(seriesName);
        return metric is not null && (metric.Type == MetricType.Counter || metric.Type == MetricType.Histogram && seriesName != metric.Name);
    }

    private static void CheckAlert(AlertRule alert, PromQlScan scan, TimeSpan scrapeInterval)
    {
        var name = alert.Alert;
        if (!AlertNamePattern().IsMatch(name) || name.Length > MaxNameLength)
            throw new RuleLintException(name, $"alert names are CamelCase, start with a capital letter and have at most {MaxNameLength} characters.");
        if (!Enum.IsDefined(alert.Severity)) throw new RuleLintException(name, $"severity '{alert.Severity}' is not critical, warning or info.");
        if (alert.For < TimeSpan.Zero) throw new RuleLintException(name, "'for' is negative.");
        if ((scan.Calls("absent") || scan.Calls("absent_over_time")) && alert.For < scrapeInterval * 2)
            throw new RuleLintException(name, $"absent() alerts need 'for' of at least twice the scrape interval ({PromDuration.Format(scrapeInterval * 2)}), or they fire after every restart.");
        var summary = alert.Summary;
        if (string.IsNullOrWhiteSpace(summary) || !char.IsUpper(summary[0]) || !summary.EndsWith('.') || summary.Contains("{{", StringComparison.Ordinal))
            throw new RuleLintException(name, "the summary is one sentence without templates, starting with a capital letter and ending in a full stop.");
        if (!alert.Description.Contains("{{", StringComparison.Ordinal))
            throw new RuleLintException(name, "the description must be templated (use {{ $labels.x }} or {{ $value }}).");
        if ((summary + alert.Description).IndexOfAny(['<', '>', '&']) >= 0)
            throw new RuleLintException(name, "annotations must not contain '<', '>' or '&': receivers that parse HTML (Telegram) reject the message.");
        try
        {
            AlertTemplate.Validate(alert.Description);
        }
        catch (FormatException e)
        {
            throw new RuleLintException(name, $"description: {e.Message}");
        }
        if (string.IsNullOrWhiteSpace(alert.RunbookUrl)) throw new RuleLintException(name, "runbook_url is empty.");
    }

    [GeneratedRegex("^[A-Z][a-zA-Z0-9]*$")]
    private static partial Regex AlertNamePattern();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelNamePattern();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z_][a-zA-Z0-9_]*:[a-zA-Z0-9_]+$")]
    private static partial Regex RecordNamePattern();
}
