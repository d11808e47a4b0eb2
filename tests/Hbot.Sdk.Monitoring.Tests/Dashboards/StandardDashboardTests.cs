using System.Text.Json;
using System.Text.RegularExpressions;
using Hbot.Sdk.Monitoring.Dashboards;
using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Rules;

namespace Hbot.Sdk.Monitoring.Tests.Dashboards;

/// <summary>Checks the rendered JSON of every standard dashboard, so a builder bug cannot hide behind its own checks.</summary>
public partial class StandardDashboardTests
{
    private static readonly string[] ReactPanelTypes = ["row", "timeseries", "stat", "gauge", "table", "bargauge", "logs"];

    public static TheoryData<string> DashboardUids() =>
        [.. StandardDashboards.Create(new DashboardOptions { IncludeLogs = true }).Select(d => d.Uid)];

    private static JsonDocument Render(string uid)
    {
        var dashboard = StandardDashboards.Create(new DashboardOptions { IncludeLogs = true, RunbookUrlPattern = "https://runbooks.example/{alertname}.md" })
            .Single(d => d.Uid == uid);
        return JsonDocument.Parse(DashboardJson.Write(dashboard));
    }

    private static IEnumerable<JsonElement> Panels(JsonDocument json) => json.RootElement.GetProperty("panels").EnumerateArray();

    private static IEnumerable<(JsonElement Panel, JsonElement Target)> Targets(JsonDocument json) =>
        Panels(json).Where(p => p.TryGetProperty("targets", out _)).SelectMany(p => p.GetProperty("targets").EnumerateArray().Select(t => (p, t)));

    [Fact]
    public void Logs_dashboard_only_with_the_logs_part()
    {
        Assert.Equal(["hbot-infrastructure", "hbot-bot-trading", "hbot-exchange", "hbot-slo"], StandardDashboards.Create(new DashboardOptions()).Select(d => d.Uid));
        Assert.Contains("hbot-logs", StandardDashboards.Create(new DashboardOptions { IncludeLogs = true }).Select(d => d.Uid));
    }

