namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>An input series as promtool reads it.</summary>
/// <param name="Series">Series in selector notation, <c>name{label="value"}</c>.</param>
/// <param name="Values">Values in expanding notation, for example <c>0+1x20</c>.</param>
public sealed record PromtoolInputSeries(string Series, string Values);
