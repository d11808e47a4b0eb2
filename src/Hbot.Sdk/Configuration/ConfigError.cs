namespace Hbot.Sdk.Configuration;

/// <summary>One problem in a config file, with where it is and what was expected.</summary>
/// <param name="File">The file (as given on the command line).</param>
/// <param name="Key">The dotted key path, for example <c>risk.max_open_orders</c>.</param>
/// <param name="Line">1-based line of the offending node (for a missing key: of the mapping that lacks it).</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong and the expected form.</param>
public sealed record ConfigError(string File, string Key, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}: key '{Key}': {Message}";
}
