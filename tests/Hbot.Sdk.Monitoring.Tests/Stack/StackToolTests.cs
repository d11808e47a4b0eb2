using Hbot.Sdk.Monitoring.Stack;

namespace Hbot.Sdk.Monitoring.Tests.Stack;

/// <summary>The generated files pass the real tools (Debian packages prometheus, prometheus-alertmanager, docker-compose).</summary>
public sealed class StackToolTests : IAsyncLifetime
{
    private string _directory = "";

    public async Task InitializeAsync()
    {
        _directory = StackFixtures.TempDirectory();
        await StackGenerator.WriteAsync(await StackFixtures.ReadSampleAsync(), _directory);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    // `promtool test rules` on the generated tests runs once, in Stack_checker_runs_every_tool_and_they_all_pass (it takes ~30s).
    [Fact]
    public async Task Promtool_accepts_the_config_and_the_rules()
    {
        StackFixtures.AssertPassed(await StackFixtures.RunAsync(ExternalTool.Promtool, _directory, "check", "config", "prometheus/prometheus.yml"));
        StackFixtures.AssertPassed(await StackFixtures.RunAsync(ExternalTool.Promtool, _directory, "check", "rules", "prometheus/rules/hbot-rules.yml"));
    }

    [Fact]
    public async Task Amtool_accepts_the_routing()
    {
        var check = await StackFixtures.RunAsync(ExternalTool.Amtool, _directory, "check-config", "alertmanager/alertmanager.yml");

        StackFixtures.AssertPassed(check);
        Assert.Contains("5 receivers", check.Output, StringComparison.Ordinal);
        Assert.Contains("3 inhibit rules", check.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oncall-pager,oncall-telegram", "severity=critical", "alertname=BotDown", "bot=pmm-btc-usdt")]
    [InlineData("oncall-telegram,trading-chat,ops-mail", "severity=warning", "alertname=StaleOrders", "bot=pmm-btc-usdt")]
    [InlineData("null", "severity=info", "alertname=LowFillRate", "bot=pmm-btc-usdt")]
    [InlineData("null", "severity=none", "alertname=Watchdog")]
    public async Task Each_severity_reaches_its_receivers(string receivers, params string[] labels)
    {
        var routed = await StackFixtures.RunAsync(ExternalTool.Amtool, _directory,
            ["config", "routes", "test", "--config.file=alertmanager/alertmanager.yml", $"--verify.receivers={receivers}", .. labels]);

        StackFixtures.AssertPassed(routed);
        Assert.Equal(receivers, routed.Output.Split('\n', StringSplitOptions.TrimEntries).First(l => l.Length > 0 && !l.StartsWith("Warning", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Routing_test_fails_when_the_receiver_is_wrong()
    {
        var routed = await StackFixtures.RunAsync(ExternalTool.Amtool, _directory,
            "config", "routes", "test", "--config.file=alertmanager/alertmanager.yml", "--verify.receivers=trading-chat", "severity=critical", "alertname=BotDown");

        Assert.Equal(ToolCheckStatus.Failed, routed.Status);
    }

    [Fact]
    public async Task Stack_checker_runs_every_tool_and_they_all_pass()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var checks = await StackChecker.CheckAsync(_directory, timeout.Token);

        foreach (var check in checks)
        {
            Assert.True(check.Status != ToolCheckStatus.Missing, $"{check.Tool} is missing; install the Debian package '{check.DebianPackage}'.");
            StackFixtures.AssertPassed(check);
        }
        Assert.Equal(
            ["promtool check config prometheus/prometheus.yml", "promtool check rules prometheus/rules/hbot-rules.yml",
             "promtool test rules prometheus/rules/hbot-rules.test.yml", "amtool check-config alertmanager/alertmanager.yml", "docker-compose --env-file"],
            checks.Select(c => c.Tool == "docker-compose" ? "docker-compose --env-file" : c.CommandLine));
    }

    [Fact]
    public async Task Docker_compose_refuses_a_missing_required_variable()
    {
        var env = Path.Combine(_directory, "env", ".env");
        await File.WriteAllTextAsync(env, "CONFIG_PASSWORD=x\n");

        var config = await StackFixtures.RunAsync(ExternalTool.DockerCompose, Path.Combine(_directory, "compose"), "--env-file", env, "config", "-q");

        Assert.Equal(ToolCheckStatus.Failed, config.Status);
        Assert.Contains("GRAFANA_ADMIN_PASSWORD", config.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_tool_is_reported_with_its_debian_package()
    {
        var check = await new ExternalTool("hbot-tool-that-does-not-exist", "hbot-example-package").RunAsync(_directory, ["--version"]);

        Assert.Equal(ToolCheckStatus.Missing, check.Status);
        Assert.Contains("hbot-example-package", check.Output, StringComparison.Ordinal);
        var thrown = Assert.Throws<InvalidOperationException>(() => RequiredTool.Find("hbot-tool-that-does-not-exist", "hbot-example-package"));
        Assert.Contains("apt-get install -y hbot-example-package", thrown.Message, StringComparison.Ordinal);
    }
}
