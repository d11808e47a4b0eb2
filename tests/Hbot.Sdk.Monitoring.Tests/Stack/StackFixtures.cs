using Hbot.Sdk.Monitoring.Stack;
using Hbot.Sdk.Monitoring.Tests.Metrics;
using RepositoryRoot = Hbot.Sdk.Monitoring.Tests.Rules.RepositoryRoot;

namespace Hbot.Sdk.Monitoring.Tests.Stack;

/// <summary>The sample manifest, temp directories and the real tools for stack tests.</summary>
internal static class StackFixtures
{
    public static string SampleDirectory => Path.Combine(RepositoryRoot.Find(), "samples", "Hbot.Samples.PaperMarketMaking");

    public static string SampleManifestPath => Path.Combine(SampleDirectory, StackManifest.DefaultFileName);

    public static Task<StackManifest> ReadSampleAsync() => StackManifestReader.ReadFileAsync(SampleManifestPath);

    /// <summary>The files the sample manifest renders when generated next to it (its default output).</summary>
    public static async Task<IReadOnlyList<GeneratedFile>> RenderSampleAsync() =>
        StackGenerator.Render(await ReadSampleAsync(), SampleDirectory);

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "hbot-stack-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Runs a tool, failing with the Debian package name when it is not installed.</summary>
    public static async Task<ToolCheck> RunAsync(ExternalTool tool, string workingDirectory, params string[] arguments)
    {
        RequiredTool.Find(tool.Name, tool.DebianPackage);
        // Generous: the CI machine is shared; the tools need seconds.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await tool.RunAsync(workingDirectory, arguments, timeout.Token);
    }

    public static void AssertPassed(ToolCheck check) =>
        Assert.True(check.Status == ToolCheckStatus.Passed, $"{check.CommandLine} failed:{Environment.NewLine}{check.Output}");
}
