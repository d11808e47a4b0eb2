using System.Collections.Concurrent;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Monitoring.Exporters;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>
/// Turns every event of the <see cref="TradingEventStream"/> into metric updates through a <see cref="MetricExporter"/>.
/// Series are created once per label combination and kept, so recording an event is a dictionary hit and a few
/// atomic adds. Ages (order book, oldest open order) and open order counts are computed at scrape time from the
/// events seen, so they keep growing while nothing happens, which is exactly what alerts need to see.
/// </summary>
public sealed class MetricsObserver : ITradingEventObserver
{
    private readonly string _bot;
    private readonly TimeProvider _time;

    private readonly IMetricFamily<IGaugeSeries> _botInfo;
    private readonly IGaugeSeries _startTime;
    private readonly IGaugeSeries _lastTick;
    private readonly IGaugeSeries _tickInterval;
    private readonly IHistogramSeries _tickDuration;
    private readonly IGaugeSeries _orderRefreshTime;
    private readonly IGaugeSeries _killSwitchActive;
    private readonly IGaugeSeries _dailyLoss;
    private readonly IGaugeSeries _dailyLossLimit;
    private readonly IGaugeSeries _tradeStoreLastWrite;

    private readonly SeriesCache<string, IGaugeSeries> _strategyRunning;
    private readonly SeriesCache<string, ICounterSeries> _killSwitchTrips;
    private readonly SeriesCache<(TradingPair Pair, string Reason), ICounterSeries> _riskRefusals;
    private readonly SeriesCache<(string Exchange, TradingPair Pair), MarketSeries> _markets;
    private readonly SeriesCache<(string Exchange, TradingPair Pair, string Reason), ICounterSeries> _ordersFailed;
    private readonly SeriesCache<(string Exchange, string Asset), AssetSeries> _assets;
    private readonly SeriesCache<(string Exchange, TradingPair Pair, string Reason), ICounterSeries> _resyncs;
    private readonly SeriesCache<(string Exchange, string Endpoint, string Method, string StatusClass), IHistogramSeries> _requests;
    private readonly SeriesCache<(string Exchange, string Endpoint, string Code), ICounterSeries> _errors;
    private readonly SeriesCache<(string Exchange, string Endpoint), RateLimitSeries> _rateLimits;
    private readonly SeriesCache<(string Exchange, string Socket), IGaugeSeries> _socketConnected;
    private readonly SeriesCache<(string Exchange, string Socket, string Reason), ICounterSeries> _socketReconnects;
    private readonly SeriesCache<(string Exchange, string Channel), ChannelSeries> _channels;
    private readonly SeriesCache<string, ICounterSeries> _tradeStoreRows;
    private readonly LogEventTally? _logTally;
    private readonly ICounterSeries[] _logEvents;

    private readonly ConcurrentDictionary<string, OpenOrder> _openOrders = new(StringComparer.Ordinal);
    private readonly Lock _collectGate = new();

    /// <summary>Creates the observer and every instrument it feeds (so each catalog entry is exported from the start).</summary>
    /// <param name="exporter">Where the metrics go.</param>
    /// <param name="bot">The <c>bot</c> label value.</param>
    /// <param name="time">Clock for values computed at scrape time.</param>
    /// <param name="logEvents">Log event counts to export, when a <see cref="MetricsLoggerProvider"/> feeds one.</param>
    public MetricsObserver(MetricExporter exporter, string bot, TimeProvider time, LogEventTally? logEvents = null)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        ArgumentException.ThrowIfNullOrWhiteSpace(bot);
        ArgumentNullException.ThrowIfNull(time);
        _bot = bot;
        _time = time;
        _logTally = logEvents;
        string[] botOnly = [bot];

        // Every bot metric exists from the start (HELP and TYPE even before its first series), so dashboards and
        // rules find it and a scrape documents the whole catalog.
        foreach (var definition in MetricCatalog.All.Where(d => d.IsExportedBySdk && d.Name.StartsWith("hbot_", StringComparison.Ordinal)))
            exporter.Declare(definition);

