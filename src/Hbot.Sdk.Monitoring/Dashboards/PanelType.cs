namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>Grafana panel types the builder emits; only React panels, which current Grafana renders without Angular.</summary>
public enum PanelType
{
    /// <summary><c>timeseries</c>.</summary>
    TimeSeries,
    /// <summary><c>stat</c>.</summary>
    Stat,
    /// <summary><c>gauge</c>.</summary>
    Gauge,
    /// <summary><c>table</c>.</summary>
    Table,
    /// <summary><c>bargauge</c>.</summary>
    BarGauge,
    /// <summary><c>logs</c> (Loki).</summary>
    Logs,
}
