using Hbot.Sdk.Monitoring.Rules.PromQl;

namespace Hbot.Sdk.Monitoring.Tests.Rules;

public sealed class PromQlScannerTests
{
    [Fact]
    public void Finds_selectors_with_their_enclosing_functions_and_ranges()
    {
        var scan = PromQlScanner.Scan("histogram_quantile(0.95, sum by (bot, le) (rate(hbot_exchange_request_duration_seconds_bucket{job=\"hbot\"}[5m]))) > 2");

        var selector = Assert.Single(scan.Selectors);
        Assert.Equal("hbot_exchange_request_duration_seconds_bucket", selector.Name);
        Assert.Equal(["rate", "sum", "histogram_quantile"], selector.EnclosingFunctions);
        Assert.Equal(TimeSpan.FromMinutes(5), selector.Range);
        Assert.Equal(["histogram_quantile", "sum", "rate"], scan.Functions);
    }

    [Fact]
    public void Label_lists_matchers_and_keywords_are_not_metrics()
    {
        var scan = PromQlScanner.Scan(
            "a_metric{name=~\"x|y\", job!=\"by\"} > on (job, instance) group_left (strategy) b_metric and ignoring(x) c_metric unless d_metric or sum(e_metric) without (cpu) == bool 1");

        Assert.Equal(["a_metric", "b_metric", "c_metric", "d_metric", "e_metric"], scan.MetricNames);
    }

    [Fact]
    public void Aggregation_with_modifier_before_the_body_encloses_the_selector()
    {
        var scan = PromQlScanner.Scan("max by (job) (hbot_open_orders) * 0");

        Assert.Equal(["max"], scan.Selectors.Single().EnclosingFunctions);
    }

    [Fact]
    public void Recording_rule_names_with_colons_are_metrics()
    {
        var scan = PromQlScanner.Scan("bot:up_errors:ratio_avg1h / 0.005");

        Assert.Equal(["bot:up_errors:ratio_avg1h"], scan.MetricNames);
    }

    [Fact]
    public void Subqueries_offsets_and_compound_durations_are_read()
    {
        var scan = PromQlScanner.Scan("max_over_time(rate(x_total[1h30m] offset 5m)[1d:1m]) > 1e3");

        Assert.Equal([TimeSpan.FromMinutes(90), TimeSpan.FromDays(1)], scan.Ranges);
        Assert.Equal(["x_total"], scan.MetricNames);
    }

    [Fact]
    public void Strings_with_escapes_and_functions_are_not_metrics()
    {
        var scan = PromQlScanner.Scan("label_replace(hbot_bot_info, \"asset\", \"$1\", \"trading_pair\", \"[^-]+-(.+)\") and time() - vector(1) > 0");

        Assert.Equal(["hbot_bot_info"], scan.MetricNames);
        Assert.True(scan.Calls("label_replace"));
        Assert.True(scan.Calls("vector"));
    }

    [Theory]
    [InlineData("sum(rate(x[5m])", "missing ')'")]
    [InlineData("x{job=\"a\"", "not closed")]
    [InlineData("rate(x[])", "needs a duration")]
    [InlineData("x > \"open", "unterminated string")]
    [InlineData("x ; y", "unexpected character")]
    public void Malformed_expressions_are_refused(string expression, string problem)
    {
        var error = Assert.Throws<PromQlSyntaxException>(() => PromQlScanner.Scan(expression));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30s", 30)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("2d", 172800)]
    [InlineData("1w", 604800)]
    [InlineData("250ms", 0.25)]
    public void Durations_parse(string text, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), PromDuration.Parse(text));
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(90, "1m30s")]
    [InlineData(3600, "1h")]
    [InlineData(2592000, "30d")]
    [InlineData(0.5, "500ms")]
    public void Durations_format_with_exact_units(double seconds, string text)
    {
        Assert.Equal(text, PromDuration.Format(TimeSpan.FromSeconds(seconds)));
        Assert.Equal(TimeSpan.FromSeconds(seconds), PromDuration.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("m5")]
    [InlineData("5x")]
    public void Bad_durations_are_refused(string text)
    {
        Assert.Throws<FormatException>(() => PromDuration.Parse(text));
    }
}
