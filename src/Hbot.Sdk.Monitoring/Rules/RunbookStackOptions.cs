namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Where things are on the generated stack, so runbook commands can be pasted as they are.</summary>
public sealed class RunbookStackOptions
{
    /// <summary>A bot's metrics and health address on the host. Default <c>127.0.0.1:9400</c>.</summary>
    public string BotAddress { get; set; } = "127.0.0.1:9400";

    /// <summary>Prometheus on the host. Default <c>127.0.0.1:9090</c>.</summary>
    public string PrometheusAddress { get; set; } = "127.0.0.1:9090";

    /// <summary>Alertmanager on the host. Default <c>127.0.0.1:9093</c>.</summary>
    public string AlertmanagerAddress { get; set; } = "127.0.0.1:9093";

    /// <summary>Grafana on the host. Default <c>127.0.0.1:3000</c>.</summary>
    public string GrafanaAddress { get; set; } = "127.0.0.1:3000";

    /// <summary>Directory holding the compose file, where <c>docker compose</c> commands run. Default <c>.</c> (the stack directory).</summary>
    public string ComposeDirectory { get; set; } = ".";

    internal void Validate(OptionCheck check)
    {
        check.NotEmpty(nameof(BotAddress), BotAddress);
        check.NotEmpty(nameof(PrometheusAddress), PrometheusAddress);
        check.NotEmpty(nameof(AlertmanagerAddress), AlertmanagerAddress);
        check.NotEmpty(nameof(GrafanaAddress), GrafanaAddress);
        check.NotEmpty(nameof(ComposeDirectory), ComposeDirectory);
    }
}
