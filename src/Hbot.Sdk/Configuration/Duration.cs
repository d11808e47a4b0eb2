using System.Globalization;

namespace Hbot.Sdk.Configuration;

/// <summary>Durations as written in configs and on the command line: <c>500ms</c>, <c>30s</c>, <c>5m</c>, <c>1h</c>, <c>1d</c>, or a plain number of seconds.</summary>
public static class Duration
{
    /// <summary>The accepted form, for error messages.</summary>
    public const string ExpectedForm = "a duration such as 500ms, 30s, 5m or 1h (or a number of seconds)";

    /// <summary>Parses a duration; false when the text is not one or is negative.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        var (number, unit) = s.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (s[..^2], 0.001)
            : s.EndsWith('s') || s.EndsWith('S') ? (s[..^1], 1.0)
            : s.EndsWith('m') || s.EndsWith('M') ? (s[..^1], 60.0)
            : s.EndsWith('h') || s.EndsWith('H') ? (s[..^1], 3600.0)
            : s.EndsWith('d') || s.EndsWith('D') ? (s[..^1], 86400.0)
            : (s, 1.0);
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return false;
        var seconds = amount * unit;
        if (double.IsNaN(seconds) || seconds < 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2) return false;
        value = TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        return true;
    }

    /// <summary>Parses a duration.</summary>
    /// <exception cref="FormatException">The text is not a duration.</exception>
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not {ExpectedForm}.");

    /// <summary>Formats a duration in the shortest of the accepted forms.</summary>
    public static string Format(TimeSpan value) => value switch
    {
        { TotalMilliseconds: var ms } when ms % 1000 != 0 => $"{ms.ToString(CultureInfo.InvariantCulture)}ms",
        { TotalSeconds: var s } when s % 60 != 0 => $"{s.ToString(CultureInfo.InvariantCulture)}s",
        { TotalMinutes: var m } when m % 60 != 0 => $"{m.ToString(CultureInfo.InvariantCulture)}m",
        { TotalHours: var h } => $"{h.ToString(CultureInfo.InvariantCulture)}h",
    };
}
