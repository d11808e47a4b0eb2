namespace Hbot.Sdk.Monitoring.Tests;

/// <summary>The repository's own scripts (the test entry point and CI) pass shellcheck (Debian package <c>shellcheck</c>).</summary>
public sealed class ShellScriptTests
{
    [Theory]
    [InlineData("test.sh")]
    [InlineData(".ci/run")]
    public async Task Repository_scripts_pass_shellcheck(string script)
    {
        var root = RepositoryRoot();

        var (exitCode, output) = await ToolProcess.RunAsync("shellcheck", "shellcheck", root, null, "--shell=bash", script);

        Assert.True(exitCode == 0, $"shellcheck {script}:{Environment.NewLine}{output}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hbot.Sdk.sln"))) return dir.FullName;
        throw new InvalidOperationException("Hbot.Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
