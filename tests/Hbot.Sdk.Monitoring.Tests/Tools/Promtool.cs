namespace Hbot.Sdk.Monitoring.Tests;

/// <summary>Runs the real promtool (Debian package <c>prometheus</c>).</summary>
internal static class Promtool
{
    public static Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] arguments) =>
        ToolProcess.RunAsync("promtool", "prometheus", workingDirectory, null, arguments);

    /// <summary>Runs <c>promtool check metrics</c> on a scrape; the report is empty when the scrape is clean.</summary>
    public static async Task<(int ExitCode, string Report)> CheckMetricsAsync(string scrape)
    {
        var (exitCode, output) = await ToolProcess.RunAsync("promtool", "prometheus", null, scrape, "check", "metrics");
        return (exitCode, output.Trim());
    }
}
