namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>A static label a rule adds to its output.</summary>
/// <param name="Name">Label name.</param>
/// <param name="Value">Label value (may use <c>$labels</c> templates; never <c>$value</c>).</param>
public sealed record RuleLabel(string Name, string Value);
