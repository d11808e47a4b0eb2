using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>
/// Builds YAML documents node by node with YamlDotNet, so key order and scalar styles are chosen explicitly and
/// the output is byte-stable: the same input always renders the same text, with LF line ends.
/// </summary>
internal static class RuleYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder().Build();

    public static YamlScalarNode Plain(string value) => new(value);

    public static YamlScalarNode Quoted(string value) => new(value) { Style = ScalarStyle.SingleQuoted };

    /// <summary>A PromQL expression: plain when it fits on one line, a literal block otherwise.</summary>
    public static YamlScalarNode Expression(string expression)
    {
        var text = expression.Trim().ReplaceLineEndings("\n");
        return new YamlScalarNode(text) { Style = text.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal : ScalarStyle.Any };
    }

    public static YamlMappingNode Map(params (string Key, YamlNode? Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            if (value is not null) map.Add(new YamlScalarNode(key), value);
        }
        return map;
    }

    /// <summary>A mapping of labels or annotations, sorted by name.</summary>
    public static YamlMappingNode Labels(IEnumerable<RuleLabel> labels)
    {
        var map = new YamlMappingNode();
        foreach (var label in labels.OrderBy(l => l.Name, StringComparer.Ordinal)) map.Add(new YamlScalarNode(label.Name), new YamlScalarNode(label.Value));
        return map;
    }

    public static YamlSequenceNode Sequence(IEnumerable<YamlNode> items) => new(items);

    public static string Serialize(YamlNode root, string header)
    {
        var body = Serializer.Serialize(root).ReplaceLineEndings("\n");
        return header.ReplaceLineEndings("\n") + body;
    }
}
