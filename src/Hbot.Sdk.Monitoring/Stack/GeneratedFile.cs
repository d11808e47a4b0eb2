namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>One generated file.</summary>
/// <param name="Path">Path relative to the output directory, with '/' separators.</param>
/// <param name="Content">File content (UTF-8, '\n' line ends).</param>
public sealed record GeneratedFile(string Path, string Content);