        _botInfo = exporter.Gauge(MetricCatalog.BotInfo);
        _startTime = exporter.Gauge(MetricCatalog.BotStartTime).WithLabels(botOnly);
        _lastTick = exporter.Gauge(MetricCatalog.LastTickTimestamp).WithLabels(botOnly);
        _tickInterval = exporter.Gauge(MetricCatalog.TickInterval).WithLabels(botOnly);
        _tickDuration = exporter.Histogram(MetricCatalog.TickDuration).WithLabels(botOnly);
        _orderRefreshTime = exporter.Gauge(MetricCatalog.OrderRefreshTime).WithLabels(botOnly);
        _killSwitchActive = exporter.Gauge(MetricCatalog.KillSwitchActive).WithLabels(botOnly);
        _dailyLoss = exporter.Gauge(MetricCatalog.DailyLoss).WithLabels(botOnly);
        _dailyLossLimit = exporter.Gauge(MetricCatalog.DailyLossLimit).WithLabels(botOnly);
        _tradeStoreLastWrite = exporter.Gauge(MetricCatalog.TradeStoreLastWrite).WithLabels(botOnly);

        var strategyRunning = exporter.Gauge(MetricCatalog.StrategyRunning);
        _strategyRunning = new(strategy => strategyRunning.WithLabels([bot, strategy]));
        var killSwitchTrips = exporter.Counter(MetricCatalog.KillSwitchTrips);
        _killSwitchTrips = new(reason => killSwitchTrips.WithLabels([bot, reason]));
        var riskRefusals = exporter.Counter(MetricCatalog.RiskRefusals);
        _riskRefusals = new(k => riskRefusals.WithLabels([bot, k.Pair.ToString(), k.Reason]));
        var ordersFailed = exporter.Counter(MetricCatalog.OrdersFailed);
        _ordersFailed = new(k => ordersFailed.WithLabels([bot, k.Exchange, k.Pair.ToString(), k.Reason]));
        _assets = new(k => new AssetSeries(exporter, [bot, k.Exchange, k.Asset]));
        _markets = new(k => new MarketSeries(exporter, [bot, k.Exchange, k.Pair.ToString()],
            _assets.Get((k.Exchange, k.Pair.Base)), _assets.Get((k.Exchange, k.Pair.Quote))));
        var resyncs = exporter.Counter(MetricCatalog.OrderBookResyncs);
        _resyncs = new(k => resyncs.WithLabels([bot, k.Exchange, k.Pair.ToString(), k.Reason]));
        var requests = exporter.Histogram(MetricCatalog.ExchangeRequestDuration);
        _requests = new(k => requests.WithLabels([bot, k.Exchange, k.Endpoint, k.Method, k.StatusClass]));
        var errors = exporter.Counter(MetricCatalog.ExchangeErrors);
        _errors = new(k => errors.WithLabels([bot, k.Exchange, k.Endpoint, k.Code]));
        _rateLimits = new(k => new RateLimitSeries(exporter, [bot, k.Exchange, k.Endpoint]));
        var socketConnected = exporter.Gauge(MetricCatalog.SocketConnected);
        _socketConnected = new(k => socketConnected.WithLabels([bot, k.Exchange, k.Socket]));
        var socketReconnects = exporter.Counter(MetricCatalog.SocketReconnects);
        _socketReconnects = new(k => socketReconnects.WithLabels([bot, k.Exchange, k.Socket, k.Reason]));
        _channels = new(k => new ChannelSeries(exporter, [bot, k.Exchange, k.Channel]));
        var tradeStoreRows = exporter.Counter(MetricCatalog.TradeStoreRows);
        _tradeStoreRows = new(table => tradeStoreRows.WithLabels([bot, table]));
        var logEventsFamily = exporter.Counter(MetricCatalog.LogEvents);
        _logEvents = [.. Enumerable.Range((int)LogLevel.Trace, (int)LogLevel.Critical + 1)
            .Select(level => logEventsFamily.WithLabels([bot, MetricLabels.Level((LogLevel)level)]))];

