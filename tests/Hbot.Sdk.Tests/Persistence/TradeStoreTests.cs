using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;
using Hbot.Sdk.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Hbot.Sdk.Tests.Persistence;

public sealed class TradeStoreTests : IDisposable
{
    private static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");
    private readonly string _dir = Directory.CreateTempSubdirectory("hbot-store-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly TradingEventStream _events = new();
    private readonly List<TradeStoreWrittenEvent> _written = [];

    public TradeStoreTests() => _events.Subscribe(e => { if (e is TradeStoreWrittenEvent w) lock (_written) _written.Add(w); });

    private string DbPath => Path.Combine(_dir, TradeStore.FileName);

    private TradeStoreWriter Writer()
    {
        var writer = new TradeStoreWriter(new TradeStore(DbPath), _events, _time, NullLogger<TradeStoreWriter>.Instance);
        _events.Subscribe(writer);
        return writer;
    }

    private OrderCreatedEvent Created(string id, TradeSide side = TradeSide.Buy, decimal price = 99.5m) =>
        new(_time.GetUtcNow(), "paper", Pair, id, "x-" + id, side, OrderType.LimitMaker, price, 0.25m);

    private OrderFilledEvent Filled(string id, string tradeId, decimal amount, decimal price = 99.5m) =>
        new(_time.GetUtcNow(), "paper", OrderType.LimitMaker,
            new TradeFill(id, "x-" + id, tradeId, Pair, TradeSide.Buy, price, amount, "BTC", amount * 0.001m, true, _time.GetUtcNow()));

    [Fact]
    public async Task Orders_fills_and_balances_are_written_and_read_back_with_exact_decimals()
    {
        await using (var writer = Writer())
        {
            _events.Publish(Created("a"));
            _events.Publish(Created("b", TradeSide.Sell, 100.123456789m));
            _events.Publish(Filled("a", "t1", 0.1m));
            _events.Publish(Filled("a", "t1", 0.1m)); // the same trade twice is stored once
            _events.Publish(Filled("a", "t2", 0.15m));
            _events.Publish(new OrderCompletedEvent(_time.GetUtcNow(), "paper", Pair, "a", TradeSide.Buy, OrderType.LimitMaker, 0.25m, 99.5m, _time.GetUtcNow()));
            _events.Publish(new OrderCancelledEvent(_time.GetUtcNow(), "paper", Pair, "b", TradeSide.Sell));
            _events.Publish(new OrderFailedEvent(_time.GetUtcNow(), "paper", Pair, "c", TradeSide.Buy, "post_only_would_take", "crossed"));
            _events.Publish(new BalanceChangedEvent(_time.GetUtcNow(), "paper", new Balance("USDT", 1000.5m, 900.25m)));
            await writer.FlushAsync(CancellationToken.None);

            var fills = await writer.Store.GetFillsAsync(Pair, CancellationToken.None);
            Assert.Equal(["t1", "t2"], fills.Select(f => f.TradeId));
            Assert.Equal(0.00015m, fills[1].FeeAmount);
            var orders = await writer.Store.GetOrdersAsync(openOnly: false, CancellationToken.None);
            Assert.Equal(OrderState.Filled, orders.Single(o => o.ClientOrderId == "a").State);
            var b = orders.Single(o => o.ClientOrderId == "b");
            Assert.Equal(OrderState.Cancelled, b.State);
            Assert.Equal(100.123456789m, b.Price);
            var c = orders.Single(o => o.ClientOrderId == "c");
            Assert.Equal(OrderState.Failed, c.State);
            Assert.Equal("post_only_would_take", c.Reason);
            Assert.Empty(await writer.Store.GetOrdersAsync(openOnly: true, CancellationToken.None));
            Assert.Equal(new Balance("USDT", 1000.5m, 900.25m), Assert.Single(await writer.Store.GetLatestBalancesAsync("paper", CancellationToken.None)));
        }
        lock (_written)
        {
            Assert.Equal(2, _written.Where(w => w.Table == "fills").Sum(w => w.Rows));
            Assert.Contains(_written, w => w.Table == "orders");
            Assert.Contains(_written, w => w.Table == "balances");
        }
    }

    [Fact]
    public async Task A_restart_reads_back_fills_open_orders_and_the_baseline()
    {
        await using (var writer = Writer())
        {
            _events.Publish(Created("open1"));
            _events.Publish(Created("part"));
            _events.Publish(Filled("part", "t9", 0.05m));
            await writer.FlushAsync(CancellationToken.None);
            await writer.Store.GetOrAddBaselineAsync(Pair, new PnlBaseline(1m, 100m, _time.GetUtcNow()), CancellationToken.None);
        }

        var reopened = new TradeStore(DbPath);
        var open = await reopened.GetOrdersAsync(openOnly: true, CancellationToken.None);
        Assert.Equal(["open1", "part"], open.Select(o => o.ClientOrderId).Order());
        Assert.Equal(OrderState.PartiallyFilled, open.Single(o => o.ClientOrderId == "part").State);
        Assert.Equal("t9", Assert.Single(await reopened.GetFillsAsync(Pair, CancellationToken.None)).TradeId);
        var baseline = await reopened.GetOrAddBaselineAsync(Pair, new PnlBaseline(5m, 1m, _time.GetUtcNow()), CancellationToken.None);
        Assert.Equal(1m, baseline.Position); // the first run's baseline is kept
        Assert.Equal(100m, baseline.AverageCost);

        Assert.Equal(2, await reopened.CloseOrdersAsync(["open1", "part", "unknown"], "not_open_at_restart", _time.GetUtcNow(), CancellationToken.None));
        Assert.Empty(await reopened.GetOrdersAsync(openOnly: true, CancellationToken.None));
    }

    [Fact]
    public async Task The_risk_day_baseline_is_kept_for_restarts_and_the_first_record_of_a_day_wins()
    {
        var day = new DateOnly(2026, 3, 1);
        await using (var writer = Writer())
        {
            writer.RecordRiskDayStart(day, -12.5m);
            writer.RecordRiskDayStart(day, 40m);
            await writer.FlushAsync(CancellationToken.None);
        }

        var store = new TradeStore(DbPath);
        Assert.Equal(-12.5m, await store.GetRiskDayStartAsync(day, CancellationToken.None));
        Assert.Null(await store.GetRiskDayStartAsync(day.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task Committed_fills_survive_an_abrupt_stop_without_flush_or_dispose()
    {
        // The writer is abandoned as a killed process would leave it: never flushed, never disposed.
        var writer = Writer();
        _events.Publish(Created("k"));
        for (var i = 0; i < 20; i++) _events.Publish(Filled("k", "kill-" + i, 0.01m));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (CommittedFills() < 20 && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.Equal(20, CommittedFills());

        var reopened = new TradeStore(DbPath);
        var fills = await reopened.GetFillsAsync(Pair, CancellationToken.None);
        Assert.Equal(20, fills.Count);
        Assert.Equal(0.2m, fills.Sum(f => f.Amount));
        GC.KeepAlive(writer);
    }

    private int CommittedFills()
    {
        lock (_written) return _written.Where(w => w.Table == "fills").Sum(w => w.Rows);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // The abandoned writer of the kill test may still hold the file; the temp folder is left behind.
        }
    }
}
