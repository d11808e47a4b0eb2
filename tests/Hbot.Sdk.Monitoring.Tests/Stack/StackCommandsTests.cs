using System.CommandLine;
using Hbot.Sdk.Hosting;
using Hbot.Sdk.Monitoring.Stack;

namespace Hbot.Sdk.Monitoring.Tests.Stack;

public sealed class StackCommandsTests : IDisposable
{
    private readonly string _directory = StackFixtures.TempDirectory();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<string> WriteManifestAsync(string extra = "")
    {
        Directory.CreateDirectory(Path.Combine(_directory, "conf"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "conf", "bot.yml"), "strategy: pure_market_making\n");
        var path = Path.Combine(_directory, "hbot.yml");
        await File.WriteAllTextAsync(path, "bots:\n  - name: alpha\n    config: conf/bot.yml\n    exchange: paper\nparts:\n  alerts: false\n" + extra);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> InvokeAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { StackCommandsExtensions.CreateCommand(output, error) };
        var code = await root.Parse(args).InvokeAsync();
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Generate_writes_next_to_the_manifest_and_reports_only_changes_the_second_time()
    {
        var manifest = await WriteManifestAsync();

        var first = await InvokeAsync("stack", "generate", "--manifest", manifest);
        var second = await InvokeAsync("stack", "generate", "--manifest", manifest);

        Assert.Equal(HbotExitCodes.Success, first.Code);
        Assert.Contains("wrote prometheus/prometheus.yml", first.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_directory, StackLayout.ComposeFile)));
        Assert.False(File.Exists(Path.Combine(_directory, StackLayout.AlertmanagerConfig)));
        Assert.Equal(HbotExitCodes.Success, second.Code);
        Assert.Contains("(0 changed)", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_refuses_a_bad_manifest_with_file_and_line()
    {
        var manifest = await WriteManifestAsync("monitoring:\n  scrape_interval: soon\n");

        var result = await InvokeAsync("stack", "generate", "--manifest", manifest, "--out", Path.Combine(_directory, "out"));

        Assert.Equal(HbotExitCodes.ConfigError, result.Code);
        Assert.Contains("hbot.yml:8: monitoring.scrape_interval:", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_directory, "out")));
    }

    [Fact]
    public async Task Check_says_what_it_ran()
    {
        var manifest = await WriteManifestAsync();
        var output = Path.Combine(_directory, "out");
        Assert.Equal(HbotExitCodes.Success, (await InvokeAsync("stack", "generate", "--manifest", manifest, "--out", output)).Code);

        var result = await InvokeAsync("stack", "check", "--out", output);

        Assert.Equal(HbotExitCodes.Success, result.Code);
        Assert.Contains("ran     promtool check config prometheus/prometheus.yml: ok", result.Output, StringComparison.Ordinal);
        Assert.Contains("ran     docker-compose", result.Output, StringComparison.Ordinal);
        Assert.Contains("missing tools: none.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_without_generated_files_says_to_generate_first()
    {
        var result = await InvokeAsync("stack", "check", "--out", _directory);

        Assert.Equal(HbotExitCodes.ConfigError, result.Code);
        Assert.Contains("run `stack generate` first", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_application_builder_gets_the_stack_command()
    {
        var manifest = await WriteManifestAsync();
        var builder = HbotApplication.CreateBuilder(["stack", "generate", "--manifest", manifest, "--out", Path.Combine(_directory, "app")]);

        builder.AddStackCommands();
        var code = await builder.Build().RunAsync();

        Assert.Contains("stack", builder.Commands.Select(c => c.Name));
        Assert.Equal(HbotExitCodes.Success, code);
        Assert.True(File.Exists(Path.Combine(_directory, "app", StackLayout.PrometheusConfig)));
    }
}
