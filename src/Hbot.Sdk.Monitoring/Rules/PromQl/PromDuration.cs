using System.Globalization;
using System.Text;

namespace Hbot.Sdk.Monitoring.Rules.PromQl;

/// <summary>Prometheus duration notation (<c>30s</c>, <c>5m</c>, <c>1h30m</c>, <c>30d</c>), as used in PromQL and rule files.</summary>
public static class PromDuration
{
    private static readonly (string Unit, TimeSpan Length)[] Units =
    [
        ("y", TimeSpan.FromDays(365)), ("w", TimeSpan.FromDays(7)), ("d", TimeSpan.FromDays(1)), ("h", TimeSpan.FromHours(1)),
        ("m", TimeSpan.FromMinutes(1)), ("s", TimeSpan.FromSeconds(1)), ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    /// <summary>Formats a duration with the largest exact units, for example 90 seconds as <c>1m30s</c> and zero as <c>0s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), duration, "Prometheus durations are not negative.");
        if (duration == TimeSpan.Zero) return "0s";
        if (duration.Ticks % TimeSpan.TicksPerMillisecond != 0)
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "Prometheus durations have millisecond resolution.");
        var text = new StringBuilder();
        var rest = duration;
        // Weeks and years are skipped on output: "14d" reads better than "2w" and years are not exact.
        foreach (var (unit, length) in Units.Where(u => u.Unit is not ("y" or "w")))
        {
            var count = rest.Ticks / length.Ticks;
            if (count == 0) continue;
            text.Append(count.ToString(CultureInfo.InvariantCulture)).Append(unit);
            rest -= TimeSpan.FromTicks(count * length.Ticks);
        }
        return text.ToString();
    }

    /// <summary>Parses a duration such as <c>5m</c> or <c>1h30m</c>.</summary>
    /// <exception cref="FormatException">The text is not a Prometheus duration.</exception>
    public static TimeSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) throw new FormatException("An empty string is not a Prometheus duration.");
        var total = TimeSpan.Zero;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            if (i == start) throw new FormatException($"'{text}' is not a Prometheus duration: expected a number at character {i}.");
            var count = long.Parse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
            var unit = ReadUnit(text, ref i) ?? throw new FormatException($"'{text}' is not a Prometheus duration: expected a unit (ms, s, m, h, d, w, y) at character {i}.");
            total += TimeSpan.FromTicks(checked(count * unit.Ticks));
        }
        return total;
    }

    /// <summary>Reads a unit at <paramref name="i"/> and advances past it; null when no unit starts there.</summary>
    internal static TimeSpan? ReadUnit(string text, ref int i)
    {
        if (i + 1 < text.Length && text[i] == 'm' && text[i + 1] == 's')
        {
            i += 2;
            return TimeSpan.FromMilliseconds(1);
        }
        if (i >= text.Length) return null;
        foreach (var (unit, length) in Units)
        {
            if (unit.Length == 1 && text[i] == unit[0])
            {
                i++;
                return length;
            }
        }
        return null;
    }
}
