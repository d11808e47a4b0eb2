using System.Diagnostics;
using System.Text;

namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>A command-line tool from a Debian package (promtool, amtool, docker-compose) run on generated files.</summary>
/// <param name="Name">Executable name.</param>
/// <param name="DebianPackage">Debian package that provides it.</param>
public sealed record ExternalTool(string Name, string DebianPackage)
{
    /// <summary>promtool, from <c>prometheus</c>.</summary>
    public static ExternalTool Promtool { get; } = new("promtool", "prometheus");
    /// <summary>amtool, from <c>prometheus-alertmanager</c>.</summary>
    public static ExternalTool Amtool { get; } = new("amtool", "prometheus-alertmanager");
    /// <summary>docker-compose, from <c>docker-compose</c>.</summary>
    public static ExternalTool DockerCompose { get; } = new("docker-compose", "docker-compose");

    /// <summary>Full path of the executable on PATH, or <see langword="null"/> when it is not installed.</summary>
    public string? Locate()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, Name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Runs the tool in <paramref name="workingDirectory"/> and reports whether it exited with 0.</summary>
    public async Task<ToolCheck> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (Locate() is not { } path) return new ToolCheck(Name, arguments, DebianPackage, ToolCheckStatus.Missing, $"{Name} is not installed; install the Debian package '{DebianPackage}'.");
        var start = new ProcessStartInfo(path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {path}.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        output.Append(await stdout.ConfigureAwait(false)).Append(await stderr.ConfigureAwait(false));
        return new ToolCheck(Name, arguments, DebianPackage, process.ExitCode == 0 ? ToolCheckStatus.Passed : ToolCheckStatus.Failed, output.ToString());
    }
}
