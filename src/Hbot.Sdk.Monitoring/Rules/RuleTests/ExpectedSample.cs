namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>A sample a promtool expression check expects.</summary>
/// <param name="Series">The series in selector notation, <c>name{label="value"}</c>.</param>
/// <param name="Value">The exact value.</param>
public sealed record ExpectedSample(string Series, double Value);
