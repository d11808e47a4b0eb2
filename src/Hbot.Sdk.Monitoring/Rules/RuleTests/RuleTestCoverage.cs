namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>
/// Rule coverage computed from a generated test suite (promtool has no released coverage report): an alert is
/// covered when the suite has a check where it fires and a check where it stays quiet on a healthy input. A dead man's switch, which
/// has no quiet state by design, is covered by a firing check at the first evaluation.
/// </summary>
/// <param name="Alerts">Per-alert coverage, in pack order.</param>
/// <param name="UntestedRecordings">Recorded series no expression check queries.</param>
public sealed record RuleTestCoverage(IReadOnlyList<AlertCoverage> Alerts, IReadOnlyList<string> UntestedRecordings)
{
    /// <summary>Share of alerts covered, 0 to 1 (1 when there are no alerts).</summary>
    public double Ratio => Alerts.Count == 0 ? 1 : (double)Alerts.Count(a => a.IsCovered) / Alerts.Count;

    /// <summary>Alerts that are not covered.</summary>
    public IEnumerable<AlertCoverage> Uncovered => Alerts.Where(a => !a.IsCovered);

    /// <summary>Computes coverage of the packs' alerts by the suite's checks.</summary>
    public static RuleTestCoverage Compute(IEnumerable<RulePack> packs, RuleTestSuite suite)
    {
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(suite);
        var cases = suite.AlertCases.ToLookup(c => c.AlertName, StringComparer.Ordinal);
        var packList = packs.ToList();
        var queried = suite.ExpressionCases.Select(c => c.Expression).ToHashSet(StringComparer.Ordinal);
        var untested = packList.SelectMany(p => p.Recordings).Select(r => r.Record).Where(r => !queried.Contains(r)).ToList();
        var alerts = packList.SelectMany(p => p.Alerts).Select(alert =>
        {
            var mine = cases[alert.Alert].ToList();
            var firing = mine.Any(c => c.Kind == AlertCaseKind.Firing && c.ExpectedAlerts.Count > 0);
            var quiet = mine.Any(c => c.Kind == AlertCaseKind.Quiet && c.ExpectedAlerts.Count == 0);
            var firstEvaluationFiring = mine.Any(c => c.EvalTime == TimeSpan.Zero && c.ExpectedAlerts.Count > 0);
            return new AlertCoverage(alert.Alert, firing, quiet, mine.Any(c => c.Kind == AlertCaseKind.BeforeFor),
                alert.Test.AlwaysFiring && firstEvaluationFiring);
        }).ToList();
        return new RuleTestCoverage(alerts, untested);
    }
}
