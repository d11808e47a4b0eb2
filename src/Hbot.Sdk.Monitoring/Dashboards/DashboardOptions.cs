namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>What the standard dashboards need to know about the stack.</summary>
public sealed record DashboardOptions
{
    /// <summary>Prometheus job that scrapes the bots.</summary>
    public string BotJob { get; init; } = "hbot";
    /// <summary>Whether the Logs dashboard (Loki) is generated.</summary>
    public bool IncludeLogs { get; init; }
    /// <summary>Uid of the provisioned Loki data source.</summary>
    public string LokiDataSourceUid { get; init; } = "hbot-loki";
    /// <summary>Service level objectives shown on the SLO dashboard.</summary>
    public ServiceLevelObjectives Objectives { get; init; } = new();
    /// <summary>Pattern of runbook links, with <c>{0}</c> for the alert name; <see langword="null"/> for no links.</summary>
    public string? RunbookUrlPattern { get; init; }
    /// <summary>Age after which an order book counts as stale, in seconds (orange at half of it).</summary>
    public double StaleOrderBookSeconds { get; init; } = 30;
}

/// <summary>Objectives the SLO dashboard measures against (ratios from 0 to 1).</summary>
public sealed record ServiceLevelObjectives
{
    /// <summary>Share of time each bot's metrics endpoint answers scrapes.</summary>
    public double Availability { get; init; } = 0.995;
    /// <summary>Share of order attempts that do not fail.</summary>
    public double OrderSuccess { get; init; } = 0.99;
    /// <summary>Exchange request latency bound in seconds; must be a bucket bound of the request histogram.</summary>
    public double LatencySeconds { get; init; } = 1;
    /// <summary>Share of exchange requests faster than <see cref="LatencySeconds"/>.</summary>
    public double Latency { get; init; } = 0.99;
}
