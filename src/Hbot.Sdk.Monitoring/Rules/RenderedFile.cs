namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>A rendered file: its name and content.</summary>
/// <param name="Name">File name, for example <c>ContainerDown.md</c>.</param>
/// <param name="Content">File content with LF line ends.</param>
public sealed record RenderedFile(string Name, string Content);
