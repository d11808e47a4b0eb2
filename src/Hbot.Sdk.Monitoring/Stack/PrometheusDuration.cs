using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>Prometheus duration strings (<c>1h30m</c>, <c>15s</c>, <c>30d</c>) to and from <see cref="TimeSpan"/>.</summary>
public static partial class PrometheusDuration
{
    private static readonly (string Unit, TimeSpan Size)[] Units =
    [
        ("w", TimeSpan.FromDays(7)), ("d", TimeSpan.FromDays(1)), ("h", TimeSpan.FromHours(1)),
        ("m", TimeSpan.FromMinutes(1)), ("s", TimeSpan.FromSeconds(1)), ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    /// <summary>Parses a duration such as <c>1h30m</c>; returns <see langword="false"/> for anything else or zero.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = Pattern().Match(text ?? "");
        if (!match.Success) return false;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unitStart = part.Value.IndexOfAny(['w', 'd', 'h', 'm', 's']);
            var amount = long.Parse(part.Value[..unitStart], CultureInfo.InvariantCulture);
            var size = Units.First(u => u.Unit == part.Value[unitStart..]).Size;
            duration += size * amount;
        }
        return duration > TimeSpan.Zero;
    }

    /// <summary>Formats a positive duration in the largest units, for example <c>1h30m</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), duration, "A Prometheus duration is positive.");
        var text = new StringBuilder();
        var rest = duration;
        foreach (var (unit, size) in Units)
        {
            var count = rest.Ticks / size.Ticks;
            if (count == 0) continue;
            text.Append(count.ToString(CultureInfo.InvariantCulture)).Append(unit);
            rest -= size * count;
        }
        return text.ToString();
    }

    [GeneratedRegex("^(?<part>[0-9]+(?:ms|w|d|h|m|s))+$")]
    private static partial Regex Pattern();
}
