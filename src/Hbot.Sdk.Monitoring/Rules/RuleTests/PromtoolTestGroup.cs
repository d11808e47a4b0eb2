namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>One promtool test group: input series sampled every <paramref name="Interval"/>, and the checks made on them.</summary>
/// <param name="Name">Test group name.</param>
/// <param name="Interval">Sample interval of the input series.</param>
/// <param name="InputSeries">Input series with rendered values.</param>
/// <param name="AlertCases">The alert checks.</param>
/// <param name="ExpressionCases">The expression checks (recorded series).</param>
public sealed record PromtoolTestGroup(string Name, TimeSpan Interval, IReadOnlyList<PromtoolInputSeries> InputSeries,
    IReadOnlyList<AlertCase> AlertCases, IReadOnlyList<ExpressionCase> ExpressionCases);
