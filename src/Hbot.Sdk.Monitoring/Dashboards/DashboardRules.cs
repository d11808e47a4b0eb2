using System.Text.RegularExpressions;

namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>
/// The rules every generated dashboard keeps (those of Grafana's dashboard linter plus layout rules):
/// a valid stable uid, unique panel ids and refIds, grid positions inside 24 columns, a unit on every panel,
/// <c>$__rate_interval</c> in every <c>rate</c>/<c>irate</c>/<c>increase</c>, Prometheus panels on the
/// <c>datasource</c> variable and no import-only <c>${DS_...}</c> placeholders.
/// </summary>
public static partial class DashboardRules
{
    /// <summary>Returns every rule the dashboard breaks (empty when it is valid).</summary>
    public static IReadOnlyList<string> Check(Dashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var problems = new List<string>();
        if (!UidPattern().IsMatch(dashboard.Uid))
            problems.Add($"uid '{dashboard.Uid}' must be 8 to 40 letters, digits, '-' or '_'.");
        foreach (var group in dashboard.Panels.GroupBy(p => p.Id).Where(g => g.Count() > 1))
            problems.Add($"panel id {group.Key} is used {group.Count()} times.");
        var usesVariable = false;
        foreach (var placed in dashboard.Panels)
        {
            var where = $"panel {placed.Id} '{placed.Title}'";
            var pos = placed.Position;
            if (pos.X < 0 || pos.Y < 0 || pos.W < 1 || pos.H < 1 || pos.X + pos.W > GridPosition.Columns)
                problems.Add($"{where}: grid position x={pos.X} w={pos.W} passes column {GridPosition.Columns}.");
            if (placed.Panel is not { } panel) continue;
            if (panel.Unit is null) problems.Add($"{where}: has no unit.");
            if (placed.Queries.Count == 0) problems.Add($"{where}: has no query.");
            foreach (var group in placed.Queries.GroupBy(q => q.RefId).Where(g => g.Count() > 1))
                problems.Add($"{where}: refId {group.Key} is used {group.Count()} times.");
            if (panel.DataSource.Uid.Contains("${DS_", StringComparison.Ordinal))
                problems.Add($"{where}: data source '{panel.DataSource.Uid}' is an import placeholder; provisioning cannot resolve it.");
            if (panel.DataSource == DataSourceRef.PrometheusVariable) usesVariable = true;
            foreach (var query in placed.Queries)
            {
                var expr = query.Target.Expression;
                if (expr.Contains("${DS_", StringComparison.Ordinal))
                    problems.Add($"{where} query {query.RefId}: contains an import placeholder '${{DS_'.");
                if (panel.DataSource.Type != "prometheus") continue;
                foreach (Match rate in RangeFunction().Matches(expr))
                {
                    if (rate.Groups["range"].Value != "$__rate_interval")
                        problems.Add($"{where} query {query.RefId}: {rate.Groups["fn"].Value}() over [{rate.Groups["range"].Value}] must use [$__rate_interval].");
                }
            }
        }
        if (usesVariable && !dashboard.Variables.Any(v => v.Name == TemplateVariable.DataSourceName && v.Type == "datasource"))
            problems.Add($"panels use ${{{TemplateVariable.DataSourceName}}} but the dashboard has no '{TemplateVariable.DataSourceName}' data source variable.");
        foreach (var group in dashboard.Variables.GroupBy(v => v.Name).Where(g => g.Count() > 1))
            problems.Add($"variable '{group.Key}' is defined {group.Count()} times.");
        return problems;
    }

    /// <summary>Matches <c>rate(</c>, <c>irate(</c> or <c>increase(</c> up to the range of its range vector.</summary>
    [GeneratedRegex(@"\b(?<fn>rate|irate|increase)\s*\((?:[^()\[\]]|\([^()]*\))*\[(?<range>[^\]]+)\]")]
    internal static partial Regex RangeFunction();

    [GeneratedRegex("^[A-Za-z0-9_-]{8,40}$")]
    private static partial Regex UidPattern();
}
