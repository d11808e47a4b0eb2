namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>One <c>promql_expr_test</c> entry: at this time the expression returns exactly these samples.</summary>
/// <param name="Expression">The PromQL expression queried (for recording rules, the recorded series name).</param>
/// <param name="EvalTime">Test time of the query.</param>
/// <param name="ExpectedSamples">The expected samples.</param>
public sealed record ExpressionCase(string Expression, TimeSpan EvalTime, IReadOnlyList<ExpectedSample> ExpectedSamples);
