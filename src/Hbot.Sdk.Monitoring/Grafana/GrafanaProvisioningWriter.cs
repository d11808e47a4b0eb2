using Hbot.Sdk.Monitoring.Stack;

namespace Hbot.Sdk.Monitoring.Grafana;

/// <summary>
/// Renders Grafana's file provisioning: data sources with fixed uids (Prometheus always, Loki with the logs part),
/// pruned when removed, and a dashboard provider that loads the generated JSON read-only.
/// </summary>
public static class GrafanaProvisioningWriter
{
    /// <summary>Where the dashboards directory is mounted in the Grafana container.</summary>
    public const string DashboardsPath = "/var/lib/grafana/dashboards";

    /// <summary>Renders <c>datasources.yml</c>.</summary>
    public static string WriteDataSources(StackManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var sources = new YamlList
        {
            new YamlMap
            {
                { "name", "Prometheus" },
                { "type", "prometheus" },
                { "uid", StackServices.PrometheusDataSourceUid },
                { "access", "proxy" },
                { "url", $"http://{StackServices.Prometheus}:{StackServices.PrometheusPort}" },
                { "isDefault", true },
                { "editable", false },
                {
                    "jsonData", new YamlMap
                    {
                        { "httpMethod", "POST" },
                        // Grafana's $__rate_interval is derived from this; it must equal the scrape interval.
                        { "timeInterval", PrometheusDuration.Format(manifest.Monitoring.ScrapeInterval) },
                        { "prometheusType", "Prometheus" },
                    }
                },
            },
        };
        if (manifest.Parts.Logs)
        {
            sources.Add(new YamlMap
            {
                { "name", "Loki" },
                { "type", "loki" },
                { "uid", StackServices.LokiDataSourceUid },
                { "access", "proxy" },
                { "url", $"http://{StackServices.Loki}:{StackServices.LokiPort}" },
                { "isDefault", false },
                { "editable", false },
            });
        }
        return YamlEmitter.Write(new YamlMap { { "apiVersion", 1 }, { "prune", true }, { "datasources", sources } }, GeneratedHeader.Lines(manifest));
    }

    /// <summary>Renders the dashboard provider <c>dashboards.yml</c>.</summary>
    public static string WriteDashboardProviders(StackManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var provider = new YamlMap
        {
            { "name", "hbot" },
            { "orgId", 1 },
            { "folder", "Hbot" },
            { "type", "file" },
            { "disableDeletion", false },
            { "allowUiUpdates", false },
            { "updateIntervalSeconds", 30 },
            { "options", new YamlMap { { "path", DashboardsPath } } },
        };
        return YamlEmitter.Write(new YamlMap { { "apiVersion", 1 }, { "providers", new YamlList([provider]) } }, GeneratedHeader.Lines(manifest));
    }
}
