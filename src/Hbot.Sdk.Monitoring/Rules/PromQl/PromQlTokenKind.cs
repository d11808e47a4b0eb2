namespace Hbot.Sdk.Monitoring.Rules.PromQl;

/// <summary>Kinds of PromQL tokens the scanner distinguishes.</summary>
public enum PromQlTokenKind
{
    /// <summary>A metric, function, label or keyword name (may contain colons, as recording rule names do).</summary>
    Identifier,
    /// <summary>A numeric literal, including <c>Inf</c> and <c>NaN</c>.</summary>
    Number,
    /// <summary>A duration literal such as <c>5m</c> or <c>1h30m</c>.</summary>
    Duration,
    /// <summary>A quoted string.</summary>
    String,
    /// <summary><c>(</c></summary>
    LeftParen,
    /// <summary><c>)</c></summary>
    RightParen,
    /// <summary><c>{</c></summary>
    LeftBrace,
    /// <summary><c>}</c></summary>
    RightBrace,
    /// <summary><c>[</c></summary>
    LeftBracket,
    /// <summary><c>]</c></summary>
    RightBracket,
    /// <summary><c>,</c></summary>
    Comma,
    /// <summary><c>:</c> (subquery step separator).</summary>
    Colon,
    /// <summary>Any operator: arithmetic, comparison, matcher or <c>@</c>.</summary>
    Operator,
}
