namespace Hbot.Sdk.Monitoring.Rules.PromQl;

/// <summary>What the scanner found in one expression: the facts the rule linter needs, not a syntax tree.</summary>
/// <param name="Expression">The scanned expression.</param>
/// <param name="Selectors">Every metric selector, in source order.</param>
/// <param name="Functions">Every function and aggregation called, in source order (repeats kept).</param>
/// <param name="Ranges">Every range: range selectors and subquery ranges.</param>
public sealed record PromQlScan(string Expression, IReadOnlyList<MetricSelector> Selectors, IReadOnlyList<string> Functions, IReadOnlyList<TimeSpan> Ranges)
{
    /// <summary>Distinct metric names, in order of first use.</summary>
    public IReadOnlyList<string> MetricNames => Selectors.Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Whether the expression calls the function.</summary>
    public bool Calls(string function) => Functions.Contains(function, StringComparer.Ordinal);
}
