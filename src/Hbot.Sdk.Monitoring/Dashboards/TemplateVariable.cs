namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>A dashboard template variable: the Prometheus data source picker or a label-values query.</summary>
public sealed record TemplateVariable
{
    /// <summary>Name of the data source variable every Prometheus panel uses.</summary>
    public const string DataSourceName = "datasource";

    private TemplateVariable(string name, string label, string type, string query, bool multi, bool includeAll)
    {
        Name = name;
        Label = label;
        Type = type;
        Query = query;
        Multi = multi;
        IncludeAll = includeAll;
    }

    /// <summary>Variable name, referenced as <c>$name</c>.</summary>
    public string Name { get; }
    /// <summary>Label shown above the picker.</summary>
    public string Label { get; }
    /// <summary>Grafana variable type: <c>datasource</c> or <c>query</c>.</summary>
    public string Type { get; }
    /// <summary>For a data source variable the plugin type; for a query variable the PromQL query.</summary>
    public string Query { get; }
    /// <summary>Whether several values can be selected.</summary>
    public bool Multi { get; }
    /// <summary>Whether an "All" option is offered.</summary>
    public bool IncludeAll { get; }

    /// <summary>The Prometheus data source picker, named <c>datasource</c> and labelled "Data Source".</summary>
    public static TemplateVariable PrometheusDataSource { get; } = new(DataSourceName, "Data Source", "datasource", "prometheus", false, false);

    /// <summary>A variable listing the values of a label on a metric (refreshed when the time range changes).</summary>
    public static TemplateVariable LabelValues(string name, string label, string metricSelector, string labelName, bool multi = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(metricSelector);
        ArgumentException.ThrowIfNullOrWhiteSpace(labelName);
        return new TemplateVariable(name, label, "query", $"label_values({metricSelector}, {labelName})", multi, multi);
    }
}
