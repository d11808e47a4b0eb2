using System.Globalization;
using Hbot.Sdk.Connectors;
using Hbot.Sdk.Events;

namespace Hbot.Sdk.Monitoring.Health;

/// <summary>
/// Follows the event stream for what <c>/health</c> needs: when the strategy last ticked, its tick interval, and
/// when market data last arrived. <see cref="Evaluate"/> turns that, and the connector's readiness, into a report.
/// </summary>
public sealed class BotHealthMonitor : ITradingEventObserver
{
    private readonly BotHealthOptions _options;
    private readonly TimeProvider _time;
    private readonly IExchangeConnector? _connector;
    private long _lastTickTicks;
    private long _lastMarketDataTicks;
    private long _tickIntervalTicks;

    /// <summary>Creates a monitor.</summary>
    /// <param name="options">Limits.</param>
    /// <param name="time">The bot's clock (the one event timestamps come from).</param>
    /// <param name="connector">The bot's exchange connector, when the host has one.</param>
    public BotHealthMonitor(BotHealthOptions options, TimeProvider time, IExchangeConnector? connector = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options;
        _time = time;
        _connector = connector;
        _tickIntervalTicks = options.DefaultTickInterval.Ticks;
    }

    /// <inheritdoc />
    public void OnEvent(TradingEvent tradingEvent)
    {
        switch (tradingEvent)
        {
            case OrderBookUpdatedEvent e: Volatile.Write(ref _lastMarketDataTicks, e.Timestamp.UtcTicks); break;
            case StrategyTickedEvent e: Volatile.Write(ref _lastTickTicks, e.Timestamp.UtcTicks); break;
            case BotStartedEvent e when e.TickInterval > TimeSpan.Zero: Volatile.Write(ref _tickIntervalTicks, e.TickInterval.Ticks); break;
            default: break;
        }
    }

    /// <summary>The stall limit: the tick interval times the factor, but never below the minimum.</summary>
    public TimeSpan TickStallLimit
    {
        get
        {
            var scaled = TimeSpan.FromTicks((long)(Volatile.Read(ref _tickIntervalTicks) * _options.TickStallFactor));
            return scaled > _options.MinimumTickStall ? scaled : _options.MinimumTickStall;
        }
    }

    /// <summary>Evaluates every check now.</summary>
    public HealthReport Evaluate()
    {
        var now = _time.GetUtcNow();
        var tickAge = Age(now, Volatile.Read(ref _lastTickTicks));
        var dataAge = Age(now, Volatile.Read(ref _lastMarketDataTicks));
        var limit = TickStallLimit;
        List<HealthCheckResult> checks =
        [
            tickAge is not { } t ? new("tick", false, "no strategy tick yet")
                : new("tick", t <= limit, string.Create(CultureInfo.InvariantCulture, $"last strategy tick {t.TotalSeconds:0.0} s ago (limit {limit.TotalSeconds:0.0} s)")),
            dataAge is not { } d ? new("market_data", false, "no order book update yet")
                : new("market_data", d <= _options.MaxMarketDataAge,
                    string.Create(CultureInfo.InvariantCulture, $"last order book update {d.TotalSeconds:0.0} s ago (limit {_options.MaxMarketDataAge.TotalSeconds:0.0} s)")),
        ];
        bool? ready = null;
        if (_connector is not null)
        {
            ready = _connector.IsReady;
            checks.Add(new("connector", ready.Value, $"connector '{_connector.Name}' is {(ready.Value ? "ready" : "not ready")}"));
        }
        return new HealthReport(checks, tickAge?.TotalSeconds, ready);
    }

    private static TimeSpan? Age(DateTimeOffset now, long utcTicks) =>
        utcTicks == 0 ? null : now - new DateTimeOffset(utcTicks, TimeSpan.Zero) is var age && age > TimeSpan.Zero ? age : TimeSpan.Zero;
}
