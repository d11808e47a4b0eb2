using Hbot.Sdk.Monitoring.Rules.PromQl;

namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>
/// Turns each alert's <see cref="AlertTest"/> into promtool checks: on the failing input, nothing fires one evaluation
/// before the expression can have held for 'for', and the alert fires (expected labels and annotations rendered from
/// the rule's own templates) once it must have; on the healthy input nothing fires at that same time. Each recording
/// rule with a <see cref="RecordingTest"/> gets one expression check of its recorded series.
/// </summary>
public static class RuleTestGenerator
{
    /// <summary>Generates the test suite for the packs' alerts and recording rules.</summary>
    /// <param name="packs">The packs (every alert, and every recording rule with a scenario, gets checks).</param>
    /// <param name="options">Scrape interval (sample spacing) and evaluation interval.</param>
    /// <param name="ruleFiles">Rule files the test loads, relative to the test file.</param>
    public static RuleTestSuite Generate(IEnumerable<RulePack> packs, RulePackOptions options, IReadOnlyList<string> ruleFiles)
    {
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(ruleFiles);
        var groups = new List<PromtoolTestGroup>();
        var packList = packs.ToList();
        foreach (var alert in packList.SelectMany(p => p.Alerts)) groups.AddRange(Generate(alert, options));
        foreach (var recording in packList.SelectMany(p => p.Recordings).Where(r => r.Test is not null)) groups.Add(Generate(recording, recording.Test!, options));
        return new RuleTestSuite(ruleFiles, options.EvaluationInterval, groups);
    }

    private static IEnumerable<PromtoolTestGroup> Generate(AlertRule alert, RulePackOptions options)
    {
        var test = alert.Test;
        var evaluation = options.EvaluationInterval;
        var interval = options.ScrapeInterval;
        if (test.Failing.Count == 0) throw new RuleLintException(alert.Alert, "the test scenario has no failing input series.");
        if (!test.AlwaysFiring && test.Healthy.Count == 0) throw new RuleLintException(alert.Alert, "the test scenario has no healthy input series.");
        var longestRange = PromQlScanner.Scan(alert.Expression).Ranges.DefaultIfEmpty(TimeSpan.Zero).Max();
        var activeBy = test.ActiveBy ?? longestRange + evaluation;
        if (activeBy < test.ActiveAfter) throw new RuleLintException(alert.Alert, "the test scenario's ActiveBy is before ActiveAfter.");
        var firingAt = RoundUp(activeBy + alert.For, evaluation);
        var samples = (int)(firingAt.Ticks / interval.Ticks) + 2;

        var failingCases = new List<AlertCase>();
        if (test.AlwaysFiring)
        {
            failingCases.Add(new AlertCase(alert.Alert, TimeSpan.Zero, AlertCaseKind.Firing, [Expected(alert, TimeSpan.Zero)]));
        }
        else if (alert.For >= evaluation)
        {
            // One evaluation before the expression can have held for 'for'; a 'for' shorter than one evaluation has no such moment.
            failingCases.Add(new AlertCase(alert.Alert, RoundDown(test.ActiveAfter + alert.For - evaluation, evaluation), AlertCaseKind.BeforeFor, []));
        }
        failingCases.Add(new AlertCase(alert.Alert, firingAt, AlertCaseKind.Firing, [Expected(alert, firingAt)]));
        yield return new PromtoolTestGroup($"{alert.Alert} fires on a failing series", interval, Render(test.Failing, interval, samples), failingCases, []);
        if (test.Healthy.Count > 0)
        {
            yield return new PromtoolTestGroup($"{alert.Alert} stays quiet on a healthy series", interval, Render(test.Healthy, interval, samples),
                [new AlertCase(alert.Alert, firingAt, AlertCaseKind.Quiet, [])], []);
        }
    }

    private static PromtoolTestGroup Generate(RecordingRule recording, RecordingTest test, RulePackOptions options)
    {
        var interval = options.ScrapeInterval;
        var samples = (int)(test.EvalTime.Ticks / interval.Ticks) + 2;
        var expected = new TestSeries(recording.Record, [.. test.ExpectedLabels, .. recording.Labels], SeriesValues.Constant(test.ExpectedValue));
        return new PromtoolTestGroup($"{recording.Record} records its value", interval, Render(test.Input, interval, samples), [],
            [new ExpressionCase(recording.Record, test.EvalTime, [new ExpectedSample(expected.Selector, test.ExpectedValue)])]);
    }

    /// <summary>The alert promtool must see: series labels plus rule labels, annotations rendered for that value.</summary>
    private static ExpectedAlert Expected(AlertRule alert, TimeSpan evalTime)
    {
        var seriesLabels = alert.Test.ExpectedLabels.ToDictionary(l => l.Name, l => l.Value, StringComparer.Ordinal);
        var value = alert.Test.ExpectedValue(evalTime);
        var labels = alert.Test.ExpectedLabels.Concat(RuleFileWriter.AlertLabels(alert)).ToList();
        var annotations = RuleFileWriter.Annotations(alert)
            .Select(a => a with { Value = AlertTemplate.Render(a.Value, seriesLabels, value) })
            .ToList();
        return new ExpectedAlert(labels, annotations);
    }

    private static List<PromtoolInputSeries> Render(IEnumerable<TestSeries> series, TimeSpan interval, int samples) =>
        series.Select(s => new PromtoolInputSeries(s.Selector, s.Values.Render(interval, samples))).ToList();

    private static TimeSpan RoundUp(TimeSpan value, TimeSpan step) =>
        TimeSpan.FromTicks((value.Ticks + step.Ticks - 1) / step.Ticks * step.Ticks);

    private static TimeSpan RoundDown(TimeSpan value, TimeSpan step) => TimeSpan.FromTicks(value.Ticks / step.Ticks * step.Ticks);
}
