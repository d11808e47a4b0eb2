namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>
/// The promtool scenario of one alert: a failing input on which it must fire (with these labels and this value),
/// a healthy input on which it must stay quiet, and the time window in which the failing expression becomes true,
/// from which the generator derives a "not yet, 'for' has not passed" check and the firing check.
/// </summary>
public sealed record AlertTest
{
    /// <summary>Input series on which the alert must fire.</summary>
    public required IReadOnlyList<TestSeries> Failing { get; init; }

    /// <summary>Input series on which the alert must stay quiet (empty only for <see cref="AlwaysFiring"/> alerts).</summary>
    public IReadOnlyList<TestSeries> Healthy { get; init; } = [];

    /// <summary>
    /// A dead man's switch such as Watchdog: it has no healthy state (its silence is the failure, seen outside
    /// Prometheus), so instead of a quiet case it is proven to fire at the first evaluation.
    /// </summary>
    public bool AlwaysFiring { get; init; }

    /// <summary>On the failing input the expression is false before this time (a lower bound).</summary>
    public TimeSpan ActiveAfter { get; init; }

    /// <summary>On the failing input the expression is true from this time on; null means the longest range in the expression.</summary>
    public TimeSpan? ActiveBy { get; init; }

    /// <summary>Labels of the firing alert taken from the series (without <c>alertname</c> and the rule's own labels).</summary>
    public required IReadOnlyList<RuleLabel> ExpectedLabels { get; init; }

    /// <summary>The alert's value at the firing evaluation time, for descriptions that show <c>$value</c>.</summary>
    public Func<TimeSpan, double> ExpectedValue { get; init; } = _ => 0;
}
