using System.Collections;

namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>
/// An ordered YAML mapping for generated files. Values are strings, booleans, numbers, <see cref="YamlMap"/>,
/// <see cref="YamlList"/> or <see cref="YamlFlowList"/>; keys keep insertion order so output is deterministic.
/// </summary>
internal sealed class YamlMap : IEnumerable<KeyValuePair<string, object>>
{
    private readonly List<KeyValuePair<string, object>> _entries = [];

    /// <summary>Number of keys.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds a key; a <see langword="null"/> value is skipped so optional settings need no branching.</summary>
    public void Add(string key, object? value)
    {
        if (value is null) return;
        if (_entries.Any(e => e.Key == key)) throw new InvalidOperationException($"YAML key '{key}' added twice.");
        _entries.Add(new(key, value));
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
