using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>
/// A mapping of the manifest with its file and key path, reading typed values and failing with the file, key,
/// line and expected form. Unknown keys are refused so a typo never silently falls back to a default.
/// </summary>
internal sealed class ManifestNode
{
    private readonly YamlMappingNode _map;
    private readonly string _file;
    private readonly string _path;

    public ManifestNode(YamlMappingNode map, string file, string path)
    {
        _map = map;
        _file = file;
        _path = path;
    }

    public int Line => (int)_map.Start.Line;

    /// <summary>An error at <paramref name="node"/>, or at the key's value when it is present, or at this mapping.</summary>
    public StackManifestException Error(string key, YamlNode? node, string problem)
    {
        node ??= _map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
        return new(_file, Key(key), (int)(node?.Start.Line ?? _map.Start.Line), problem);
    }

    public string? String(string key, Regex? pattern = null, string? expected = null)
    {
        if (Scalar(key, expected ?? "a string") is not { } scalar) return null;
        var value = scalar.Value ?? "";
        if (pattern is not null && !pattern.IsMatch(value)) throw Error(key, scalar, $"'{value}' is not valid; expected {expected}.");
        return value;
    }

    public string RequiredString(string key, Regex? pattern = null, string? expected = null) =>
        String(key, pattern, expected) ?? throw Error(key, null, $"is required; expected {expected ?? "a string"}.");

    public bool? Bool(string key)
    {
        if (Scalar(key, "true or false") is not { } scalar) return null;
        return scalar.Value switch
        {
            "true" => true,
            "false" => false,
            _ => throw Error(key, scalar, $"'{scalar.Value}' is not valid; expected true or false."),
        };
    }

    public int? Int(string key, int min, int max)
    {
        var expected = $"a whole number from {min} to {max}";
        if (Scalar(key, expected) is not { } scalar) return null;
        if (!int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw Error(key, scalar, $"'{scalar.Value}' is not valid; expected {expected}.");
        return value;
    }

    public long? Long(string key)
    {
        if (Scalar(key, "a whole number") is not { } scalar) return null;
        if (!long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw Error(key, scalar, $"'{scalar.Value}' is not valid; expected a whole number.");
        return value;
    }

    public double? Double(string key, double min, double max, bool exclusiveMin = false)
    {
        var expected = exclusiveMin ? $"a number above {min} up to {max}" : $"a number from {min} to {max}";
        if (Scalar(key, expected) is not { } scalar) return null;
        if (!double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || value > max || value < min || (exclusiveMin && value <= min))
            throw Error(key, scalar, $"'{scalar.Value}' is not valid; expected {expected}.");
        return value;
    }

    public TimeSpan? Duration(string key)
    {
        const string expected = "a duration such as 15s, 5m, 1h30m or 30d";
        if (Scalar(key, expected) is not { } scalar) return null;
        if (!PrometheusDuration.TryParse(scalar.Value ?? "", out var value))
            throw Error(key, scalar, $"'{scalar.Value}' is not valid; expected {expected}.");
        return value;
    }

    public ManifestNode? Map(string key)
    {
        if (Get(key) is not { } node) return null;
        if (node is not YamlMappingNode map) throw Error(key, node, "expected a mapping of keys to values.");
        return new ManifestNode(map, _file, Key(key));
    }

    public IReadOnlyList<ManifestNode> MapSequence(string key)
    {
        if (Get(key) is not { } node) return [];
        if (node is not YamlSequenceNode sequence) throw Error(key, node, "expected a list.");
        return [.. sequence.Children.Select((child, i) => child is YamlMappingNode map
            ? new ManifestNode(map, _file, $"{Key(key)}[{i}]")
            : throw new StackManifestException(_file, $"{Key(key)}[{i}]", (int)child.Start.Line, "expected a mapping of keys to values."))];
    }

    public IReadOnlyList<(string Value, YamlNode Node)> StringSequence(string key)
    {
        if (Get(key) is not { } node) return [];
        if (node is YamlScalarNode single) return [(single.Value ?? "", single)];
        if (node is not YamlSequenceNode sequence) throw Error(key, node, "expected a list of strings.");
        return [.. sequence.Children.Select((child, i) => child is YamlScalarNode s
            ? (s.Value ?? "", (YamlNode)s)
            : throw new StackManifestException(_file, $"{Key(key)}[{i}]", (int)child.Start.Line, "expected a string."))];
    }

    /// <summary>Refuses every key that was not read, listing the keys this mapping accepts.</summary>
    public void RefuseUnknownKeys(params string[] known)
    {
        foreach (var (keyNode, _) in _map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(key, StringComparer.Ordinal))
                throw Error(key, keyNode, $"unknown key; expected one of: {string.Join(", ", known)}.");
        }
    }

    public string Key(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    private YamlNode? Get(string key)
    {
        return _map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
    }

    private YamlScalarNode? Scalar(string key, string expected)
    {
        if (Get(key) is not { } node) return null;
        if (node is not YamlScalarNode scalar) throw Error(key, node, $"expected {expected}.");
        if (string.IsNullOrEmpty(scalar.Value) || scalar.Value == "~" || scalar.Value == "null")
            throw Error(key, node, $"is empty; expected {expected}.");
        return scalar;
    }
}
