using Hbot.Sdk.Configuration;
using Hbot.Sdk.Connectors;
using Hbot.Sdk.Events;
using Hbot.Sdk.Persistence;
using Hbot.Sdk.Risk;
using Hbot.Sdk.Strategies;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Hosting;

/// <summary>
/// Runs one bot inside the host: subscribes the observers, restores PnL and order state from the trade store, starts
/// the connector and the strategy, prints the status table, and on shutdown stops the strategy, cancels every order,
/// stops the connector and flushes the store.
/// </summary>
internal sealed class BotService(
    BotSession session,
    TradingEventStream events,
    IEnumerable<ITradingEventObserver> observers,
    IExchangeConnector connector,
    StrategyBase strategy,
    RiskGuard risk,
    PnlTracker pnl,
    TradeStoreWriter storeWriter,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<BotService> logger) : IHostedService, IAsyncDisposable
{
    private static readonly TimeSpan BookWait = TimeSpan.FromSeconds(30);
    private readonly List<IDisposable> _subscriptions = [];
    private readonly CancellationTokenSource _running = new();
    private Task _strategyLoop = Task.CompletedTask;
    private Task _statusLoop = Task.CompletedTask;
    private ITimer? _durationTimer;
    private bool _started;

    /// <summary>Whether starting failed (the host then stops with a failure exit code).</summary>
    public bool Failed { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var config = session.Config;
        var pair = config.TradingPair;
        _subscriptions.Add(events.Subscribe(pnl));
        _subscriptions.Add(events.Subscribe(storeWriter));
        foreach (var observer in observers) _subscriptions.Add(events.Subscribe(observer));

        try
        {
            var leftOpen = await storeWriter.Store.GetOrdersAsync(openOnly: true, cancellationToken).ConfigureAwait(false);
            if (leftOpen.Count > 0)
                logger.LogWarning("{Count} orders were still open when the last run ended; the {Exchange} connector reconciles them at start",
                    leftOpen.Count, connector.Name);

            logger.LogInformation("Starting {Exchange} connector for {Pair}", connector.Name, pair);
            await connector.StartAsync([pair], cancellationToken).ConfigureAwait(false);
            await CloseOrdersGoneSinceLastRunAsync(leftOpen, cancellationToken).ConfigureAwait(false);
            await RestorePnlAsync(cancellationToken).ConfigureAwait(false);
            await RestoreRiskDayAsync(cancellationToken).ConfigureAwait(false);

            var refresh = (config.Parameters as PureMarketMakingParameters)?.OrderRefreshTime;
            events.Publish(new BotStartedEvent(time.GetUtcNow(), session.Identity.Name, config.Strategy, config.Exchange, pair,
                session.Identity.Version, config.TickInterval, refresh));
            await strategy.StartAsync(cancellationToken).ConfigureAwait(false);
            _started = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Failed = true;
            logger.LogCritical(ex, "Bot {Bot} could not start: {Message}", session.Identity.Name, ex.Message);
            lifetime.StopApplication();
            return;
        }

        _strategyLoop = Task.Run(() => strategy.RunAsync(_running.Token), CancellationToken.None);
        if (session.Options.StatusInterval > TimeSpan.Zero) _statusLoop = Task.Run(() => PrintStatusLoopAsync(_running.Token), CancellationToken.None);
        if (session.Options.Duration is { } duration)
            _durationTimer = time.CreateTimer(_ =>
            {
                logger.LogInformation("Run duration {Duration} reached; stopping", Duration.Format(duration));
                lifetime.StopApplication();
            }, null, duration, Timeout.InfiniteTimeSpan);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _durationTimer?.Dispose();
        logger.LogInformation("Stopping bot {Bot}: cancelling orders", session.Identity.Name);
        try
        {
            if (_started) await strategy.StopAsync("shutdown", cancellationToken).ConfigureAwait(false);
            await _running.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(_strategyLoop, _statusLoop).ConfigureAwait(false);
            await connector.StopAsync(cancellationToken).ConfigureAwait(false);
            var open = connector.GetOpenOrders();
            if (open.Count > 0)
                logger.LogError("{Count} orders are still open after shutdown: {Orders}", open.Count, string.Join(", ", open.Select(o => o.ClientOrderId)));
            if (_started) await WriteStatusAsync().ConfigureAwait(false);
        }
        finally
        {
            await storeWriter.FlushAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Bot {Bot} stopped; trade history flushed to {Path}", session.Identity.Name, storeWriter.Store.Path);
        }
    }

    // The connector, strategy and store writer belong to the container, which disposes them.
    public ValueTask DisposeAsync()
    {
        foreach (var subscription in _subscriptions) subscription.Dispose();
        _durationTimer?.Dispose();
        _running.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task CloseOrdersGoneSinceLastRunAsync(IReadOnlyList<StoredOrder> leftOpen, CancellationToken cancellationToken)
    {
        if (leftOpen.Count == 0) return;
        var stillOpen = connector.GetOpenOrders().Select(o => o.ClientOrderId).ToHashSet(StringComparer.Ordinal);
        var gone = leftOpen.Where(o => !stillOpen.Contains(o.ClientOrderId)).Select(o => o.ClientOrderId).ToArray();
        var closed = await storeWriter.Store.CloseOrdersAsync(gone, "not_open_at_restart", time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (closed > 0) logger.LogInformation("{Count} orders from the last run are no longer open and were closed in the trade history", closed);
    }

    private async Task RestorePnlAsync(CancellationToken cancellationToken)
    {
        var pair = session.Config.TradingPair;
        var mid = await WaitForMidAsync(cancellationToken).ConfigureAwait(false);
        var held = connector.GetBalance(pair.Base).Total;
        var store = storeWriter.Store;
        var baseline = await store.GetOrAddBaselineAsync(pair, new PnlBaseline(held, mid ?? 0m, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        var fills = await store.GetFillsAsync(pair, cancellationToken).ConfigureAwait(false);

        var replay = new PnlTracker(pair);
        replay.Reset(baseline.Position, baseline.AverageCost);
        foreach (var fill in fills) replay.Apply(fill);

        // Inventory that differs from the replayed history (deposits, a fresh paper account) is valued at the mid.
        var difference = held - replay.Position;
        var cost = replay.AverageCost;
        if (difference != 0 && mid is { } m)
            cost = held == 0 ? 0 : replay.Position == 0 || Math.Sign(held) != Math.Sign(replay.Position) ? m : (replay.Position * replay.AverageCost + difference * m) / held;
        pnl.Reset(held, cost, replay.RealizedPnl);
        if (fills.Count > 0)
            logger.LogInformation("Restored trade history: {Fills} fills, realized PnL {Realized} {Quote}", fills.Count, replay.RealizedPnl, pair.Quote);
    }

    // A restart within a UTC day keeps measuring the daily loss from the day's first baseline.
    private async Task RestoreRiskDayAsync(CancellationToken cancellationToken)
    {
        risk.DayStarted += storeWriter.RecordRiskDayStart;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (await storeWriter.Store.GetRiskDayStartAsync(today, cancellationToken).ConfigureAwait(false) is { } start)
        {
            risk.RestoreDayStart(today, start);
            logger.LogInformation("Daily loss of {Day} continues from the PnL recorded when the day began ({StartPnl})", today, start);
        }
    }

    private async Task<decimal?> WaitForMidAsync(CancellationToken cancellationToken)
    {
        var book = connector.GetOrderBook(session.Config.TradingPair);
        var waited = time.GetTimestamp();
        while (book.IsStale || book.MidPrice is null)
        {
            if (time.GetElapsedTime(waited) > BookWait)
            {
                logger.LogWarning("No usable order book for {Pair} after {Wait}s; PnL starts without a valuation", session.Config.TradingPair, BookWait.TotalSeconds);
                return null;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken).ConfigureAwait(false);
        }
        return book.MidPrice;
    }

    private async Task PrintStatusLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(session.Options.StatusInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
                await WriteStatusAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private async Task WriteStatusAsync()
    {
        string status;
        try
        {
            status = strategy.FormatStatus();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Status could not be formatted");
            return;
        }
        if (session.Options.LogFormat == LogFormat.Json)
        {
            // A table on stdout would break line-per-object JSON logs; it travels as one log field instead.
            logger.LogInformation("Status of {Bot}: {Status}", session.Identity.Name, status);
            return;
        }
        await session.Output.WriteLineAsync(status).ConfigureAwait(false);
        await session.Output.FlushAsync().ConfigureAwait(false);
    }
}
