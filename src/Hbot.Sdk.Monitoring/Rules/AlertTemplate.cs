using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>
/// The subset of Prometheus' Go templates used in alert annotations, rendered exactly as Prometheus renders them, so
/// generated promtool tests can state the expected annotations. Supported actions:
/// <c>{{ $labels.name }}</c>, <c>{{ $value | humanize }}</c>, <c>{{ $value | humanizePercentage }}</c>,
/// <c>{{ $value | humanizeDuration }}</c> and <c>{{ printf "%.2f" $value }}</c> (any digit count).
/// Anything else is refused, so an annotation can never contain a template the tests cannot predict.
/// </summary>
public static partial class AlertTemplate
{
    /// <summary>Checks that every action in the template is supported.</summary>
    /// <exception cref="FormatException">An unsupported or unterminated action.</exception>
    public static void Validate(string template) => Render(template, new Dictionary<string, string>(), 0);

    /// <summary>Renders a template for an alert with the given series labels and value.</summary>
    /// <param name="template">The annotation template.</param>
    /// <param name="labels">The alert's series labels (<c>$labels</c>); a missing label renders empty, as in Prometheus.</param>
    /// <param name="value">The alert's value (<c>$value</c>).</param>
    /// <exception cref="FormatException">An unsupported or unterminated action.</exception>
    public static string Render(string template, IReadOnlyDictionary<string, string> labels, double value)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(labels);
        var output = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                output.Append(template, i, template.Length - i);
                break;
            }
            output.Append(template, i, open - i);
            var close = template.IndexOf("}}", open, StringComparison.Ordinal);
            if (close < 0) throw new FormatException($"Unterminated template action at character {open}.");
            output.Append(RenderAction(template[(open + 2)..close].Trim(), labels, value));
            i = close + 2;
        }
        return output.ToString();
    }

    private static string RenderAction(string action, IReadOnlyDictionary<string, string> labels, double value)
    {
        if (LabelAction().Match(action) is { Success: true } label)
            return labels.TryGetValue(label.Groups[1].Value, out var text) ? text : "";
        if (PrintfAction().Match(action) is { Success: true } printf)
            return FormatFixed(value, int.Parse(printf.Groups["digits"].Value, CultureInfo.InvariantCulture));
        return action switch
        {
            "$value | humanize" => Humanize(value),
            "$value | humanizePercentage" => FormatG4(value * 100) + "%",
            "$value | humanizeDuration" => HumanizeDuration(value),
            _ => throw new FormatException(
                $"Template action '{{{{ {action} }}}}' is not supported; use $labels.name, $value | humanize, humanizePercentage, humanizeDuration or printf \"%.Nf\" $value."),
        };
    }

    /// <summary>Go's <c>printf "%.Nf"</c>.</summary>
    internal static string FormatFixed(double value, int digits) =>
        double.IsFinite(value) ? value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : FormatSpecial(value);

    /// <summary>Prometheus' <c>humanize</c>: SI prefixes and four significant digits.</summary>
    internal static string Humanize(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return FormatG4(value);
        string[] large = ["k", "M", "G", "T", "P", "E", "Z", "Y"];
        string[] small = ["m", "u", "n", "p", "f", "a", "z", "y"];
        var prefix = "";
        if (Math.Abs(value) >= 1)
        {
            foreach (var p in large)
            {
                if (Math.Abs(value) < 1000) break;
                prefix = p;
                value /= 1000;
            }
        }
        else
        {
            foreach (var p in small)
            {
                if (Math.Abs(value) >= 1) break;
                prefix = p;
                value *= 1000;
            }
        }
        return FormatG4(value) + prefix;
    }

    /// <summary>Prometheus' <c>humanizeDuration</c>: <c>1d 2h 3m 4s</c> down to minutes, then four significant digits of seconds.</summary>
    internal static string HumanizeDuration(double value)
    {
        if (!double.IsFinite(value)) return FormatG4(value);
        if (value == 0) return FormatG4(value) + "s";
        if (Math.Abs(value) >= 1)
        {
            var sign = value < 0 ? "-" : "";
            value = Math.Abs(value);
            var whole = (long)value;
            var seconds = whole % 60;
            var minutes = whole / 60 % 60;
            var hours = whole / 3600 % 24;
            var days = whole / 86400;
            var c = CultureInfo.InvariantCulture;
            if (days != 0) return string.Create(c, $"{sign}{days}d {hours}h {minutes}m {seconds}s");
            if (hours != 0) return string.Create(c, $"{sign}{hours}h {minutes}m {seconds}s");
            if (minutes != 0) return string.Create(c, $"{sign}{minutes}m {seconds}s");
            return sign + FormatG4(value) + "s";
        }
        var prefix = "";
        foreach (var p in (string[])["m", "u", "n", "p", "f", "a", "z", "y"])
        {
            if (Math.Abs(value) >= 1) break;
            prefix = p;
            value *= 1000;
        }
        return FormatG4(value) + prefix + "s";
    }

    /// <summary>Go's <c>%.4g</c>: four significant digits, trailing zeros dropped, exponent form outside 1e-4 to 1e4.</summary>
    internal static string FormatG4(double value)
    {
        if (!double.IsFinite(value)) return FormatSpecial(value);
        if (value == 0) return "0";
        var scientific = value.ToString("E3", CultureInfo.InvariantCulture);
        var e = scientific.IndexOf('E', StringComparison.Ordinal);
        var exponent = int.Parse(scientific.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (exponent < -4 || exponent >= 4)
        {
            var mantissa = TrimZeros(scientific[..e]);
            return string.Create(CultureInfo.InvariantCulture, $"{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}");
        }
        return TrimZeros(value.ToString("F" + (3 - exponent).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    private static string TrimZeros(string number) =>
        number.Contains('.', StringComparison.Ordinal) ? number.TrimEnd('0').TrimEnd('.') : number;

    private static string FormatSpecial(double value) =>
        double.IsNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";

    [GeneratedRegex(@"^\$labels\.([a-zA-Z_][a-zA-Z0-9_]*)$")]
    private static partial Regex LabelAction();

    [GeneratedRegex("""^(printf "%\.(?<digits>[0-9])f" \$value|\$value \| printf "%\.(?<digits>[0-9])f")$""")]
    private static partial Regex PrintfAction();
}