        exporter.AddCollectCallback(Collect);
    }

    /// <summary>The <c>bot</c> label value.</summary>
    public string Bot => _bot;

    /// <inheritdoc />
    public void OnEvent(TradingEvent tradingEvent)
    {
        // Ordered by frequency: market data and exchange traffic first.
        switch (tradingEvent)
        {
            case OrderBookUpdatedEvent e: OnOrderBook(e); break;
            case SocketMessageEvent e: OnSocketMessage(e); break;
            case ExchangeRequestEvent e: OnExchangeRequest(e); break;
            case StrategyTickedEvent e: OnTick(e); break;
            case OrderFilledEvent e: OnFill(e); break;
            case OrderCreatedEvent e: OnOrderCreated(e); break;
            case OrderCompletedEvent e: OnOrderCompleted(e); break;
            case OrderCancelledEvent e: OnOrderCancelled(e); break;
            case OrderFailedEvent e: OnOrderFailed(e); break;
            case BalanceChangedEvent e: OnBalance(e); break;
            case PortfolioValuedEvent e: OnPortfolio(e); break;
            case RiskStateEvent e: OnRiskState(e); break;
            case RateLimitEvent e: OnRateLimit(e); break;
            case TradeStoreWrittenEvent e: OnTradeStoreWritten(e); break;
            case SocketStateChangedEvent e: OnSocketState(e); break;
            case OrderBookResyncEvent e: _resyncs.Get((e.Exchange, e.Pair, e.Reason)).Inc(); break;
            case RiskRefusalEvent e: _riskRefusals.Get((e.Pair, e.Reason)).Inc(); break;
            case KillSwitchTrippedEvent e: OnKillSwitch(e); break;
            case StrategyStateChangedEvent e: _strategyRunning.Get(e.Strategy).Set(e.Running ? 1 : 0); break;
            case BotStartedEvent e: OnBotStarted(e); break;
            // Public trades, account kind, reconciliation and ignored transitions have no metric of their own.
            default: break;
        }
    }

    private void OnBotStarted(BotStartedEvent e)
    {
        var pair = e.Pair.ToString();
        _botInfo.WithLabels([_bot, e.Version, e.Strategy, e.Exchange, pair]).Set(1);
        _startTime.Set(UnixSeconds(e.Timestamp));
        _tickInterval.Set(e.TickInterval.TotalSeconds);
        _orderRefreshTime.Set(e.OrderRefreshTime?.TotalSeconds ?? 0);
        _killSwitchActive.Set(0);
        // Zero series for what the bot will trade, so rate() and increase() see the first order, fill and cancel.
        var market = _markets.Get((e.Exchange, e.Pair));
        foreach (var side in market.Sides)
        {
            side.Fills.Inc(0);
            side.BaseVolume.Inc(0);
            side.QuoteVolume.Inc(0);
            side.Cancelled.Inc(0);
        }
        foreach (var kind in market.OrderKinds)
        {
            kind.Created.Inc(0);
            kind.Filled.Inc(0);
        }
        market.BaseAsset.FeesPaid.Inc(0);
        market.QuoteAsset.FeesPaid.Inc(0);
    }

    private void OnTick(StrategyTickedEvent e)
    {
        _lastTick.Set(UnixSeconds(e.Timestamp));
        _tickDuration.Observe(e.Duration.TotalSeconds);
    }

    private void OnOrderBook(OrderBookUpdatedEvent e)
    {
        var market = _markets.Get((e.Exchange, e.Pair));
        market.LastBookUpdate = e.Timestamp;
        if (e.BestBid is { } bestBid && e.BestAsk is { } bestAsk && bestBid > 0 && bestAsk > 0)
        {
            // Gauges are doubles anyway; decimal division would cost more than everything else here.
            double bid = (double)bestBid, ask = (double)bestAsk, mid = (bid + ask) / 2;
            market.MidPrice.Set(mid);
            market.Spread.Set((ask - bid) / mid);
        }
    }

    private void OnOrderCreated(OrderCreatedEvent e)
    {
        var market = _markets.Get((e.Exchange, e.Pair));
        market.OrderKind(e.Side, e.OrderType).Created.Inc();
        _openOrders[e.ClientOrderId] = new OpenOrder(market, e.Timestamp);
    }

    private void OnFill(OrderFilledEvent e)
    {
        var fill = e.Fill;
        var market = _markets.Get((e.Exchange, fill.Pair));
        var side = market.Side(fill.Side);
        var amount = (double)fill.Amount;
        side.Fills.Inc();
        side.BaseVolume.Inc(amount);
        side.QuoteVolume.Inc((double)fill.Price * amount);
        // A rebate (negative fee) is not a fee paid; the counter only goes up. Fees are almost always in the pair's
        // quote or base, whose series the market already holds, saving a lookup on the hot path.
        if (fill.FeeAmount <= 0) return;
        var fees = fill.FeeAsset == fill.Pair.Quote ? market.QuoteAsset
            : fill.FeeAsset == fill.Pair.Base ? market.BaseAsset
            : _assets.Get((e.Exchange, fill.FeeAsset));
        fees.FeesPaid.Inc((double)fill.FeeAmount);
    }

    private void OnOrderCompleted(OrderCompletedEvent e)
    {
        var market = _markets.Get((e.Exchange, e.Pair));
        market.OrderKind(e.Side, e.OrderType).Filled.Inc();
        market.Side(e.Side).FillLatency.Observe(Math.Max(0, (e.Timestamp - e.CreatedAt).TotalSeconds));
        _openOrders.TryRemove(e.ClientOrderId, out _);
    }

    private void OnOrderCancelled(OrderCancelledEvent e)
    {
        _markets.Get((e.Exchange, e.Pair)).Side(e.Side).Cancelled.Inc();
        _openOrders.TryRemove(e.ClientOrderId, out _);
    }

    private void OnOrderFailed(OrderFailedEvent e)
    {
        _ordersFailed.Get((e.Exchange, e.Pair, e.Reason)).Inc();
        _openOrders.TryRemove(e.ClientOrderId, out _);
    }

    private void OnBalance(BalanceChangedEvent e)
    {
        var asset = _assets.Get((e.Exchange, e.Balance.Asset));
        asset.Total.Set((double)e.Balance.Total);
        asset.Available.Set((double)e.Balance.Available);
    }

    private void OnPortfolio(PortfolioValuedEvent e)
    {
        var market = _markets.Get((e.Exchange, e.Pair));
        market.PortfolioValue.Set((double)e.PortfolioValueQuote);
        market.BaseRatio.Set((double)e.BaseRatio);
        if (e.TargetBaseRatio is { } target) market.TargetBaseRatio.Set((double)target);
        market.RealizedPnl.Set((double)e.RealizedPnlQuote);
        market.UnrealizedPnl.Set((double)e.UnrealizedPnlQuote);
    }

    private void OnRiskState(RiskStateEvent e)
    {
        _dailyLoss.Set((double)e.DailyLossQuote);
        _dailyLossLimit.Set((double)e.MaxDailyLossQuote);
        _killSwitchActive.Set(e.KillSwitchActive ? 1 : 0);
    }

    private void OnKillSwitch(KillSwitchTrippedEvent e)
    {
        _killSwitchTrips.Get(e.Reason).Inc();
        _killSwitchActive.Set(1);
    }

    private void OnExchangeRequest(ExchangeRequestEvent e)
    {
        _requests.Get((e.Exchange, e.Endpoint, e.Method, e.StatusClass)).Observe(e.Duration.TotalSeconds);
        if (e.ErrorCode is { } code) _errors.Get((e.Exchange, e.Endpoint, code)).Inc();
        if (e.StatusCode == 429) _rateLimits.Get((e.Exchange, e.Endpoint)).Rejections.Inc();
    }

    private void OnRateLimit(RateLimitEvent e)
    {
        var series = _rateLimits.Get((e.Exchange, e.Endpoint));
        if (e.Rejected)
        {
            series.Rejections.Inc();
            return;
        }
        series.Waits.Inc();
        series.WaitSeconds.Inc(Math.Max(0, e.Waited.TotalSeconds));
    }

    private void OnSocketState(SocketStateChangedEvent e)
    {
        _socketConnected.Get((e.Exchange, e.Socket)).Set(e.Connected ? 1 : 0);
        // A connect after downtime is a reconnection; the first connect of a socket has no downtime.
        if (e.Connected && e.Downtime is not null) _socketReconnects.Get((e.Exchange, e.Socket, e.Reason)).Inc();
    }

    private void OnSocketMessage(SocketMessageEvent e)
    {
        var channel = _channels.Get((e.Exchange, e.Channel));
        channel.Messages.Inc();
        channel.LastMessage.Set(UnixSeconds(e.Timestamp));
    }

    private void OnTradeStoreWritten(TradeStoreWrittenEvent e)
    {
        _tradeStoreRows.Get(e.Table).Inc(e.Rows);
        _tradeStoreLastWrite.Set(UnixSeconds(e.Timestamp));
    }

    private void Collect()
    {
        // Two scrapes at once would share the per-market scratch counts.
        lock (_collectGate) CollectUnsafe();
    }

    private void CollectUnsafe()
    {
        if (_logTally is { } tally)
        {
            for (var level = 0; level < _logEvents.Length; level++) _logEvents[level].IncTo(tally.Get((LogLevel)level));
        }
        var now = _time.GetUtcNow();
        foreach (var market in _markets.Values)
        {
            market.OpenCount = 0;
            market.OldestOpen = null;
        }
        foreach (var order in _openOrders.Values)
        {
            var market = order.Market;
            market.OpenCount++;
            if (market.OldestOpen is not { } oldest || order.CreatedAt < oldest) market.OldestOpen = order.CreatedAt;
        }
        foreach (var market in _markets.Values)
        {
            market.OpenOrders.Set(market.OpenCount);
            market.OldestOpenOrderAge.Set(market.OldestOpen is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0);
            if (market.LastBookUpdate is { } updated) market.OrderBookAge.Set(Math.Max(0, (now - updated).TotalSeconds));
        }
    }

    private static double UnixSeconds(DateTimeOffset timestamp) => timestamp.ToUnixTimeMilliseconds() / 1000.0;

    private sealed record OpenOrder(MarketSeries Market, DateTimeOffset CreatedAt);

    private sealed class MarketSeries(MetricExporter exporter, string[] labels, AssetSeries baseAsset, AssetSeries quoteAsset)
    {
        // In enum value order (0, 1, ...), so an enum value is its index.
        private static readonly TradeSide[] AllSides = [TradeSide.Buy, TradeSide.Sell];
        private static readonly OrderType[] AllOrderTypes = [OrderType.Limit, OrderType.LimitMaker, OrderType.Market];

        // Indexed by the enums, so a fill finds its side with an array read after one market lookup.
        public SideSeries[] Sides { get; } = [.. AllSides.Select(side => new SideSeries(exporter, [.. labels, MetricLabels.Side(side)]))];
        public OrderKindSeries[] OrderKinds { get; } = [.. AllSides.SelectMany(side => AllOrderTypes.Select(type =>
            new OrderKindSeries(exporter, [.. labels, MetricLabels.Side(side), MetricLabels.OrderType(type)])))];
        public AssetSeries BaseAsset { get; } = baseAsset;
        public AssetSeries QuoteAsset { get; } = quoteAsset;
        public IGaugeSeries OpenOrders { get; } = exporter.Gauge(MetricCatalog.OpenOrders).WithLabels(labels);
        public IGaugeSeries OldestOpenOrderAge { get; } = exporter.Gauge(MetricCatalog.OldestOpenOrderAge).WithLabels(labels);
        public IGaugeSeries OrderBookAge { get; } = exporter.Gauge(MetricCatalog.OrderBookAge).WithLabels(labels);
        public IGaugeSeries MidPrice { get; } = exporter.Gauge(MetricCatalog.MidPrice).WithLabels(labels);
        public IGaugeSeries Spread { get; } = exporter.Gauge(MetricCatalog.SpreadRatio).WithLabels(labels);
        public IGaugeSeries PortfolioValue { get; } = exporter.Gauge(MetricCatalog.PortfolioValue).WithLabels(labels);
        public IGaugeSeries BaseRatio { get; } = exporter.Gauge(MetricCatalog.InventoryBaseRatio).WithLabels(labels);
        public IGaugeSeries TargetBaseRatio { get; } = exporter.Gauge(MetricCatalog.InventoryTargetBaseRatio).WithLabels(labels);
        public IGaugeSeries RealizedPnl { get; } = exporter.Gauge(MetricCatalog.RealizedPnl).WithLabels(labels);
        public IGaugeSeries UnrealizedPnl { get; } = exporter.Gauge(MetricCatalog.UnrealizedPnl).WithLabels(labels);

        public SideSeries Side(TradeSide side) => (uint)side < (uint)Sides.Length
            ? Sides[(int)side]
            : throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown trade side.");

        public OrderKindSeries OrderKind(TradeSide side, OrderType type)
        {
            if ((uint)side >= (uint)AllSides.Length) throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown trade side.");
            if ((uint)type >= (uint)AllOrderTypes.Length) throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown order type.");
            return OrderKinds[(int)side * AllOrderTypes.Length + (int)type];
        }

        // UTC ticks in one long, so the book thread writes and a scrape reads it atomically without allocating; 0 = never.
        private long _lastBookUpdateTicks;

        public DateTimeOffset? LastBookUpdate
        {
            get => Interlocked.Read(ref _lastBookUpdateTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
            set => Interlocked.Exchange(ref _lastBookUpdateTicks, value?.UtcTicks ?? 0);
        }

        // Scratch state of one collection, under the observer's collect lock.
        public int OpenCount { get; set; }
        public DateTimeOffset? OldestOpen { get; set; }
    }

    private sealed class OrderKindSeries(MetricExporter exporter, string[] labels)
    {
        public ICounterSeries Created { get; } = exporter.Counter(MetricCatalog.OrdersCreated).WithLabels(labels);
        public ICounterSeries Filled { get; } = exporter.Counter(MetricCatalog.OrdersFilled).WithLabels(labels);
    }

    private sealed class SideSeries(MetricExporter exporter, string[] labels)
    {
        public ICounterSeries Fills { get; } = exporter.Counter(MetricCatalog.Fills).WithLabels(labels);
        public ICounterSeries BaseVolume { get; } = exporter.Counter(MetricCatalog.FillBaseVolume).WithLabels(labels);
        public ICounterSeries QuoteVolume { get; } = exporter.Counter(MetricCatalog.FillQuoteVolume).WithLabels(labels);
        public ICounterSeries Cancelled { get; } = exporter.Counter(MetricCatalog.OrdersCancelled).WithLabels(labels);
        public IHistogramSeries FillLatency { get; } = exporter.Histogram(MetricCatalog.OrderFillLatency).WithLabels(labels);
    }

    private sealed class AssetSeries(MetricExporter exporter, string[] labels)
    {
        public ICounterSeries FeesPaid { get; } = exporter.Counter(MetricCatalog.FeesPaid).WithLabels(labels);
        public IGaugeSeries Total { get; } = exporter.Gauge(MetricCatalog.BalanceTotal).WithLabels(labels);
        public IGaugeSeries Available { get; } = exporter.Gauge(MetricCatalog.BalanceAvailable).WithLabels(labels);
    }

    private sealed class RateLimitSeries(MetricExporter exporter, string[] labels)
    {
        public ICounterSeries Waits { get; } = exporter.Counter(MetricCatalog.RateLimitWaits).WithLabels(labels);
        public ICounterSeries WaitSeconds { get; } = exporter.Counter(MetricCatalog.RateLimitWaitSeconds).WithLabels(labels);
        public ICounterSeries Rejections { get; } = exporter.Counter(MetricCatalog.RateLimitRejections).WithLabels(labels);
    }

    private sealed class ChannelSeries(MetricExporter exporter, string[] labels)
    {
        public ICounterSeries Messages { get; } = exporter.Counter(MetricCatalog.SocketMessages).WithLabels(labels);
        public IGaugeSeries LastMessage { get; } = exporter.Gauge(MetricCatalog.SocketLastMessage).WithLabels(labels);
    }
}
