using Hbot.Sdk.Monitoring.Rules;

namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>What the standard dashboards need to know about the stack.</summary>
public sealed record DashboardOptions
{
    /// <summary>Prometheus job that scrapes the bots.</summary>
    public string BotJob { get; init; } = Stack.StackServices.BotJob;
    /// <summary>Whether the Logs dashboard (Loki) is generated.</summary>
    public bool IncludeLogs { get; init; }
    /// <summary>Uid of the provisioned Loki data source.</summary>
    public string LokiDataSourceUid { get; init; } = "hbot-loki";
    /// <summary>Service level objectives shown on the SLO dashboard.</summary>
    public SloOptions Objectives { get; init; } = new();
    /// <summary>Pattern of runbook links, with <c>{alertname}</c> for the alert name; <see langword="null"/> for no links.</summary>
    public string? RunbookUrlPattern { get; init; }
    /// <summary>Age after which an order book counts as stale, in seconds (orange at half of it).</summary>
    public double StaleOrderBookSeconds { get; init; } = new ExchangeAlertOptions().BookStaleSeconds;
}
