using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>
/// Writes a built dashboard as the bare Grafana dashboard JSON model that file provisioning expects
/// (no <c>{"dashboard": ...}</c> wrapper, no <c>id</c>), indented and byte-for-byte deterministic.
/// </summary>
public static class DashboardJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Queries are full of quotes, '<', '>', '+' and '&'; escaping them would make the files unreadable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Renders the dashboard JSON, ending with a newline.</summary>
    public static string Write(Dashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WriteAnnotations(json);
            json.WriteString("description", dashboard.Description);
            json.WriteBoolean("editable", false);
            json.WriteNumber("fiscalYearStartMonth", 0);
            json.WriteNumber("graphTooltip", 1);
            json.WriteStartArray("links");
            foreach (var link in dashboard.Links)
            {
                json.WriteStartObject();
                json.WriteBoolean("asDropdown", false);
                json.WriteString("icon", "doc");
                json.WriteBoolean("includeVars", false);
                json.WriteBoolean("keepTime", false);
                json.WriteBoolean("targetBlank", true);
                json.WriteString("title", link.Title);
                json.WriteString("type", "link");
                json.WriteString("url", link.Url);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("panels");
            foreach (var panel in dashboard.Panels) WritePanel(json, panel);
            json.WriteEndArray();
            json.WriteString("refresh", dashboard.Refresh);
            json.WriteNumber("schemaVersion", Dashboard.SchemaVersion);
            json.WriteStartArray("tags");
            foreach (var tag in dashboard.Tags) json.WriteStringValue(tag);
            json.WriteEndArray();
            WriteTemplating(json, dashboard);
            json.WriteStartObject("time");
            json.WriteString("from", dashboard.TimeFrom);
            json.WriteString("to", "now");
            json.WriteEndObject();
            json.WriteStartObject("timepicker");
            json.WriteEndObject();
            json.WriteString("timezone", "browser");
            json.WriteString("title", dashboard.Title);
            json.WriteString("uid", dashboard.Uid);
            json.WriteNumber("version", 1);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteAnnotations(Utf8JsonWriter json)
    {
        json.WriteStartObject("annotations");
        json.WriteStartArray("list");
        json.WriteStartObject();
        json.WriteNumber("builtIn", 1);
        json.WriteStartObject("datasource");
        json.WriteString("type", "grafana");
        json.WriteString("uid", "-- Grafana --");
        json.WriteEndObject();
        json.WriteBoolean("enable", true);
        json.WriteBoolean("hide", true);
        json.WriteString("iconColor", "rgba(0, 211, 255, 1)");
        json.WriteString("name", "Annotations & Alerts");
        json.WriteString("type", "dashboard");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePanel(Utf8JsonWriter json, DashboardPanel placed)
    {
        json.WriteStartObject();
        if (placed.Panel is not { } panel)
        {
            json.WriteBoolean("collapsed", false);
            WriteGridPos(json, placed.Position);
            json.WriteNumber("id", placed.Id);
            json.WriteStartArray("panels");
            json.WriteEndArray();
            json.WriteString("title", placed.Title);
            json.WriteString("type", "row");
            json.WriteEndObject();
            return;
        }
        WriteDataSource(json, panel.DataSource);
        json.WriteString("description", panel.Description);
        WriteFieldConfig(json, panel);
        WriteGridPos(json, placed.Position);
        json.WriteNumber("id", placed.Id);
        WriteOptions(json, panel.Type);
        json.WriteStartArray("targets");
        foreach (var query in placed.Queries)
        {
            json.WriteStartObject();
            WriteDataSource(json, panel.DataSource);
            json.WriteString("expr", query.Target.Expression);
            if (panel.DataSource.Type == "prometheus")
            {
                json.WriteBoolean("instant", query.Target.Instant);
                json.WriteString("legendFormat", query.Target.Legend.Length == 0 ? "__auto" : query.Target.Legend);
                json.WriteBoolean("range", !query.Target.Instant);
                if (panel.Type == PanelType.Table) json.WriteString("format", "table");
            }
            else
            {
                json.WriteString("queryType", "range");
            }
            json.WriteString("refId", query.RefId);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("title", placed.Title);
        if (panel.Type == PanelType.Table) WriteTableTransformations(json);
        json.WriteString("type", TypeName(panel.Type));
        json.WriteEndObject();
    }

    private static void WriteFieldConfig(Utf8JsonWriter json, Panel panel)
    {
        json.WriteStartObject("fieldConfig");
        json.WriteStartObject("defaults");
        json.WriteStartObject("color");
        json.WriteString("mode", panel.Thresholds.Count > 0 && panel.Type != PanelType.TimeSeries ? "thresholds" : "palette-classic");
        json.WriteEndObject();
        if (panel.Max is { } max) json.WriteNumber("max", max);
        if (panel.Min is { } min) json.WriteNumber("min", min);
        json.WriteStartObject("thresholds");
        json.WriteString("mode", "absolute");
        json.WriteStartArray("steps");
        var steps = panel.Thresholds.Count > 0 ? panel.Thresholds : [new ThresholdStep("green", null)];
        foreach (var step in steps)
        {
            json.WriteStartObject();
            json.WriteString("color", step.Color);
            if (step.From is { } from) json.WriteNumber("value", from);
            else json.WriteNull("value");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteString("unit", panel.Unit?.Id);
        json.WriteEndObject();
        json.WriteStartArray("overrides");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOptions(Utf8JsonWriter json, PanelType type)
    {
        json.WriteStartObject("options");
        switch (type)
        {
            case PanelType.TimeSeries:
                json.WriteStartObject("legend");
                json.WriteString("displayMode", "list");
                json.WriteString("placement", "bottom");
                json.WriteBoolean("showLegend", true);
                json.WriteEndObject();
                json.WriteStartObject("tooltip");
                json.WriteString("mode", "multi");
                json.WriteString("sort", "desc");
                json.WriteEndObject();
                break;
            case PanelType.Stat or PanelType.Gauge or PanelType.BarGauge:
                json.WriteStartObject("reduceOptions");
                json.WriteStartArray("calcs");
                json.WriteStringValue("lastNotNull");
                json.WriteEndArray();
                json.WriteString("fields", "");
                json.WriteBoolean("values", false);
                json.WriteEndObject();
                if (type == PanelType.Stat) json.WriteString("colorMode", "value");
                if (type == PanelType.BarGauge) json.WriteString("displayMode", "gradient");
                json.WriteString("orientation", type == PanelType.BarGauge ? "horizontal" : "auto");
                break;
            case PanelType.Table:
                json.WriteString("cellHeight", "sm");
                json.WriteBoolean("showHeader", true);
                break;
            case PanelType.Logs:
                json.WriteString("dedupStrategy", "none");
                json.WriteBoolean("enableLogDetails", true);
                json.WriteBoolean("prettifyLogMessage", false);
                json.WriteBoolean("showTime", true);
                json.WriteString("sortOrder", "Descending");
                json.WriteBoolean("wrapLogMessage", true);
                break;
        }
        json.WriteEndObject();
    }

    private static void WriteTableTransformations(Utf8JsonWriter json)
    {
        json.WriteStartArray("transformations");
        json.WriteStartObject();
        json.WriteString("id", "merge");
        json.WriteStartObject("options");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteTemplating(Utf8JsonWriter json, Dashboard dashboard)
    {
        json.WriteStartObject("templating");
        json.WriteStartArray("list");
        foreach (var variable in dashboard.Variables)
        {
            json.WriteStartObject();
            if (variable.Type == "query")
            {
                json.WriteStartObject("current");
                json.WriteEndObject();
                WriteDataSource(json, DataSourceRef.PrometheusVariable);
                json.WriteString("definition", variable.Query);
            }
            json.WriteBoolean("includeAll", variable.IncludeAll);
            json.WriteString("label", variable.Label);
            json.WriteBoolean("multi", variable.Multi);
            json.WriteString("name", variable.Name);
            if (variable.Type == "query")
            {
                json.WriteStartObject("query");
                json.WriteNumber("qryType", 1);
                json.WriteString("query", variable.Query);
                json.WriteString("refId", "PrometheusVariableQueryEditor-VariableQuery");
                json.WriteEndObject();
                json.WriteNumber("refresh", 2);
                json.WriteString("regex", "");
                json.WriteNumber("sort", 1);
            }
            else
            {
                json.WriteString("query", variable.Query);
                json.WriteNumber("refresh", 1);
                json.WriteString("regex", "");
            }
            json.WriteString("type", variable.Type);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteGridPos(Utf8JsonWriter json, GridPosition pos)
    {
        json.WriteStartObject("gridPos");
        json.WriteNumber("h", pos.H);
        json.WriteNumber("w", pos.W);
        json.WriteNumber("x", pos.X);
        json.WriteNumber("y", pos.Y);
        json.WriteEndObject();
    }

    private static void WriteDataSource(Utf8JsonWriter json, DataSourceRef dataSource)
    {
        json.WriteStartObject("datasource");
        json.WriteString("type", dataSource.Type);
        json.WriteString("uid", dataSource.Uid);
        json.WriteEndObject();
    }

    private static string TypeName(PanelType type) => type switch
    {
        PanelType.TimeSeries => "timeseries",
        PanelType.Stat => "stat",
        PanelType.Gauge => "gauge",
        PanelType.Table => "table",
        PanelType.BarGauge => "bargauge",
        PanelType.Logs => "logs",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
