namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Thresholds of the exchange connectivity pack.</summary>
public sealed class ExchangeAlertOptions
{
    /// <summary>Window of rate() and increase() in exchange rules. Default 5m.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>ExchangeApiLatencyHigh: p95 REST latency above this many seconds. Default 2.</summary>
    public double LatencyP95Seconds { get; set; } = 2;

    /// <summary>ExchangeApiLatencyHigh 'for'. Default 5m.</summary>
    public TimeSpan LatencyFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>ExchangeErrorsHigh: API errors per REST request above this. Default 0.05.</summary>
    public double ErrorRatio { get; set; } = 0.05;

    /// <summary>ExchangeErrorsHigh 'for'. Default 5m.</summary>
    public TimeSpan ErrorsFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>RateLimited 'for' (any rate-limit rejection within the rate window). Default 5m.</summary>
    public TimeSpan RateLimitedFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>MarketDataStale: order book not updated for more than this many seconds. Default 60.</summary>
    public double BookStaleSeconds { get; set; } = 60;

    /// <summary>MarketDataStale 'for'. Default 1m.</summary>
    public TimeSpan BookStaleFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>SocketReconnectLoop: more reconnects than this within <see cref="ReconnectWindow"/>. Default 5.</summary>
    public int ReconnectLimit { get; set; } = 5;

    /// <summary>SocketReconnectLoop window. Default 15m.</summary>
    public TimeSpan ReconnectWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>SocketReconnectLoop 'for'. Default 2m.</summary>
    public TimeSpan ReconnectFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>SocketDisconnected 'for'. Default 2m.</summary>
    public TimeSpan DisconnectedFor { get; set; } = TimeSpan.FromMinutes(2);

    internal void Validate(OptionCheck check, TimeSpan scrape)
    {
        check.Window(nameof(RateWindow), RateWindow, scrape);
        check.Positive(nameof(LatencyP95Seconds), LatencyP95Seconds);
        // histogram_quantile never reports more than the largest finite bucket bound, so a higher threshold never fires.
        if (LatencyP95Seconds >= Metrics.MetricCatalog.ExchangeRequestDuration.Buckets[^1])
            check.Fail(nameof(LatencyP95Seconds), LatencyP95Seconds, $"must be below the request histogram's largest bucket ({Metrics.MetricCatalog.ExchangeRequestDuration.Buckets[^1]}s)");
        check.NotNegative(nameof(LatencyFor), LatencyFor);
        check.Ratio(nameof(ErrorRatio), ErrorRatio);
        check.NotNegative(nameof(ErrorsFor), ErrorsFor);
        check.NotNegative(nameof(RateLimitedFor), RateLimitedFor);
        check.Positive(nameof(BookStaleSeconds), BookStaleSeconds);
        check.NotNegative(nameof(BookStaleFor), BookStaleFor);
        if (ReconnectLimit < 1) check.Fail(nameof(ReconnectLimit), ReconnectLimit, "must be at least 1");
        check.Window(nameof(ReconnectWindow), ReconnectWindow, scrape);
        check.NotNegative(nameof(ReconnectFor), ReconnectFor);
        check.NotNegative(nameof(DisconnectedFor), DisconnectedFor);
    }
}
