using System.Globalization;
using System.Text;

namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>
/// The values of a test input series as a function of time (seconds since the test started), rendered in promtool's
/// expanding notation (<c>0+15x20</c>, <c>1x40</c>, <c>_x3</c>) at the test's sample interval.
/// </summary>
public sealed class SeriesValues
{
    private readonly Func<double, double?> _valueAt;

    private SeriesValues(Func<double, double?> valueAt) => _valueAt = valueAt;

    /// <summary>The same value at every sample.</summary>
    public static SeriesValues Constant(double value) => new(_ => value);

    /// <summary>A value growing steadily: <paramref name="start"/> plus <paramref name="perSecond"/> per second (a counter or a clock).</summary>
    public static SeriesValues Linear(double start, double perSecond) => new(t => start + perSecond * t);

    /// <summary>The Unix time of the sample itself (test time starts at 0), as a freshly updated timestamp gauge reports.</summary>
    public static SeriesValues Clock() => Linear(0, 1);

    /// <summary><paramref name="before"/> until <paramref name="at"/>, then <paramref name="after"/>.</summary>
    public static SeriesValues Step(TimeSpan at, double before, double after) => new(t => t < at.TotalSeconds ? before : after);

    /// <summary>Values from an arbitrary function; null means no sample (rendered <c>_</c>).</summary>
    public static SeriesValues From(Func<double, double?> valueAt)
    {
        ArgumentNullException.ThrowIfNull(valueAt);
        return new SeriesValues(valueAt);
    }

    /// <summary>The value at a time in seconds, or null for a missing sample.</summary>
    public double? At(double seconds) => _valueAt(seconds);

    /// <summary>Renders samples 0, interval, 2×interval, ... up to <paramref name="samples"/> samples in promtool notation.</summary>
    public string Render(TimeSpan interval, int samples)
    {
        if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval must be positive.");
        if (samples < 1) throw new ArgumentOutOfRangeException(nameof(samples), samples, "At least one sample.");
        var values = Enumerable.Range(0, samples).Select(k => At(k * interval.TotalSeconds)).ToArray();
        var parts = new List<string>();
        var i = 0;
        while (i < values.Length)
        {
            if (values[i] is not { } first)
            {
                var gap = 1;
                while (i + gap < values.Length && values[i + gap] is null) gap++;
                parts.Add(gap == 1 ? "_" : string.Create(CultureInfo.InvariantCulture, $"_x{gap}"));
                i += gap;
                continue;
            }
            // Extend a run of equal steps as far as it goes: "a+bxn" expands to n+1 samples.
            var steps = 0;
            var step = 0.0;
            if (i + 1 < values.Length && values[i + 1] is { } second)
            {
                step = second - first;
                steps = 1;
                while (i + steps + 1 < values.Length && values[i + steps + 1] is { } next && SameStep(next - values[i + steps]!.Value, step)) steps++;
            }
            parts.Add(RenderRun(first, step, steps));
            i += steps + 1;
        }
        return string.Join(' ', parts);
    }

    private static string RenderRun(double first, double step, int steps)
    {
        var text = new StringBuilder(Number(first));
        if (steps == 0) return text.ToString();
        if (step != 0) text.Append(step > 0 ? '+' : '-').Append(Number(Math.Abs(step)));
        return text.Append('x').Append(steps.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    private static bool SameStep(double a, double b) =>
        Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    private static string Number(double value) => Math.Round(value, 9).ToString("R", CultureInfo.InvariantCulture);
}
