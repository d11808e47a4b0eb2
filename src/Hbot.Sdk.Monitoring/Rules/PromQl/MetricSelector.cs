namespace Hbot.Sdk.Monitoring.Rules.PromQl;

/// <summary>A metric selector found in an expression.</summary>
/// <param name="Name">The metric name, for example <c>hbot_orders_created_total</c>.</param>
/// <param name="EnclosingFunctions">Function and aggregation calls around the selector, innermost first.</param>
/// <param name="Range">The range of a range selector (<c>[5m]</c>), or null for an instant selector.</param>
/// <param name="Position">Zero-based character offset in the expression.</param>
public sealed record MetricSelector(string Name, IReadOnlyList<string> EnclosingFunctions, TimeSpan? Range, int Position)
{
    /// <summary>The innermost function or aggregation the selector is an argument of, or null at top level.</summary>
    public string? InnermostFunction => EnclosingFunctions.Count > 0 ? EnclosingFunctions[0] : null;
}
