using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Rules;
using Hbot.Sdk.Monitoring.Rules.PromQl;

namespace Hbot.Sdk.Monitoring.Tests.Rules;

public sealed class RuleMetricNameTests
{
    private static readonly IReadOnlyList<RulePack> Packs = RulePacks.Default(new RulePackOptions());

    private static HashSet<string> KnownNames()
    {
        var names = MetricCatalog.All.Concat(ExternalMetrics.All).SelectMany(m => m.SeriesNames).ToHashSet(StringComparer.Ordinal);
        names.UnionWith(Packs.SelectMany(p => p.Recordings).Select(r => r.Record));
        return names;
    }

    [Fact]
    public void Every_metric_in_every_expression_is_a_catalog_entry_or_a_recorded_series()
    {
        var known = KnownNames();

        var unknown = Packs.SelectMany(p => p.Groups).SelectMany(g => g.Rules)
            .SelectMany(r => PromQlScanner.Scan(r.Expression).MetricNames.Select(name => (Rule: r.Name, Metric: name)))
            .Where(x => !known.Contains(x.Metric))
            .ToList();

        Assert.True(unknown.Count == 0, "Unknown metrics: " + string.Join(", ", unknown.Select(x => $"{x.Metric} (in {x.Rule})")));
    }

    [Fact]
    public void Every_test_input_series_is_a_catalog_entry()
    {
        var known = KnownNames();

        var unknown = Packs.SelectMany(p => p.Alerts)
            .SelectMany(a => a.Test.Failing.Concat(a.Test.Healthy).Select(s => (Alert: a.Alert, s.SeriesName)))
            .Where(x => !known.Contains(x.SeriesName))
            .ToList();

        Assert.True(unknown.Count == 0, "Unknown test series: " + string.Join(", ", unknown.Select(x => $"{x.SeriesName} (in {x.Alert})")));
    }

    [Fact]
    public void Every_external_metric_is_used_by_a_rule()
    {
        var used = Packs.SelectMany(p => p.Groups).SelectMany(g => g.Rules)
            .SelectMany(r => PromQlScanner.Scan(r.Expression).MetricNames)
            .ToHashSet(StringComparer.Ordinal);

        var unused = ExternalMetrics.All.Where(m => !m.SeriesNames.Any(used.Contains)).Select(m => m.Name).ToList();

        Assert.True(unused.Count == 0, "External metrics no rule uses: " + string.Join(", ", unused));
    }

    [Fact]
    public void External_metrics_are_marked_as_not_exported_by_the_sdk()
    {
        Assert.All(ExternalMetrics.All, m => Assert.False(m.IsExportedBySdk, m.Name));
        Assert.Empty(ExternalMetrics.All.Select(m => m.Name).Intersect(MetricCatalog.All.Select(m => m.Name)));
    }

    [Fact]
    public void The_check_catches_a_metric_name_that_is_not_in_any_catalog()
    {
        var scan = PromQlScanner.Scan("rate(hbot_orders_placed_total[5m]) > 0");

        Assert.DoesNotContain(scan.MetricNames.Single(), KnownNames());
    }
}
