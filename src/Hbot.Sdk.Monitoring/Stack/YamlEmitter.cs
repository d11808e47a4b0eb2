using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>
/// Writes <see cref="YamlMap"/> trees as block YAML with two-space indentation and quoting only where a plain
/// scalar would be read back differently. Output is byte-for-byte deterministic and ends with a newline.
/// </summary>
internal static partial class YamlEmitter
{
    /// <summary>Renders a document, with an optional leading comment (one line per entry, each prefixed by <c># </c>).</summary>
    public static string Write(YamlMap document, params string[] comment)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        foreach (var line in comment) text.Append("# ").Append(line).Append('\n');
        WriteMap(text, document, 0);
        return text.ToString();
    }

    /// <summary>Renders a scalar as YAML would need it written (quoted when a plain form would change its meaning).</summary>
    public static string Scalar(object value) => value switch
    {
        string s => Quote(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        YamlFlowList flow => "[" + string.Join(", ", flow.Select(Scalar)) + "]",
        _ => throw new ArgumentException($"Cannot write {value.GetType().Name} as a YAML scalar.", nameof(value)),
    };

    private static void WriteMap(StringBuilder text, YamlMap map, int indent)
    {
        foreach (var (key, value) in map)
        {
            text.Append(' ', indent).Append(Quote(key)).Append(':');
            WriteValue(text, value, indent);
        }
    }

    private static void WriteValue(StringBuilder text, object value, int indent)
    {
        switch (value)
        {
            case YamlMap { Count: 0 }:
                text.Append(" {}\n");
                break;
            case YamlMap nested:
                text.Append('\n');
                WriteMap(text, nested, indent + 2);
                break;
            case YamlList { Count: 0 }:
                text.Append(" []\n");
                break;
            case YamlList list:
                text.Append('\n');
                WriteList(text, list, indent + 2);
                break;
            default:
                text.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static void WriteList(StringBuilder text, YamlList list, int indent)
    {
        foreach (var item in list)
        {
            text.Append(' ', indent).Append('-');
            if (item is YamlMap { Count: > 0 } map)
            {
                // The first key goes on the dash line; the rest line up under it.
                var first = true;
                foreach (var (key, value) in map)
                {
                    if (first) text.Append(' ');
                    else text.Append(' ', indent + 2);
                    first = false;
                    text.Append(Quote(key)).Append(':');
                    WriteValue(text, value, indent + 2);
                }
            }
            else if (item is YamlList nested)
            {
                text.Append('\n');
                WriteList(text, nested, indent + 2);
            }
            else
            {
                WriteValue(text, item, indent);
            }
        }
    }

    private static string Quote(string value)
    {
        if (PlainSafe().IsMatch(value) && !Reserved().IsMatch(value) && !value.Contains(": ", StringComparison.Ordinal)
            && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':'))
            return value;
        if (!value.Contains('\n', StringComparison.Ordinal) && !value.Contains('\'', StringComparison.Ordinal) && value.All(c => !char.IsControl(c)))
            return "'" + value + "'";
        var escaped = new StringBuilder("\"");
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return escaped.Append('"').ToString();
    }

    [GeneratedRegex(@"^[A-Za-z0-9_/.$][A-Za-z0-9_ ./:=$+()-]*$")]
    private static partial Regex PlainSafe();

    // Plain scalars YAML 1.1 or 1.2 would read as booleans, nulls or numbers.
    [GeneratedRegex(@"^(?i:true|false|yes|no|on|off|y|n|null|~)$|^[-+]?(\.?[0-9][0-9_.,:eE+-]*|\.(?i:inf|nan))$|^0[xob]|\s$")]
    private static partial Regex Reserved();
}
