namespace Hbot.Sdk.Monitoring.Runbooks;

/// <summary>One step of a runbook: an instruction, optionally with a command or query to paste.</summary>
/// <param name="Text">The instruction.</param>
/// <param name="Code">A shell command or PromQL query to paste, or null.</param>
/// <param name="Language">Code block language: <c>sh</c> or <c>promql</c>.</param>
public sealed record RunbookStep(string Text, string? Code = null, string Language = "sh")
{
    /// <summary>A step with a shell command.</summary>
    public static RunbookStep Shell(string text, string command) => new(text, command, "sh");

    /// <summary>A step with a PromQL query.</summary>
    public static RunbookStep Query(string text, string query) => new(text, query, "promql");
}
