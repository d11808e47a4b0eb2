namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>Where generated files go, relative to the output directory.</summary>
public static class StackLayout
{
    /// <summary>Prometheus configuration.</summary>
    public const string PrometheusConfig = "prometheus/prometheus.yml";
    /// <summary>Directory of the rule file and its promtool tests, next to the Prometheus configuration.</summary>
    public const string RulesDirectory = "prometheus/rules";
    /// <summary>Alertmanager configuration.</summary>
    public const string AlertmanagerConfig = "alertmanager/alertmanager.yml";
    /// <summary>Grafana data source provisioning.</summary>
    public const string GrafanaDataSources = "grafana/provisioning/datasources/datasources.yml";
    /// <summary>Grafana dashboard provider provisioning.</summary>
    public const string GrafanaDashboardProviders = "grafana/provisioning/dashboards/dashboards.yml";
    /// <summary>Directory of dashboard JSON files.</summary>
    public const string DashboardsDirectory = "grafana/dashboards";
    /// <summary>Grafana Alloy configuration (logs part).</summary>
    public const string AlloyConfig = "alloy/config.alloy";
    /// <summary>Compose file.</summary>
    public const string ComposeFile = "compose/docker-compose.yml";
    /// <summary>Env file template.</summary>
    public const string EnvTemplate = "env/.env.template";
    /// <summary>The env file the compose file reads (copied from the template and filled in by the operator).</summary>
    public const string EnvFile = "env/.env";
    /// <summary>Directory of runbooks.</summary>
    public const string RunbooksDirectory = "docs/runbooks";
    /// <summary>Per-bot data directories (<c>data/&lt;bot&gt;/conf</c>, <c>logs</c>, <c>data</c>).</summary>
    public const string DataDirectory = "data";
}
