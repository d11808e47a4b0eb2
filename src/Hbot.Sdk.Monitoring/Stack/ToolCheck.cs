namespace Hbot.Sdk.Monitoring.Stack;

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
