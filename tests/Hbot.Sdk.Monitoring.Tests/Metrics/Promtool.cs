using System.Diagnostics;

namespace Hbot.Sdk.Monitoring.Tests.Metrics;

/// <summary>Runs <c>promtool check metrics</c> (Debian package <c>prometheus</c>) on a scrape.</summary>
internal static class Promtool
{
    /// <summary>Returns promtool's exit code and everything it printed (empty when the scrape is clean).</summary>
    public static async Task<(int ExitCode, string Report)> CheckMetricsAsync(string scrape)
    {
        var promtool = RequiredTool.Find("promtool", "prometheus");
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
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }
}