    [Theory]
    [MemberData(nameof(DashboardUids))]
    public void Model_fields_are_valid_for_provisioning(string uid)
    {
        using var json = Render(uid);
        var root = json.RootElement;

        Assert.Equal(42, root.GetProperty("schemaVersion").GetInt32());
        Assert.InRange(root.GetProperty("uid").GetString()!.Length, 8, 40);
        Assert.False(root.TryGetProperty("id", out _));
        Assert.Contains(root.GetProperty("templating").GetProperty("list").EnumerateArray(),
            v => v.GetProperty("name").GetString() == "datasource" && v.GetProperty("type").GetString() == "datasource");
        Assert.DoesNotContain("${DS_", root.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DashboardUids))]
    public void Grid_positions_stay_inside_24_columns_without_overlap(string uid)
    {
        using var json = Render(uid);
        var boxes = new List<(int X, int Y, int W, int H)>();
        foreach (var panel in Panels(json))
        {
            var pos = panel.GetProperty("gridPos");
            var box = (pos.GetProperty("x").GetInt32(), pos.GetProperty("y").GetInt32(), pos.GetProperty("w").GetInt32(), pos.GetProperty("h").GetInt32());
            Assert.True(box.Item1 >= 0 && box.Item3 >= 1 && box.Item1 + box.Item3 <= 24, $"{panel.GetProperty("title")} at x={box.Item1} w={box.Item3}");
            Assert.True(box.Item4 >= 1);
            Assert.DoesNotContain(boxes, b => b.X < box.Item1 + box.Item3 && box.Item1 < b.X + b.W && b.Y < box.Item2 + box.Item4 && box.Item2 < b.Y + b.H);
            boxes.Add(box);
        }
    }

    [Theory]
    [MemberData(nameof(DashboardUids))]
    public void Ids_and_ref_ids_are_unique(string uid)
    {
        using var json = Render(uid);
        var ids = Panels(json).Select(p => p.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var panel in Panels(json).Where(p => p.TryGetProperty("targets", out _)))
        {
            var refIds = panel.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("refId").GetString()).ToList();
            Assert.NotEmpty(refIds);
            Assert.Equal(refIds.Count, refIds.Distinct().Count());
        }
    }

    [Theory]
    [MemberData(nameof(DashboardUids))]
    public void Every_panel_is_a_react_panel_with_a_unit(string uid)
    {
        using var json = Render(uid);
        foreach (var panel in Panels(json))
        {
            var type = panel.GetProperty("type").GetString();
            Assert.Contains(type, ReactPanelTypes);
            if (type == "row") continue;
            var unit = panel.GetProperty("fieldConfig").GetProperty("defaults").GetProperty("unit").GetString();
            Assert.False(string.IsNullOrEmpty(unit), $"{panel.GetProperty("title")} has no unit");
        }
    }

    [Theory]
    [MemberData(nameof(DashboardUids))]
    public void Every_rate_uses_rate_interval_and_every_prometheus_panel_the_variable(string uid)
    {
        using var json = Render(uid);
        foreach (var (panel, target) in Targets(json))
        {
            var datasource = target.GetProperty("datasource");
            if (datasource.GetProperty("type").GetString() != "prometheus") continue;
            Assert.Equal("${datasource}", datasource.GetProperty("uid").GetString());
            var expr = target.GetProperty("expr").GetString()!;
            foreach (Match rate in RangeFunction().Matches(expr))
                Assert.True(rate.Groups["range"].Value == "$__rate_interval", $"{panel.GetProperty("title")}: {expr}");
        }
    }

    [Theory]
    [MemberData(nameof(DashboardUids))]
    public void Every_metric_in_a_query_is_a_catalog_entry(string uid)
    {
        using var json = Render(uid);
        var known = MetricCatalog.All.Concat(ExternalMetrics.All).Concat(InfrastructureMetrics.All).SelectMany(m => m.SeriesNames).ToHashSet();
        foreach (var (panel, target) in Targets(json))
        {
            if (target.GetProperty("datasource").GetProperty("type").GetString() != "prometheus") continue;
            var expr = target.GetProperty("expr").GetString()!;
            foreach (Match metric in MetricName().Matches(expr))
                Assert.True(known.Contains(metric.Value), $"{panel.GetProperty("title")}: '{metric.Value}' in {expr} is not a catalog metric");
        }
    }

    [Theory]
    [MemberData(nameof(DashboardUids))]
    public void Every_recorded_series_in_a_query_is_a_recording_rule_of_the_packs(string uid)
    {
        using var json = Render(uid);
        var recorded = RulePacks.Default(new RulePackOptions()).SelectMany(p => p.Recordings).Select(r => r.Record).ToHashSet();
        foreach (var (panel, target) in Targets(json))
        {
            var expr = target.GetProperty("expr").GetString()!;
            foreach (Match name in RecordedName().Matches(expr))
                Assert.True(recorded.Contains(name.Value), $"{panel.GetProperty("title")}: '{name.Value}' is not recorded by the rule packs");
        }
    }

    [Fact]
    public void Slo_dashboard_reads_the_recorded_budgets()
    {
        using var json = Render("hbot-slo");

        Assert.Contains(Targets(json), t => t.Target.GetProperty("expr").GetString()!.Contains("bot:up_errors:budget_remaining30d", StringComparison.Ordinal));
    }

    [Fact]
    public void Runbook_links_follow_the_pattern()
    {
        using var json = Render("hbot-bot-trading");
        var urls = json.RootElement.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("url").GetString()).ToList();

        Assert.Contains("https://runbooks.example/BotDown.md", urls);
    }

    [GeneratedRegex(@"\b[a-z_]+:[a-z0-9_:]+\b")]
    private static partial Regex RecordedName();

    [GeneratedRegex(@"\b(?<fn>rate|irate|increase)\s*\((?:[^()\[\]]|\([^()]*\))*\[(?<range>[^\]]+)\]")]
    private static partial Regex RangeFunction();

    // Metric names: identifiers followed by '{' or standing alone, excluding functions, keywords and label names.
    [GeneratedRegex(@"\b(?:hbot|node|container|process|dotnet|up)[a-zA-Z0-9_]*\b(?=\s*(\{|\)|$|\s|\[|/|-|\*|\+|>))")]
    private static partial Regex MetricName();
}
