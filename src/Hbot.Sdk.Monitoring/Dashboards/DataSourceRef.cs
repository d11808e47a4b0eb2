namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>A reference from a panel to a Grafana data source: a type and a uid (a provisioned uid or <c>${datasource}</c>).</summary>
/// <param name="Type">The data source plugin type, <c>prometheus</c> or <c>loki</c>.</param>
/// <param name="Uid">The data source uid, or a template variable reference.</param>
public sealed record DataSourceRef(string Type, string Uid)
{
    /// <summary>The Prometheus data source chosen by the dashboard's <c>datasource</c> variable.</summary>
    public static DataSourceRef PrometheusVariable { get; } = new("prometheus", "${" + TemplateVariable.DataSourceName + "}");
}
