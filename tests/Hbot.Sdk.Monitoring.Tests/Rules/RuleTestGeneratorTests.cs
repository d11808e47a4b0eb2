using Hbot.Sdk.Monitoring.Rules;
using Hbot.Sdk.Monitoring.Rules.RuleTests;

namespace Hbot.Sdk.Monitoring.Tests.Rules;

public sealed class RuleTestGeneratorTests
{
    private static List<AlertCase> CasesOf(string alert, RulePackOptions options)
    {
        var packs = RulePacks.Default(options);
        return RuleTestGenerator.Generate(packs, options, [RuleArtifacts.RuleFileName]).AlertCases.Where(c => c.AlertName == alert).ToList();
    }

    [Fact]
    public void An_alert_is_checked_before_its_for_then_firing_then_quiet_on_healthy_input()
    {
        var cases = CasesOf("BotDown", new RulePackOptions());

        Assert.Equal([AlertCaseKind.BeforeFor, AlertCaseKind.Firing, AlertCaseKind.Quiet], cases.Select(c => c.Kind));
        // up == 0 holds from the first evaluation: 2m 'for' minus one 15s evaluation, then 15s + 2m.
        Assert.Equal([TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(135), TimeSpan.FromSeconds(135)], cases.Select(c => c.EvalTime));
        Assert.Empty(cases[0].ExpectedAlerts);
        Assert.Empty(cases[2].ExpectedAlerts);
    }

    [Fact]
    public void The_firing_case_expects_series_labels_severity_and_rendered_annotations()
    {
        var firing = CasesOf("BotDown", new RulePackOptions()).Single(c => c.Kind == AlertCaseKind.Firing).ExpectedAlerts.Single();

        Assert.Equal(["job=hbot", "instance=bot-a:9400", "bot=bot-a", "severity=critical"], firing.Labels.Select(l => $"{l.Name}={l.Value}"));
        Assert.Contains(firing.Annotations, a => a is { Name: "description", Value: "Scraping bot bot-a at bot-a:9400 fails: the process is down or its metrics endpoint does not answer." });
        Assert.Contains(firing.Annotations, a => a is { Name: "runbook_url", Value: "docs/runbooks/BotDown.md" });
    }

    [Fact]
    public void A_for_shorter_than_one_evaluation_has_no_before_for_case()
    {
        var cases = CasesOf("BotDown", new RulePackOptions { ForScale = 0.05 });

        Assert.DoesNotContain(cases, c => c.Kind == AlertCaseKind.BeforeFor);
        Assert.Contains(cases, c => c.Kind == AlertCaseKind.Firing);
    }

    [Fact]
    public void The_dead_mans_switch_fires_at_the_first_evaluation()
    {
        var cases = CasesOf("Watchdog", new RulePackOptions());

        Assert.Contains(cases, c => c.Kind == AlertCaseKind.Firing && c.EvalTime == TimeSpan.Zero && c.ExpectedAlerts.Count == 1);
        Assert.DoesNotContain(cases, c => c.Kind == AlertCaseKind.Quiet);
    }
}
