using System.Diagnostics;

namespace Hbot.Sdk.Monitoring.Tests.Metrics;

public sealed class PromtoolMetricsTests
{
    [Theory]
    [InlineData(MetricsExporter.PrometheusNet)]
    [InlineData(MetricsExporter.OpenTelemetry)]
    public async Task Promtool_check_metrics_finds_no_problem_in_a_real_scrape(MetricsExporter kind)
    {
        var promtool = RequiredTool.Find("promtool", "prometheus");
        using var scenario = new TradingScenario(kind);
        scenario.PublishEverything();
        var scrape = await scenario.ScrapeTextAsync();

        var start = new ProcessStartInfo(promtool, ["check", "metrics"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(scrape);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        var report = (await stdout + await stderr).Trim();
        Assert.True(process.ExitCode == 0 && report.Length == 0, $"promtool check metrics ({kind}) exit {process.ExitCode}:\n{report}\n--- scrape ---\n{scrape}");
    }
}
