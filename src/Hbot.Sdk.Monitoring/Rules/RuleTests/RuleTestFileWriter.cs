using Hbot.Sdk.Monitoring.Rules.PromQl;
using YamlDotNet.RepresentationModel;
using static Hbot.Sdk.Monitoring.Rules.RuleYaml;

namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>Renders a <see cref="RuleTestSuite"/> as a <c>promtool test rules</c> file, deterministically.</summary>
public static class RuleTestFileWriter
{
    /// <summary>Renders the suite as YAML.</summary>
    public static string Write(RuleTestSuite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var root = Map(
            ("rule_files", Sequence(suite.RuleFiles.Select(f => (YamlNode)Plain(f)))),
            ("evaluation_interval", Plain(PromDuration.Format(suite.EvaluationInterval))),
            ("tests", Sequence(suite.Groups.Select(WriteGroup))));
        return Serialize(root, RuleFileWriter.GeneratedHeader);
    }

    private static YamlNode WriteGroup(PromtoolTestGroup group) => Map(
        ("name", Plain(group.Name)),
        ("interval", Plain(PromDuration.Format(group.Interval))),
        ("input_series", Sequence(group.InputSeries.Select(s => (YamlNode)Map(("series", Quoted(s.Series)), ("values", Quoted(s.Values)))))),
        ("alert_rule_test", group.AlertCases.Count > 0 ? Sequence(group.AlertCases.Select(WriteCase)) : null),
        ("promql_expr_test", group.ExpressionCases.Count > 0 ? Sequence(group.ExpressionCases.Select(WriteExpression)) : null));

    private static YamlNode WriteExpression(ExpressionCase check) => Map(
        ("expr", Plain(check.Expression)),
        ("eval_time", Plain(PromDuration.Format(check.EvalTime))),
        ("exp_samples", Sequence(check.ExpectedSamples.Select(s => (YamlNode)Map(
            ("labels", Quoted(s.Series)),
            ("value", Plain(s.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture))))))));

    private static YamlNode WriteCase(AlertCase check) => Map(
        ("eval_time", Plain(PromDuration.Format(check.EvalTime))),
        ("alertname", Plain(check.AlertName)),
        ("exp_alerts", Sequence(check.ExpectedAlerts.Select(a => (YamlNode)Map(
            ("exp_labels", Labels(a.Labels)),
            ("exp_annotations", Labels(a.Annotations)))))));
}
