using System.Threading.Channels;
using Hbot.Sdk.Events;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Persistence;

/// <summary>
/// Subscribes the <see cref="TradeStore"/> to the event stream: order, fill and balance events are queued without
/// blocking the publisher and written by one background task, each batch in one transaction committed as soon as
/// it is written (a fill is on disk within milliseconds). Publishes <see cref="TradeStoreWrittenEvent"/> per table
/// after each commit. <see cref="FlushAsync"/> waits until everything queued so far is committed.
/// </summary>
public sealed class TradeStoreWriter : ITradingEventObserver, IAsyncDisposable
{
    private const int MaxBatch = 512;
    private readonly TradeStore _store;
    private readonly TradingEventStream _events;
    private readonly TimeProvider _time;
    private readonly ILogger<TradeStoreWriter> _logger;
    private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    /// <summary>Creates the writer and starts its background task.</summary>
    public TradeStoreWriter(TradeStore store, TradingEventStream events, TimeProvider time, ILogger<TradeStoreWriter> logger)
    {
        _store = store;
        _events = events;
        _time = time;
        _logger = logger;
        _loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>The store written to.</summary>
    public TradeStore Store => _store;

    /// <inheritdoc />
    public void OnEvent(TradingEvent tradingEvent)
    {
        if (TradeStore.Records(tradingEvent) && !_queue.Writer.TryWrite(tradingEvent))
            _logger.LogError("Trade store is closed; {Event} was not recorded", tradingEvent.GetType().Name);
    }

    /// <summary>Queues the PnL a UTC day's loss is measured from (see <see cref="Risk.RiskGuard.DayStarted"/>).</summary>
    public void RecordRiskDayStart(DateOnly day, decimal startPnl)
    {
        if (!_queue.Writer.TryWrite(new RiskDayStart(day, startPnl)))
            _logger.LogError("Trade store is closed; the risk day start of {Day} was not recorded", day);
    }

    /// <summary>Waits until every event queued before the call is committed.</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(done)) return Task.CompletedTask;
        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Writes what is queued, then stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private void WriteRiskDayStart(Microsoft.Data.Sqlite.SqliteConnection connection, RiskDayStart day)
    {
        try
        {
            TradeStore.WriteRiskDayStart(connection, day.Day, day.StartPnl);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Trade store could not record the risk day start of {Day}", day.Day);
        }
    }

    private async Task WriteLoopAsync()
    {
        using var connection = _store.Open();
        var batch = new List<TradingEvent>(MaxBatch);
        var flushes = new List<TaskCompletionSource>();
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                if (item is TradingEvent e) batch.Add(e);
                else if (item is TaskCompletionSource flush) flushes.Add(flush);
                else if (item is RiskDayStart day) WriteRiskDayStart(connection, day);
            }
            if (batch.Count > 0)
            {
                try
                {
                    var (orders, fills, balances) = _store.Write(connection, batch);
                    var now = _time.GetUtcNow();
                    if (orders > 0) _events.Publish(new TradeStoreWrittenEvent(now, "orders", orders));
                    if (fills > 0) _events.Publish(new TradeStoreWrittenEvent(now, "fills", fills));
                    if (balances > 0) _events.Publish(new TradeStoreWrittenEvent(now, "balances", balances));
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "Trade store write of {Count} events to {Path} failed; they are not recorded", batch.Count, _store.Path);
                }
                batch.Clear();
            }
            foreach (var flush in flushes) flush.TrySetResult();
            flushes.Clear();
        }
    }

    private sealed record RiskDayStart(DateOnly Day, decimal StartPnl);
}
