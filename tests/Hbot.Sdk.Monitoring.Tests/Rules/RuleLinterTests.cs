using Hbot.Sdk.Monitoring.Rules;
using Hbot.Sdk.Monitoring.Rules.RuleTests;
using Hbot.Sdk.Monitoring.Runbooks;

namespace Hbot.Sdk.Monitoring.Tests.Rules;

public sealed class RuleLinterTests
{
    private static readonly TimeSpan Scrape = TimeSpan.FromSeconds(15);

    private static AlertRule Alert(string expression = "hbot_kill_switch_active == 1") => new()
    {
        Alert = "SampleAlert",
        Expression = expression,
        For = TimeSpan.FromMinutes(1),
        Severity = AlertSeverity.Warning,
        Summary = "Something is wrong.",
        Description = "Bot {{ $labels.bot }} is wrong.",
        RunbookUrl = "docs/runbooks/SampleAlert.md",
        Runbook = new Runbook { Meaning = "m", Impact = "i", Check = [], Fix = [], Escalate = "e" },
        Test = new AlertTest { Failing = [], ExpectedLabels = [] },
    };

    private static RuleLintException Fails(Rule rule) => Assert.Throws<RuleLintException>(() => new RulePack("sample", [new RuleGroup("sample", [rule])], Scrape));

    [Fact]
    public void A_well_formed_alert_passes()
    {
        var pack = new RulePack("sample", [new RuleGroup("sample", [Alert("sum by (bot) (irate(hbot_fills_total[1m])) > 0")])], Scrape);

        Assert.Single(pack.Alerts);
    }

    [Theory]
    [InlineData("hbot_fills_total > 0", "at top level")]
    [InlineData("sum by (bot) (hbot_fills_total) > 0", "inside sum()")]
    [InlineData("max_over_time(hbot_fills_total[5m]) > 0", "inside max_over_time()")]
    [InlineData("hbot_exchange_request_duration_seconds_count > 10", "at top level")]
    public void A_counter_outside_rate_is_refused_naming_the_rule(string expression, string where)
    {
        var error = Fails(Alert(expression));

        Assert.Equal("SampleAlert", error.RuleName);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rate(hbot_fills_total[5m]) > 0")]
    [InlineData("increase(hbot_fills_total[10m]) > 0")]
    [InlineData("changes(process_start_time_seconds[15m]) > 3")]
    [InlineData("histogram_quantile(0.95, sum by (le) (rate(hbot_exchange_request_duration_seconds_bucket[5m]))) > 1")]
    public void Counters_inside_rate_like_functions_and_gauges_anywhere_pass(string expression)
    {
        var pack = new RulePack("sample", [new RuleGroup("sample", [Alert(expression)])], Scrape);

        Assert.Single(pack.Alerts);
    }

    [Fact]
    public void A_range_shorter_than_two_scrapes_is_refused()
    {
        var error = Fails(Alert("rate(hbot_fills_total[20s]) > 0"));

        Assert.Contains("[20s]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subquery_range_shorter_than_two_scrapes_is_refused()
    {
        var error = Fails(Alert("max_over_time(rate(hbot_fills_total[5m])[20s:5s]) > 0"));

        Assert.Contains("[20s]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_absent_alert_needs_for_of_two_scrapes()
    {
        var error = Fails(Alert("absent(up{job=\"hbot\"})") with { For = TimeSpan.FromSeconds(15) });

        Assert.Contains("absent()", error.Message, StringComparison.Ordinal);
        _ = new RulePack("sample", [new RuleGroup("sample", [Alert("absent(up{job=\"hbot\"})") with { For = TimeSpan.FromSeconds(30) }])], Scrape);
    }

    [Fact]
    public void A_query_value_in_a_label_is_refused()
    {
        var error = Fails(Alert() with { Labels = [new RuleLabel("level", "{{ $value }}")] });

        Assert.Contains("$value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_severity_is_refused()
    {
        var error = Fails(Alert() with { Severity = (AlertSeverity)7 });

        Assert.Contains("severity", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bot {{ $labels.bot }} is wrong.")]
    [InlineData("Something is wrong")]
    [InlineData("something is wrong.")]
    public void A_summary_must_be_a_plain_sentence_with_a_full_stop(string summary)
    {
        var error = Fails(Alert() with { Summary = summary });

        Assert.Contains("summary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_must_be_templated()
    {
        var error = Fails(Alert() with { Description = "Something is wrong." });

        Assert.Contains("templated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_template_the_tests_cannot_render_is_refused()
    {
        var error = Fails(Alert() with { Description = "Labels: {{ $labels }}" });

        Assert.Contains("not supported", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Only {{ $value | humanizePercentage }} < 10% left.")]
    [InlineData("Usage {{ $value | humanizePercentage }} > 90%.")]
    [InlineData("Bot {{ $labels.bot }} lost fills & orders.")]
    public void Annotations_must_not_contain_html_special_characters(string description)
    {
        var error = Fails(Alert() with { Description = description });

        Assert.Contains("HTML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sampleAlert")]
    [InlineData("Sample_Alert")]
    [InlineData("ThisAlertNameIsFarTooLongToBeReadableInAPager")]
    public void Alert_names_are_short_camel_case(string name)
    {
        var error = Fails(Alert() with { Alert = name });

        Assert.Equal(name, error.RuleName);
    }

    [Fact]
    public void A_group_holds_at_most_twenty_rules()
    {
        var rules = Enumerable.Range(0, 21).Select(i => (Rule)(Alert() with { Alert = $"SampleAlert{i}" })).ToList();

        var error = Assert.Throws<RuleLintException>(() => new RulePack("sample", [new RuleGroup("big", rules)], Scrape));

        Assert.Equal("big", error.RuleName);
        Assert.Contains("21", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hbot_fills_rate")]
    [InlineData("bot:hbot_fills")]
    public void Recorded_names_follow_level_metric_operations(string name)
    {
        var error = Fails(new RecordingRule { Record = name, Expression = "sum by (bot) (rate(hbot_fills_total[5m]))" });

        Assert.Equal(name, error.RuleName);
    }

    [Fact]
    public void A_syntax_error_is_reported_with_the_rule_name()
    {
        var error = Fails(Alert("sum(rate(hbot_fills_total[5m]) > 0"));

        Assert.Equal("SampleAlert", error.RuleName);
        Assert.Contains("missing ')'", error.Message, StringComparison.Ordinal);
    }
}
