using Hbot.Sdk.Monitoring.Rules;
using Hbot.Sdk.Monitoring.Rules.RuleTests;

namespace Hbot.Sdk.Monitoring.Tests.Rules;

public sealed class RuleCoverageTests
{
    [Fact]
    public void Every_default_alert_has_a_firing_and_a_quiet_case()
    {
        var rendered = RuleArtifacts.Render(new RulePackOptions());

        var coverage = RuleTestCoverage.Compute(rendered.Packs, rendered.TestSuite);

        Assert.Equal(rendered.Packs.SelectMany(p => p.Alerts).Count(), coverage.Alerts.Count);
        Assert.True(coverage.Ratio == 1, "Uncovered alerts: " + string.Join(", ", coverage.Uncovered.Select(a => a.AlertName)));
    }

    [Fact]
    public void Every_default_recording_rule_has_an_expression_check()
    {
        var rendered = RuleArtifacts.Render(new RulePackOptions());

        var coverage = RuleTestCoverage.Compute(rendered.Packs, rendered.TestSuite);

        Assert.NotEmpty(rendered.TestSuite.ExpressionCases);
        Assert.True(coverage.UntestedRecordings.Count == 0, "Untested recording rules: " + string.Join(", ", coverage.UntestedRecordings));
    }

    [Fact]
    public void A_recording_rule_without_a_scenario_is_reported_untested()
    {
        var pack = new RulePack("sample", [new RuleGroup("sample", [new RecordingRule { Record = "bot:hbot_fills:rate1m", Expression = "sum by (bot) (rate(hbot_fills_total[1m]))" }])], TimeSpan.FromSeconds(15));
        var suite = RuleTestGenerator.Generate([pack], new RulePackOptions(), [RuleArtifacts.RuleFileName]);

        var coverage = RuleTestCoverage.Compute([pack], suite);

        Assert.Equal(["bot:hbot_fills:rate1m"], coverage.UntestedRecordings);
    }

    [Fact]
    public void Every_alert_with_a_for_is_checked_before_its_for_has_passed()
    {
        var options = new RulePackOptions();
        var rendered = RuleArtifacts.Render(options);

        var coverage = RuleTestCoverage.Compute(rendered.Packs, rendered.TestSuite);

        var waiting = rendered.Packs.SelectMany(p => p.Alerts).Where(a => a.For >= options.EvaluationInterval).Select(a => a.Alert).ToHashSet();
        Assert.NotEmpty(waiting);
        Assert.All(coverage.Alerts.Where(a => waiting.Contains(a.AlertName)), a => Assert.True(a.HasBeforeForCase, a.AlertName));
    }

    [Fact]
    public void Only_the_dead_mans_switch_is_covered_without_a_quiet_case()
    {
        var rendered = RuleArtifacts.Render(new RulePackOptions());

        var coverage = RuleTestCoverage.Compute(rendered.Packs, rendered.TestSuite);

        Assert.Equal(["Watchdog"], coverage.Alerts.Where(a => !a.HasQuietCase).Select(a => a.AlertName));
        Assert.True(coverage.Alerts.Single(a => a.AlertName == "Watchdog").IsDeadMansSwitch);
    }

    [Fact]
    public void Coverage_drops_when_an_alert_loses_its_quiet_case()
    {
        var rendered = RuleArtifacts.Render(new RulePackOptions());
        var withoutQuiet = rendered.TestSuite with
        {
            Groups = rendered.TestSuite.Groups.Where(g => g.Name != "BotDown stays quiet on a healthy series").ToList(),
        };

        var coverage = RuleTestCoverage.Compute(rendered.Packs, withoutQuiet);

        Assert.True(coverage.Ratio < 1);
        Assert.Equal(["BotDown"], coverage.Uncovered.Select(a => a.AlertName));
    }

    [Fact]
    public void Firing_alerts_keep_job_and_instance_and_bot_alerts_keep_bot()
    {
        var options = new RulePackOptions();
        var alerts = RulePacks.Default(options).SelectMany(p => p.Alerts).Where(a => !a.Test.AlwaysFiring).ToList();

        // promtool proves each firing alert carries exactly ExpectedLabels; here those labels must identify the target.
        Assert.All(alerts, a =>
        {
            var names = a.Test.ExpectedLabels.Select(l => l.Name).ToList();
            Assert.Contains("job", names);
            Assert.Contains("instance", names);
            if (a.Test.ExpectedLabels.Any(l => l is { Name: "job" } && l.Value == options.Selectors.BotJob) && a.Alert != "ContainerRestartLoop")
                Assert.Contains("bot", names);
        });
    }
}
