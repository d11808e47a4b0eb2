using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Hbot.Sdk.Events;

namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>
/// Client-side rate limits: one token bucket per endpoint sized to Bitget's documented limit, plus one bucket for all
/// signed calls of the account, each times this bot's share (several bots on one key split the limits). A wait is
/// published as <see cref="RateLimitEvent"/>.
/// </summary>
internal sealed class BitgetRateLimits : IDisposable
{
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _limiters = new(StringComparer.Ordinal);
    private readonly double _share;
    private readonly TokenBucketRateLimiter _account;
    private readonly TradingEventStream _events;
    private readonly TimeProvider _time;

    public BitgetRateLimits(double share, int accountPerSecond, TradingEventStream events, TimeProvider time)
    {
        _share = share;
        _events = events;
        _time = time;
        _account = Create(accountPerSecond);
    }

    public async ValueTask AcquireAsync(BitgetEndpoint endpoint, CancellationToken cancellationToken)
    {
        await AcquireAsync(_limiters.GetOrAdd(endpoint.Method + " " + endpoint.Path, _ => Create(endpoint.PerSecond)), endpoint.Path, cancellationToken).ConfigureAwait(false);
        if (endpoint.Signed) await AcquireAsync(_account, "account", cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask AcquireAsync(TokenBucketRateLimiter limiter, string label, CancellationToken cancellationToken)
    {
        using var immediate = limiter.AttemptAcquire();
        if (immediate.IsAcquired) return;
        var started = _time.GetTimestamp();
        using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        _events.Publish(new RateLimitEvent(_time.GetUtcNow(), BitgetSpotConnector.ExchangeName, label, _time.GetElapsedTime(started), !lease.IsAcquired));
        if (!lease.IsAcquired) throw new BitgetApiException(label, 0, "rate_limit_queue", "the client-side rate limit queue is full", BitgetErrorKind.RateLimited);
    }

    private TokenBucketRateLimiter Create(int documentedPerSecond)
    {
        var perSecond = Math.Max(1, (int)Math.Floor(documentedPerSecond * _share));
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perSecond,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 1000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public void Dispose()
    {
        foreach (var l in _limiters.Values) l.Dispose();
        _limiters.Clear();
        _account.Dispose();
    }
}
