namespace Hbot.Sdk.Monitoring.Tests.Metrics;

public sealed class PromtoolMetricsTests
{
    [Theory]
    [InlineData(MetricsExporter.PrometheusNet)]
    [InlineData(MetricsExporter.OpenTelemetry)]
    public async Task Promtool_check_metrics_finds_no_problem_in_a_real_scrape(MetricsExporter kind)
    {
        using var scenario = new TradingScenario(kind);
        scenario.PublishEverything();
        var scrape = await scenario.ScrapeTextAsync();

        var (exitCode, report) = await Promtool.CheckMetricsAsync(scrape);

        Assert.True(exitCode == 0 && report.Length == 0, $"promtool check metrics ({kind}) exit {exitCode}:\n{report}\n--- scrape ---\n{scrape}");
    }
}
