using System.Text;

namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>A query string built once, sorted by key, so the text in the URL and the signed text are identical.</summary>
public sealed class BitgetQuery
{
    private readonly SortedDictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Adds a parameter; null or empty values are left out.</summary>
    public BitgetQuery Add(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value)) _values[key] = value;
        return this;
    }

    /// <summary>Adds a numeric parameter.</summary>
    public BitgetQuery Add(string key, long value) => Add(key, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The encoded query without the leading <c>?</c>; empty when there are no parameters.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var (k, v) in _values)
        {
            if (sb.Length > 0) sb.Append('&');
            sb.Append(Uri.EscapeDataString(k)).Append('=').Append(Uri.EscapeDataString(v));
        }
        return sb.ToString();
    }
}
