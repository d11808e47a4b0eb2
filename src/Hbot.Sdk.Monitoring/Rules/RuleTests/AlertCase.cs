namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>One <c>alert_rule_test</c> entry: at this time, exactly these alerts of this name are firing.</summary>
/// <param name="AlertName">The alert checked.</param>
/// <param name="EvalTime">Test time of the check.</param>
/// <param name="Kind">What the check proves.</param>
/// <param name="ExpectedAlerts">The alerts expected to fire (empty: none).</param>
public sealed record AlertCase(string AlertName, TimeSpan EvalTime, AlertCaseKind Kind, IReadOnlyList<ExpectedAlert> ExpectedAlerts);
