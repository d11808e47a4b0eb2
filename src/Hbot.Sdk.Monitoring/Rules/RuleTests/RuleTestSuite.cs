namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>A whole promtool test file: the rule files it loads, the evaluation interval and the test groups.</summary>
/// <param name="RuleFiles">Rule files, relative to the test file.</param>
/// <param name="EvaluationInterval">Rule evaluation interval during the tests.</param>
/// <param name="Groups">The test groups.</param>
public sealed record RuleTestSuite(IReadOnlyList<string> RuleFiles, TimeSpan EvaluationInterval, IReadOnlyList<PromtoolTestGroup> Groups)
{
    /// <summary>Every alert check of every group.</summary>
    public IEnumerable<AlertCase> AlertCases => Groups.SelectMany(g => g.AlertCases);

    /// <summary>Every expression check of every group.</summary>
    public IEnumerable<ExpressionCase> ExpressionCases => Groups.SelectMany(g => g.ExpressionCases);
}
