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

    /// <summary>Gets the value of a key, or <see langword="null"/>.</summary>
    public object? this[string key] => _entries.FirstOrDefault(e => e.Key == key).Value;

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A YAML block sequence (one item per line).</summary>
internal sealed class YamlList : List<object>
{
    /// <summary>Creates an empty list.</summary>
    public YamlList()
    {
    }

    /// <summary>Creates a list of items.</summary>
    public YamlList(IEnumerable<object> items) : base(items)
    {
    }
}

/// <summary>A YAML flow sequence of scalars written on one line, for example <c>[alertname, bot]</c>.</summary>
internal sealed class YamlFlowList : List<object>
{
    /// <summary>Creates an empty list.</summary>
    public YamlFlowList()
    {
    }

    /// <summary>Creates a list of scalars.</summary>
    public YamlFlowList(IEnumerable<object> items) : base(items)
    {
    }
}
