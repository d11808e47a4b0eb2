using Hbot.Sdk.Monitoring.Rules;

namespace Hbot.Sdk.Monitoring.Tests.Rules;

public sealed class PromtoolRuleTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hbot-rules-").FullName;

    [Fact]
    public async Task Generated_rule_file_passes_promtool_check_rules()
    {
        var written = await RuleArtifacts.WriteAsync(_directory, Path.Combine(_directory, "runbooks"), new RulePackOptions());

        var (exitCode, output) = await Promtool.RunAsync(_directory, "check", "rules", "--lint=all", "--lint-fatal", written[0]);

        Assert.True(exitCode == 0, $"promtool check rules failed:\n{output}");
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generated_promtool_tests_pass_for_every_alert()
    {
        await RuleArtifacts.WriteAsync(_directory, Path.Combine(_directory, "runbooks"), new RulePackOptions());

        var (exitCode, output) = await Promtool.RunAsync(_directory, "test", "rules", RuleArtifacts.TestFileName);

        Assert.True(exitCode == 0, $"promtool test rules failed:\n{output}");
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promtool_tests_also_pass_with_overridden_thresholds_and_shortened_for()
    {
        var options = new RulePackOptions { ForScale = 0.1 };
        options.Host.CpuUsageRatio = 0.5;
        options.Bot.DownFor = TimeSpan.FromMinutes(10);
        options.Selectors.BotJob = "bots";
        await RuleArtifacts.WriteAsync(_directory, Path.Combine(_directory, "runbooks"), options);

        var (exitCode, output) = await Promtool.RunAsync(_directory, "test", "rules", RuleArtifacts.TestFileName);

        Assert.True(exitCode == 0, $"promtool test rules failed:\n{output}");
    }

    [Fact]
    public void A_missing_tool_fails_naming_its_debian_package()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RequiredTool.Find("promtool-that-does-not-exist", "prometheus"));

        Assert.Contains("apt-get install -y prometheus", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
