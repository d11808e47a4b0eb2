using System.Globalization;

namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>Bitget sends numbers as strings (sometimes empty); these read and write them without culture or exponent.</summary>
public static class BitgetNumber
{
    /// <summary>Parses a decimal string; null or empty gives 0.</summary>
    /// <exception cref="FormatException">The text is not a number.</exception>
    public static decimal Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0m : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Parses a decimal string; null when empty.</summary>
    public static decimal? ParseOptional(string? text) => string.IsNullOrWhiteSpace(text) ? null : Parse(text);

    /// <summary>Parses a millisecond timestamp string; empty gives the Unix epoch.</summary>
    public static DateTimeOffset ParseTime(string? text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : DateTimeOffset.UnixEpoch;

    /// <summary>Formats a decimal without exponent or trailing zeros (<c>1.50</c> becomes <c>1.5</c>).</summary>
    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>The step 10^-decimals (decimals "2" gives 0.01); an empty value gives 0 (no rounding).</summary>
    public static decimal StepFromDecimals(string? decimals)
    {
        if (!int.TryParse(decimals, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) || d < 0 || d > 20) return 0m;
        var step = 1m;
        for (var i = 0; i < d; i++) step /= 10m;
        return step;
    }
}
