using System.Diagnostics;

namespace Hbot.Sdk.Monitoring.Tests;

/// <summary>Runs a required system tool to completion and captures everything it printed.</summary>
internal static class ToolProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string tool, string debianPackage, string? workingDirectory, string? standardInput, params string[] arguments)
    {
        var start = new ProcessStartInfo(RequiredTool.Find(tool, debianPackage))
        {
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardInput = standardInput is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        // Generous: the CI machine is shared and slow; the tools themselves need seconds.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
