using System.Globalization;
using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Rules.RuleTests;
using Hbot.Sdk.Monitoring.Runbooks;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Shared building blocks of the default packs: alert construction from options, test labels and series, number text.</summary>
internal static class PackAlert
{
    /// <summary>Builds an alert with its 'for' scaled and its runbook link filled from the options.</summary>
    public static AlertRule Create(RulePackOptions options, string name, AlertSeverity severity, TimeSpan forDuration, string expression,
        string summary, string description, Runbook runbook, AlertTest test) => new()
        {
            Alert = name,
            Severity = severity,
            For = options.ScaleFor(forDuration),
            Expression = expression,
            Summary = summary,
            Description = description,
            RunbookUrl = options.RunbookUrl(name),
            Runbook = runbook,
            Test = test,
        };

    /// <summary>Labels from name/value pairs.</summary>
    public static IReadOnlyList<RuleLabel> Labels(params string[] pairs)
    {
        if (pairs.Length % 2 != 0) throw new ArgumentException("Labels come in name/value pairs.", nameof(pairs));
        return Enumerable.Range(0, pairs.Length / 2).Select(i => new RuleLabel(pairs[2 * i], pairs[2 * i + 1])).ToList();
    }

    /// <summary>Labels followed by more labels.</summary>
    public static IReadOnlyList<RuleLabel> With(this IReadOnlyList<RuleLabel> labels, params string[] pairs) => [.. labels, .. Labels(pairs)];

    /// <summary>The labels of the one bot every generated test scrapes, so all packs describe the same target.</summary>
    public static IReadOnlyList<RuleLabel> TestBot(RulePackOptions options) =>
        Labels("job", options.Selectors.BotJob, "instance", "bot-a:9400", "bot", "bot-a");

    /// <summary>A test series of a catalog metric.</summary>
    public static TestSeries Series(MetricDefinition metric, IReadOnlyList<RuleLabel> labels, SeriesValues values) => new(metric.Name, labels, values);

    /// <summary>A ratio as a percentage for annotation text: 0.9 is "90%", 0.995 is "99.5%".</summary>
    public static string Percent(double ratio) => (ratio * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A number for PromQL and annotation text, invariant and round-trippable.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
