namespace Hbot.Sdk.Monitoring.Rules.PromQl;

/// <summary>One token of a PromQL expression.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">The token's source text (strings keep their quotes).</param>
/// <param name="Position">Zero-based character offset in the expression.</param>
public sealed record PromQlToken(PromQlTokenKind Kind, string Text, int Position);
