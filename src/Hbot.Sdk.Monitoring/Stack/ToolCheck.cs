namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>Outcome of one external check.</summary>
public enum ToolCheckStatus
{
    /// <summary>The tool ran and accepted the files.</summary>
    Passed,
    /// <summary>The tool ran and refused the files.</summary>
    Failed,
    /// <summary>The tool is not installed.</summary>
    Missing,
}

/// <summary>One external check of generated files.</summary>
/// <param name="Tool">Executable name, for example <c>promtool</c>.</param>
/// <param name="Arguments">Arguments it ran with.</param>
/// <param name="DebianPackage">Debian package providing the tool.</param>
/// <param name="Status">Outcome.</param>
/// <param name="Output">Combined standard output and error.</param>
public sealed record ToolCheck(string Tool, IReadOnlyList<string> Arguments, string DebianPackage, ToolCheckStatus Status, string Output)
{
    /// <summary>The command line as a user would type it.</summary>
    public string CommandLine => Tool + " " + string.Join(" ", Arguments);
}
