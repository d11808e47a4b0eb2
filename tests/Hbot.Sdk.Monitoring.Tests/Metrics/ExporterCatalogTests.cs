using Hbot.Sdk.Monitoring.Exporters;
using Hbot.Sdk.Monitoring.Metrics;

namespace Hbot.Sdk.Monitoring.Tests.Metrics;

public sealed class ExporterCatalogTests
{
    private const string OpenMetrics = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    public static TheoryData<MetricsExporter> Exporters => [MetricsExporter.PrometheusNet, MetricsExporter.OpenTelemetry];

    [Theory]
    [MemberData(nameof(Exporters))]
    public async Task Scrape_has_every_catalog_entry_with_its_type_help_and_labels(MetricsExporter kind)
    {
        using var scenario = new TradingScenario(kind);
        scenario.PublishEverything();

        var scrape = await scenario.ScrapeAsync();

        foreach (var definition in MetricCatalog.All.Where(d => d.IsExportedBySdk))
        {
            Assert.True(scrape.Families.TryGetValue(definition.Name, out var family), $"{kind}: {definition.Name} is missing.");
            Assert.Equal(definition.Type.ToString().ToLowerInvariant(), family.Type);
            Assert.Equal(definition.Help, family.Help);
            Assert.NotEmpty(family.Samples);
            Assert.Equal(definition.LabelNames.ToHashSet(), family.LabelNames);
            Assert.All(family.Samples, s => Assert.Contains(s.Name, definition.SeriesNames));
        }
        var unknown = scrape.Families.Keys.Where(name => MetricCatalog.Find(name) is null).ToList();
        Assert.True(unknown.Count == 0, $"{kind} exports metrics outside the catalog: {string.Join(", ", unknown)}");
    }

    [Theory]
    [MemberData(nameof(Exporters))]
    public async Task Histograms_use_the_catalog_buckets(MetricsExporter kind)
    {
        using var scenario = new TradingScenario(kind);
        scenario.PublishEverything();

        var scrape = await scenario.ScrapeAsync();

        foreach (var definition in MetricCatalog.All.Where(d => d.Type == MetricType.Histogram))
        {
            var bounds = scrape.Families[definition.Name].Samples
                .Where(s => s.Name == definition.Name + "_bucket")
                .Select(s => s.Labels["le"])
                .Distinct()
                .Select(le => le == "+Inf" ? double.PositiveInfinity : double.Parse(le, System.Globalization.CultureInfo.InvariantCulture))
                .Order()
                .ToList();
            Assert.Equal([.. definition.Buckets, double.PositiveInfinity], bounds);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(OpenMetrics)]
    public async Task Both_exporters_expose_identical_names_types_help_and_labels(string? accept)
    {
        using var prometheusNet = new TradingScenario(MetricsExporter.PrometheusNet);
        using var openTelemetry = new TradingScenario(MetricsExporter.OpenTelemetry);
        prometheusNet.PublishEverything();
        openTelemetry.PublishEverything();

        var left = await prometheusNet.ScrapeAsync(accept);
        var right = await openTelemetry.ScrapeAsync(accept);

        Assert.Equal(left.Families.Keys.Order(), right.Families.Keys.Order());
        foreach (var (name, family) in left.Families)
        {
            var other = right.Families[name];
            Assert.Equal(family.Type, other.Type);
            Assert.Equal(family.Help, other.Help);
            Assert.Equal(family.LabelNames, other.LabelNames);
        }
        // OpenMetrics lets OpenTelemetry add _created samples (a series' start time, not a series of its own in Prometheus).
        static IEnumerable<string> Series(Exposition e) => e.Samples
            .Where(s => !s.Name.EndsWith("_created", StringComparison.Ordinal))
            .Select(s => s.Name + "{" + string.Join(",", s.Labels.OrderBy(l => l.Key).Select(l => $"{l.Key}={l.Value}")) + "}")
            .Order();
        var processSeries = new[] { "process_", "dotnet_" };
        Assert.Equal(
            Series(left).Where(s => !processSeries.Any(s.StartsWith)),
            Series(right).Where(s => !processSeries.Any(s.StartsWith)));
    }

    [Fact]
    public async Task Both_exporters_report_the_same_values_for_the_same_events()
    {
        using var prometheusNet = new TradingScenario(MetricsExporter.PrometheusNet);
        using var openTelemetry = new TradingScenario(MetricsExporter.OpenTelemetry);
        prometheusNet.PublishEverything();
        openTelemetry.PublishEverything();

        var left = await prometheusNet.ScrapeAsync();
        var right = await openTelemetry.ScrapeAsync();

        foreach (var sample in left.Samples.Where(s => s.Name.StartsWith("hbot_", StringComparison.Ordinal)))
            Assert.Equal(sample.Value, right.Value(sample.Name, [.. sample.Labels.Select(l => (l.Key, l.Value))]), 9);
    }

    [Fact]
    public void A_family_rejects_the_wrong_number_of_label_values()
    {
        using var exporter = MetricExporter.Create(MetricsExporter.PrometheusNet);

        var error = Assert.Throws<ArgumentException>(() => exporter.Counter(MetricCatalog.Fills).WithLabels(["bot", "paper"]));

        Assert.Contains("hbot_fills_total", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instrument_of_the_wrong_type_is_refused()
    {
        using var exporter = MetricExporter.Create(MetricsExporter.OpenTelemetry);

        var error = Assert.Throws<ArgumentException>(() => exporter.Gauge(MetricCatalog.Fills));

        Assert.Contains("Counter", error.Message, StringComparison.Ordinal);
    }
}
