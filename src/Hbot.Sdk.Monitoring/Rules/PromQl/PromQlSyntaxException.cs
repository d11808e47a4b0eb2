namespace Hbot.Sdk.Monitoring.Rules.PromQl;

/// <summary>Thrown when an expression cannot be tokenized or its brackets do not balance.</summary>
public sealed class PromQlSyntaxException : FormatException
{
    /// <summary>Creates the exception with the offending position.</summary>
    public PromQlSyntaxException(string expression, int position, string problem)
        : base($"PromQL error at character {position}: {problem} in '{expression}'.")
    {
        Position = position;
    }

    /// <summary>Zero-based character offset of the problem.</summary>
    public int Position { get; }
}
