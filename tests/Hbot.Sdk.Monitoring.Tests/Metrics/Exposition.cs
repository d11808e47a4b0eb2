using System.Globalization;
using System.Text;

namespace Hbot.Sdk.Monitoring.Tests.Metrics;

/// <summary>A parsed Prometheus or OpenMetrics text exposition: families with their HELP, TYPE and samples.</summary>
internal sealed class Exposition
{
    private readonly Dictionary<string, Family> _families = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Family> Families => _families;

    public IEnumerable<Sample> Samples => _families.Values.SelectMany(f => f.Samples);

    public static Exposition Parse(string text)
    {
        var exposition = new Exposition();
        Family? current = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line == "# EOF") continue;
            if (line.StartsWith("# HELP ", StringComparison.Ordinal) || line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var rest = line[7..];
                var space = rest.IndexOf(' ');
                var name = space < 0 ? rest : rest[..space];
                var value = space < 0 ? string.Empty : rest[(space + 1)..];
                current = exposition.FamilyNamed(name);
                if (line[2] == 'H') current.Help = value;
                else current.Type = value;
                continue;
            }
            if (line.StartsWith('#')) continue;
            var sample = ParseSample(line);
            var family = current is not null && sample.Name.StartsWith(current.Name, StringComparison.Ordinal)
                ? current
                : exposition.FamilyNamed(sample.Name);
            family.Samples.Add(sample);
        }
        return exposition;
    }

    public double Value(string name, params (string Label, string Value)[] labels)
    {
        var matches = Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value)).ToList();
        Assert.True(matches.Count == 1, $"Expected one sample {name} with {string.Join(",", labels)}, found {matches.Count}.");
        return matches[0].Value;
    }

    public double? ValueOrNull(string name, params (string Label, string Value)[] labels) =>
        Samples.FirstOrDefault(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value))?.Value;

    private Family FamilyNamed(string name)
    {
        if (!_families.TryGetValue(name, out var family)) _families[name] = family = new Family(name);
        return family;
    }

    private static Sample ParseSample(string line)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var brace = line.IndexOf('{');
        var nameEnd = brace >= 0 ? brace : line.IndexOf(' ');
        var name = line[..nameEnd];
        var i = nameEnd;
        if (brace >= 0)
        {
            i = brace + 1;
            while (line[i] != '}')
            {
                var eq = line.IndexOf('=', i);
                var label = line[i..eq];
                i = eq + 2; // skip ="
                var value = new StringBuilder();
                while (line[i] != '"')
                {
                    if (line[i] == '\\')
                    {
                        i++;
                        value.Append(line[i] == 'n' ? '\n' : line[i]);
                    }
                    else value.Append(line[i]);
                    i++;
                }
                labels[label] = value.ToString();
                i++; // closing quote
                if (line[i] == ',') i++;
            }
            i++;
        }
        var parts = line[i..].Trim().Split(' ');
        var number = parts[0] switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            var v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return new Sample(name, labels, number);
    }

    internal sealed class Family(string name)
    {
        public string Name { get; } = name;
        public string? Help { get; set; }
        public string? Type { get; set; }
        public List<Sample> Samples { get; } = [];

        /// <summary>Label names of the samples, without the histogram's <c>le</c>.</summary>
        public IReadOnlySet<string> LabelNames => Samples.SelectMany(s => s.Labels.Keys).Where(k => k != "le").ToHashSet(StringComparer.Ordinal);
    }

    internal sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
}
