namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>A stack manifest that cannot be used; the message names the file, the key, the line and the expected form.</summary>
public sealed class StackManifestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StackManifestException(string file, string key, int line, string problem)
        : base($"{file}:{line}: {key}: {problem}")
    {
        File = file;
        Key = key;
        Line = line;
    }

    /// <summary>The manifest file.</summary>
    public string File { get; }
    /// <summary>The key path, for example <c>bots[1].memory</c>.</summary>
    public string Key { get; }
    /// <summary>1-based line of the offending value.</summary>
    public int Line { get; }
}
