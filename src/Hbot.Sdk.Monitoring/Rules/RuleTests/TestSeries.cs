using System.Text;

namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>One input series of a promtool test: a series name, its labels and its values over time.</summary>
/// <param name="SeriesName">The stored series name (for histograms the <c>_bucket</c>, <c>_sum</c> or <c>_count</c> series).</param>
/// <param name="Labels">The series labels, including <c>job</c> and <c>instance</c>.</param>
/// <param name="Values">The values over time.</param>
public sealed record TestSeries(string SeriesName, IReadOnlyList<RuleLabel> Labels, SeriesValues Values)
{
    /// <summary>The series in promtool notation: <c>name{a="1",b="2"}</c>.</summary>
    public string Selector
    {
        get
        {
            var text = new StringBuilder(SeriesName);
            if (Labels.Count == 0) return text.ToString();
            text.Append('{');
            text.AppendJoin(',', Labels.Select(l => $"{l.Name}=\"{l.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\""));
            return text.Append('}').ToString();
        }
    }
}
