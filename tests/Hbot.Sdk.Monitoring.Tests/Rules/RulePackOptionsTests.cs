using Hbot.Sdk.Monitoring.Rules;

namespace Hbot.Sdk.Monitoring.Tests.Rules;

public sealed class RulePackOptionsTests
{
    [Fact]
    public void The_default_packs_hold_exactly_the_agreed_alerts()
    {
        var alerts = RulePacks.Default(new RulePackOptions()).SelectMany(p => p.Alerts).Select(a => a.Alert).ToList();

        Assert.Equal(
        [
            "ContainerDown", "ContainerRestartLoop", "ContainerOomKilled", "ContainerHighMemory",
            "HighCpuUsage", "HighMemoryUsage", "HighDiskUsage", "DiskAlmostFull", "HostOutOfInodes", "ClockSkew",
            "BotDown", "BotNotTicking", "KillSwitchTripped", "StrategyStopped", "HighOrderFailureRate", "TradingHalted",
            "StaleOrders", "DailyLossLimitNear", "LowQuoteBalance", "InventoryOutOfRange",
            "ExchangeApiLatencyHigh", "ExchangeErrorsHigh", "RateLimited", "MarketDataStale", "SocketReconnectLoop", "SocketDisconnected",
            "NoFillsWhileQuoting", "BalanceNotUpdating", "LogsNotGrowing", "TradeStoreNotGrowing", "NoExchangeTraffic",
            "Watchdog", "PrometheusTargetDown", "PrometheusRuleEvaluationFailures", "PrometheusConfigReloadFailed", "AlertmanagerNotificationsFailing",
        ], alerts);
    }

    [Fact]
    public void Every_alert_keeps_its_severity_and_runbook_link()
    {
        var options = new RulePackOptions { RunbookUrlPattern = "https://runbooks.example.org/hbot/{alertname}" };

        var alerts = RulePacks.Default(options).SelectMany(p => p.Alerts).ToList();

        Assert.All(alerts, a => Assert.Equal($"https://runbooks.example.org/hbot/{a.Alert}", a.RunbookUrl));
        Assert.Contains(alerts, a => a.Severity == AlertSeverity.Critical);
        Assert.Contains(alerts, a => a.Severity == AlertSeverity.Warning);
    }

    [Fact]
    public void Thresholds_and_selectors_flow_into_the_expressions()
    {
        var options = new RulePackOptions();
        options.Host.CpuUsageRatio = 0.75;
        options.Selectors.BotJob = "trading-bots";
        options.Selectors.ContainerNames = ["bot-a", "bot-b"];

        var alerts = RulePacks.Default(options).SelectMany(p => p.Alerts).ToDictionary(a => a.Alert);

        Assert.EndsWith("> 0.75", alerts["HighCpuUsage"].Expression, StringComparison.Ordinal);
        Assert.Contains("(threshold 75%)", alerts["HighCpuUsage"].Description, StringComparison.Ordinal);
        Assert.Equal("up{job=\"trading-bots\"} == 0", alerts["BotDown"].Expression);
        Assert.Contains("name=~\"bot-a|bot-b\"", alerts["ContainerDown"].Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void For_scale_shortens_every_for_for_end_to_end_tests()
    {
        var normal = RulePacks.Default(new RulePackOptions()).SelectMany(p => p.Alerts).ToDictionary(a => a.Alert, a => a.For);

        var fast = RulePacks.Default(new RulePackOptions { ForScale = 0.1 }).SelectMany(p => p.Alerts).ToList();

        Assert.All(fast, a => Assert.Equal(TimeSpan.FromSeconds(Math.Round(normal[a.Alert].TotalSeconds * 0.1)), a.For));
        Assert.Equal(TimeSpan.FromSeconds(12), fast.Single(a => a.Alert == "BotDown").For);
    }

    [Theory]
    [InlineData("Host", "CpuUsageRatio")]
    [InlineData("Bot", "HaltedWindow")]
    [InlineData("Slo", "ApiLatencySeconds")]
    [InlineData("Exchange", "LatencyP95Seconds")]
    [InlineData("", "ForScale")]
    [InlineData("", "RunbookUrlPattern")]
    public void Bad_options_fail_naming_the_option(string section, string option)
    {
        var options = new RulePackOptions();
        switch (option)
        {
            case "CpuUsageRatio": options.Host.CpuUsageRatio = 1.5; break;
            case "HaltedWindow": options.Bot.HaltedWindow = TimeSpan.FromSeconds(20); break;
            case "ApiLatencySeconds": options.Slo.ApiLatencySeconds = 0.3; break;
            case "LatencyP95Seconds": options.Exchange.LatencyP95Seconds = 10; break;
            case "ForScale": options.ForScale = 0; break;
            case "RunbookUrlPattern": options.RunbookUrlPattern = "docs/runbooks/"; break;
        }

        var error = Assert.Throws<ArgumentException>(() => RulePacks.Default(options));

        var path = section.Length == 0 ? $"RulePackOptions.{option}" : $"RulePackOptions.{section}.{option}";
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Container_names_with_quotes_are_refused()
    {
        var options = new RulePackOptions();
        options.Selectors.ContainerNames = ["bot\"a"];

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("RulePackOptions.Selectors.ContainerNames", error.Message, StringComparison.Ordinal);
    }
}
