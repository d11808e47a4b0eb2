using Hbot.Sdk.Configuration;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;
using Hbot.Sdk.Paper;
using Hbot.Sdk.Risk;
using Hbot.Sdk.Strategies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Hbot.Sdk.Tests.Strategies;

public sealed class StrategyBaseTests
{
    private static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");

    /// <summary>A user strategy written against the base class: places one order of each kind on its first tick.</summary>
    private sealed class OneOfEachStrategy(StrategyContext context) : StrategyBase(context)
    {
        public int Ticks;
        public readonly List<string> Hooks = [];
        public InFlightOrder? RestingBuy;

        protected override async Task OnTickAsync(CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref Ticks) != 1) return;
            RestingBuy = await BuyAsync(0.1m, 90m, cancellationToken: cancellationToken);
            await SellAsync(0.1m, 99m, OrderType.LimitMaker, cancellationToken); // would take the 100 bid: refused by the exchange
            await BuyAsync(0.05m, cancellationToken: cancellationToken); // market
            await CancelAsync(RestingBuy!.ClientOrderId, cancellationToken);
        }

        protected override Task OnOrderCreatedAsync(OrderCreatedEvent created, CancellationToken cancellationToken) => Record("created " + created.OrderType);

        protected override Task OnOrderFilledAsync(OrderFilledEvent filled, CancellationToken cancellationToken) => Record("filled " + filled.Fill.Side);

        protected override Task OnOrderCancelledAsync(OrderCancelledEvent cancelled, CancellationToken cancellationToken) => Record("cancelled " + cancelled.Side);

        protected override Task OnOrderFailedAsync(OrderFailedEvent failed, CancellationToken cancellationToken) => Record("failed " + failed.Reason);

        private Task Record(string hook)
        {
            lock (Hooks) Hooks.Add(hook);
            return Task.CompletedTask;
        }
    }

    private static async Task<(OneOfEachStrategy Strategy, FakeTimeProvider Time, PaperExchange Exchange, List<TradingEvent> Events)> StartAsync()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        var events = new TradingEventStream();
        var recorded = new List<TradingEvent>();
        events.Subscribe(e => { lock (recorded) recorded.Add(e); });
        var market = new ScriptedMarket(Pair, time);
        var exchange = new PaperExchange(market, events, time, new PaperExchangeOptions
        {
            InitialBalances = new Dictionary<string, decimal> { ["BTC"] = 1m, ["USDT"] = 1_000m },
        });
        await exchange.StartAsync([Pair], CancellationToken.None);
        market.SetBook(100m, 101m);
        var pnl = new PnlTracker(Pair);
        events.Subscribe(pnl);
        var risk = new RiskGuard(exchange, new RiskLimits(), pnl, events, time, NullLogger<RiskGuard>.Instance);
        var config = new StrategyConfig { Strategy = "one_of_each", Exchange = "paper", TradingPair = Pair, TickInterval = TimeSpan.FromSeconds(2) };
        var strategy = new OneOfEachStrategy(new StrategyContext(config, exchange, risk, pnl, events, time, NullLoggerFactory.Instance));
        await strategy.StartAsync(CancellationToken.None);
        return (strategy, time, exchange, recorded);
    }

    [Fact]
    public async Task Helpers_place_limit_post_only_and_market_orders_and_hooks_see_each_outcome()
    {
        var (strategy, _, exchange, events) = await StartAsync();

        await strategy.TickAsync(CancellationToken.None);
        await strategy.DispatchEventsAsync(CancellationToken.None);

        Assert.Equal(
            ["cancelled Buy", "created Limit", "created Market", "failed post_only_would_take", "filled Buy"],
            strategy.Hooks.Order());
        Assert.Empty(exchange.GetOpenOrders());
        Assert.Equal(1.04995m, exchange.GetBalance("BTC").Total); // 0.05 bought at market, fee paid in the base received
        await strategy.DisposeAsync();
        await exchange.DisposeAsync();
        Assert.Contains(events, e => e is OrderFilledEvent);
    }

    [Fact]
    public async Task The_run_loop_ticks_at_once_then_every_tick_interval_of_the_clock_until_stopped()
    {
        var (strategy, time, exchange, events) = await StartAsync();
        using var cts = new CancellationTokenSource();
        var loop = strategy.RunAsync(cts.Token);
        await WaitUntil(() => Volatile.Read(ref strategy.Ticks) == 1);

        time.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(50);
        Assert.Equal(1, Volatile.Read(ref strategy.Ticks)); // half an interval: no tick
        time.Advance(TimeSpan.FromSeconds(1));
        await WaitUntil(() => Volatile.Read(ref strategy.Ticks) == 2);
        time.Advance(TimeSpan.FromSeconds(2));
        await WaitUntil(() => Volatile.Read(ref strategy.Ticks) == 3);
        // Hooks run from the loop as events arrive, without waiting for a tick.
        await WaitUntil(() => { lock (strategy.Hooks) return strategy.Hooks.Count == 5; });

        await strategy.StopAsync("test", CancellationToken.None);
        await loop.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(3, Volatile.Read(ref strategy.Ticks));
        lock (events) Assert.Equal(3, events.OfType<StrategyTickedEvent>().Count());
        await strategy.DisposeAsync();
        await exchange.DisposeAsync();
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition was not met within 30 seconds.");
            await Task.Delay(5);
        }
    }
}
