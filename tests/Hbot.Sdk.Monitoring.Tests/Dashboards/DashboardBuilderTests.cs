using Hbot.Sdk.Monitoring.Dashboards;
using Hbot.Sdk.Monitoring.Metrics;

namespace Hbot.Sdk.Monitoring.Tests.Dashboards;

public class DashboardBuilderTests
{
    private static Panel Series(string title, int width) =>
        Panel.TimeSeries(title).WithUnit(GrafanaUnit.Short).WithSize(width, 8).WithTarget(Promql.Select(MetricCatalog.OpenOrders));

    private static DashboardBuilder Builder() =>
        new DashboardBuilder("Test").Uid("hbot-test-board").WithVariable(TemplateVariable.PrometheusDataSource);

    [Fact]
    public void Panel_that_would_pass_column_24_wraps_before_it_is_placed()
    {
        var dashboard = Builder().WithPanel(Series("a", 12)).WithPanel(Series("b", 16)).WithPanel(Series("c", 8)).Build();

        var positions = dashboard.Panels.Select(p => p.Position).ToList();
        Assert.Equal(new GridPosition(0, 0, 12, 8), positions[0]);
        Assert.Equal(new GridPosition(0, 8, 16, 8), positions[1]);
        Assert.Equal(new GridPosition(16, 8, 8, 8), positions[2]);
    }

    [Fact]
    public void Rows_start_a_new_line_and_take_the_full_width()
    {
        var dashboard = Builder().WithPanel(Series("a", 6)).WithRow("Next").WithPanel(Series("b", 6)).Build();

        Assert.Equal(new GridPosition(0, 8, 24, 1), dashboard.Panels[1].Position);
        Assert.True(dashboard.Panels[1].IsRow);
        Assert.Equal(new GridPosition(0, 9, 6, 8), dashboard.Panels[2].Position);
    }

    [Fact]
    public void Ids_follow_layout_order_and_ref_ids_are_letters()
    {
        var panel = Panel.Table("many").WithUnit(GrafanaUnit.Short);
        for (var i = 0; i < 28; i++) panel.WithInstantTarget(Promql.Select(MetricCatalog.OpenOrders, $"bot=\"b{i}\""));
        var dashboard = Builder().WithRow("Row").WithPanel(panel).WithPanel(Series("x", 12)).Build();

        Assert.Equal([1, 2, 3], dashboard.Panels.Select(p => p.Id));
        var refIds = dashboard.Panels[1].Queries.Select(q => q.RefId).ToList();
        Assert.Equal("A", refIds[0]);
        Assert.Equal("Z", refIds[25]);
        Assert.Equal("AA", refIds[26]);
        Assert.Equal("AB", refIds[27]);
    }

    [Fact]
    public void Build_refuses_every_broken_rule_at_once()
    {
        var noUnit = Panel.Stat("no unit").WithTarget("rate(hbot_fills_total[5m])");
        var importPlaceholder = Panel.Stat("placeholder").WithUnit(GrafanaUnit.Short).WithDataSource(new DataSourceRef("prometheus", "${DS_PROMETHEUS}"))
            .WithTarget("up");
        var builder = new DashboardBuilder("Broken").Uid("short").WithPanel(noUnit).WithPanel(importPlaceholder);

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("uid 'short'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'no unit': has no unit", error.Message, StringComparison.Ordinal);
        Assert.Contains("rate() over [5m] must use [$__rate_interval]", error.Message, StringComparison.Ordinal);
        Assert.Contains("import placeholder", error.Message, StringComparison.Ordinal);
        Assert.Contains("no 'datasource' data source variable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Promql_helpers_refuse_the_wrong_metric_type()
    {
        Assert.Throws<ArgumentException>(() => Promql.Rate(MetricCatalog.OpenOrders));
        Assert.Throws<ArgumentException>(() => Promql.Quantile(0.95, MetricCatalog.Fills, "", ""));
        Assert.Throws<ArgumentException>(() => Promql.ShareAtOrBelow(MetricCatalog.ExchangeRequestDuration, 0.3, "", "bot"));
        Assert.Equal("rate(hbot_fills_total{bot=\"a\"}[$__rate_interval])", Promql.Rate(MetricCatalog.Fills, "bot=\"a\""));
    }

    [Fact]
    public void Json_is_deterministic_and_carries_the_model()
    {
        var first = DashboardJson.Write(Builder().WithPanel(Series("a", 12)).Build());
        var second = DashboardJson.Write(Builder().WithPanel(Series("a", 12)).Build());

        Assert.Equal(first, second);
        using var json = System.Text.Json.JsonDocument.Parse(first);
        Assert.Equal(42, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("hbot-test-board", json.RootElement.GetProperty("uid").GetString());
        Assert.False(json.RootElement.TryGetProperty("id", out _));
        Assert.False(json.RootElement.TryGetProperty("dashboard", out _));
    }
}
