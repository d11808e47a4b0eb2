using Hbot.Sdk.Monitoring.Metrics;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Service level objectives the SLO pack records, with their error-budget burn rates.</summary>
public sealed class SloOptions
{
    /// <summary>Share of scrapes a bot must answer. Default 0.995 (99.5%).</summary>
    public double BotAvailabilityTarget { get; set; } = 0.995;

    /// <summary>Share of order attempts that must be accepted. Default 0.95.</summary>
    public double OrderSuccessTarget { get; set; } = 0.95;

    /// <summary>Latency bound of the API latency objective in seconds; must be a bucket bound of the request histogram. Default 0.5.</summary>
    public double ApiLatencySeconds { get; set; } = 0.5;

    /// <summary>Share of REST requests that must finish within <see cref="ApiLatencySeconds"/> (0.95: p95 under the bound). Default 0.95.</summary>
    public double ApiLatencyTarget { get; set; } = 0.95;

    /// <summary>Evaluation interval of the slow SLO group (24h and 30d windows). Default 1m.</summary>
    public TimeSpan SlowGroupInterval { get; set; } = TimeSpan.FromMinutes(1);

    internal void Validate(OptionCheck check, TimeSpan scrape)
    {
        if (!(BotAvailabilityTarget is > 0 and < 1)) check.Fail(nameof(BotAvailabilityTarget), BotAvailabilityTarget, "must be between 0 and 1");
        if (!(OrderSuccessTarget is > 0 and < 1)) check.Fail(nameof(OrderSuccessTarget), OrderSuccessTarget, "must be between 0 and 1");
        if (!(ApiLatencyTarget is > 0 and < 1)) check.Fail(nameof(ApiLatencyTarget), ApiLatencyTarget, "must be between 0 and 1");
        if (!MetricCatalog.ExchangeRequestDuration.Buckets.Contains(ApiLatencySeconds))
            check.Fail(nameof(ApiLatencySeconds), ApiLatencySeconds,
                $"must be one of the request histogram's bucket bounds ({string.Join(", ", MetricCatalog.ExchangeRequestDuration.Buckets)})");
        if (SlowGroupInterval < scrape) check.Fail(nameof(SlowGroupInterval), SlowGroupInterval, "must not be shorter than the scrape interval");
    }
}
