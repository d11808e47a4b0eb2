namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>Names and ports of the stack's services, shared by the compose file, scrape config and data sources.</summary>
public static class StackServices
{
    /// <summary>Prometheus job scraping every bot.</summary>
    public const string BotJob = "hbot";
    /// <summary>Prometheus service and job.</summary>
    public const string Prometheus = "prometheus";
    /// <summary>Alertmanager service and job.</summary>
    public const string Alertmanager = "alertmanager";
    /// <summary>Grafana service.</summary>
    public const string Grafana = "grafana";
    /// <summary>node-exporter service and job.</summary>
    public const string NodeExporter = "node-exporter";
    /// <summary>cAdvisor service and job.</summary>
    public const string Cadvisor = "cadvisor";
    /// <summary>Loki service and job.</summary>
    public const string Loki = "loki";
    /// <summary>Grafana Alloy service and job.</summary>
    public const string Alloy = "alloy";

    /// <summary>node-exporter listen port.</summary>
    public const int NodeExporterPort = 9100;
    /// <summary>cAdvisor listen port.</summary>
    public const int CadvisorPort = 8080;
    /// <summary>Loki listen port.</summary>
    public const int LokiPort = 3100;
    /// <summary>Alloy HTTP port (its own metrics).</summary>
    public const int AlloyPort = 12345;
    /// <summary>Port inside the containers where Prometheus listens.</summary>
    public const int PrometheusPort = 9090;
    /// <summary>Port inside the containers where Alertmanager listens.</summary>
    public const int AlertmanagerPort = 9093;
    /// <summary>Port inside the containers where Grafana listens.</summary>
    public const int GrafanaPort = 3000;
    /// <summary>Port inside a bot container where metrics and health are served.</summary>
    public const int BotMetricsPort = 9400;

    /// <summary>Uid of the provisioned Prometheus data source.</summary>
    public const string PrometheusDataSourceUid = "hbot-prometheus";
    /// <summary>Uid of the provisioned Loki data source.</summary>
    public const string LokiDataSourceUid = "hbot-loki";

    /// <summary>Directory inside the Alertmanager container where secrets from the env file are written at start.</summary>
    public const string AlertmanagerSecretsDirectory = "/tmp/hbot-secrets";
}
