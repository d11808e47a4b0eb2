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
