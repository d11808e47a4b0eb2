using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;
using Hbot.Sdk.Paper;
using Hbot.Sdk.Simulation;
using Microsoft.Extensions.Time.Testing;

namespace Hbot.Sdk.Tests.Paper;

/// <summary>The paper exchange on the simulated market over many steps: determinism and account invariants.</summary>
public sealed class PaperSimulationTests
{
    private static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");

    private sealed record Run(List<string> Fills, List<TradeFill> RawFills, IReadOnlyList<Balance> Balances, List<Balance> BalanceEvents);

    // A small market maker: every second it replaces a bid and an ask two ticks off the touch, and now and then
    // sends a market order; the clock advances in 10 ms steps so acknowledgments interleave with the market.
    private static async Task<Run> RunAsync(int seed, PaperFillModel model, int seconds = 60)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));
        var market = new SimulatedMarket(new SimulatedMarketOptions { Seed = seed, AnnualVolatility = 3, InitialPrice = 100m }, time);
        var events = new TradingEventStream();
        var fills = new List<string>();
        var rawFills = new List<TradeFill>();
        var balances = new List<Balance>();
        events.Subscribe(e =>
        {
            if (e is OrderFilledEvent f)
            {
                rawFills.Add(f.Fill);
                fills.Add($"{f.Fill.ClientOrderId} {f.Fill.TradeId} {f.Fill.Side} {f.Fill.Price} {f.Fill.Amount} {f.Fill.FeeAmount} {f.Fill.IsMaker} {f.Timestamp:O}");
            }
            else if (e is BalanceChangedEvent b) balances.Add(b.Balance);
        });
        var exchange = new PaperExchange(market, events, time, new PaperExchangeOptions
        {
            InitialBalances = new Dictionary<string, decimal> { ["USDT"] = 5_000m, ["BTC"] = 50m },
            Latency = TimeSpan.FromMilliseconds(30),
            LatencyJitter = TimeSpan.FromMilliseconds(40),
            Seed = seed,
            FillModel = model,
        });
        await exchange.StartAsync([Pair], CancellationToken.None);
        var pending = new List<Task>();
        var n = 0;
        for (var ms = 0; ms < seconds * 1000; ms += 10)
        {
            if (ms % 1000 == 0)
            {
                var book = exchange.GetOrderBook(Pair);
                foreach (var open in exchange.GetOpenOrders(Pair)) pending.Add(exchange.CancelOrderAsync(open.ClientOrderId, CancellationToken.None));
                pending.Add(exchange.PlaceOrderAsync(new OrderRequest($"b{++n}", Pair, TradeSide.Buy, OrderType.LimitMaker, 3m, book.BestBid!.Value - 0.02m), CancellationToken.None));
                pending.Add(exchange.PlaceOrderAsync(new OrderRequest($"s{++n}", Pair, TradeSide.Sell, OrderType.LimitMaker, 3m, book.BestAsk!.Value + 0.02m), CancellationToken.None));
                if (ms % 7000 == 0)
                    pending.Add(exchange.PlaceOrderAsync(new OrderRequest($"m{++n}", Pair, n % 2 == 0 ? TradeSide.Buy : TradeSide.Sell, OrderType.Market, 1m, null), CancellationToken.None));
            }
            time.Advance(TimeSpan.FromMilliseconds(10));
        }
        var stopping = exchange.StopAsync(CancellationToken.None);
        while (!stopping.IsCompleted) time.Advance(TimeSpan.FromMilliseconds(10));
        await stopping;
        await Task.WhenAll(pending);
        return new Run(fills, rawFills, exchange.GetBalances(), balances);
    }

    [Theory]
    [InlineData(PaperFillModel.Queue)]
    [InlineData(PaperFillModel.Crossing)]
    public async Task The_same_seed_and_inputs_give_the_same_fills(PaperFillModel model)
    {
        var first = await RunAsync(7, model);
        var second = await RunAsync(7, model);
        var other = await RunAsync(8, model);

        Assert.True(first.Fills.Count >= 10, $"only {first.Fills.Count} fills");
        Assert.Equal(first.Fills, second.Fills);
        Assert.Equal(first.Balances, second.Balances);
        Assert.NotEqual(first.Fills, other.Fills);
    }

    [Fact]
    public async Task The_queue_model_fills_partially_where_the_crossing_model_fills_whole_orders()
    {
        var queue = await RunAsync(11, PaperFillModel.Queue);
        var crossing = await RunAsync(11, PaperFillModel.Crossing);

        Assert.Contains(queue.RawFills, f => f.IsMaker && f.Amount < 3m);
        Assert.Contains(crossing.RawFills, f => f.IsMaker);
        Assert.All(crossing.RawFills.Where(f => f.IsMaker), f => Assert.Equal(3m, f.Amount));
    }

    [Fact]
    public async Task Balances_never_go_negative_and_equal_the_initial_ones_plus_the_fills()
    {
        var run = await RunAsync(3, PaperFillModel.Queue, seconds: 120);

        Assert.All(run.BalanceEvents, b => Assert.True(b.Available >= 0 && b.Total >= b.Available, b.ToString()));
        var btc = 50m + run.RawFills.Sum(f => f.Side == TradeSide.Buy ? f.Amount - f.FeeAmount : -f.Amount);
        var usdt = 5_000m + run.RawFills.Sum(f => f.Side == TradeSide.Buy ? -f.QuoteAmount : f.QuoteAmount - f.FeeAmount);
        Assert.Equal(new Balance("BTC", btc, btc), run.Balances.Single(b => b.Asset == "BTC"));
        Assert.Equal(new Balance("USDT", usdt, usdt), run.Balances.Single(b => b.Asset == "USDT"));
        Assert.Contains(run.RawFills, f => f.Side == TradeSide.Buy);
        Assert.Contains(run.RawFills, f => f.Side == TradeSide.Sell);
    }

    [Fact]
    public async Task Orders_placed_from_many_threads_while_the_market_runs_keep_the_account_consistent()
    {
        var market = new SimulatedMarket(new SimulatedMarketOptions { AnnualVolatility = 5, StepInterval = TimeSpan.FromMilliseconds(1) }, TimeProvider.System);
        var events = new TradingEventStream();
        var fills = new List<TradeFill>();
        events.Subscribe(e =>
        {
            if (e is OrderFilledEvent f) lock (fills) fills.Add(f.Fill);
        });
        await using var exchange = new PaperExchange(market, events, TimeProvider.System, new PaperExchangeOptions
        {
            InitialBalances = new Dictionary<string, decimal> { ["USDT"] = 1_000_000m, ["BTC"] = 10_000m },
        });
        await exchange.StartAsync([Pair], CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 150; i++)
            {
                var book = exchange.GetOrderBook(Pair);
                var side = (i + worker) % 2 == 0 ? TradeSide.Buy : TradeSide.Sell;
                var price = side == TradeSide.Buy ? book.BestBid!.Value : book.BestAsk!.Value;
                var order = await exchange.PlaceOrderAsync(new OrderRequest($"w{worker}-{i}", Pair, side, i % 10 == 0 ? OrderType.Market : OrderType.Limit, 1m, price), CancellationToken.None);
                Assert.NotEqual(OrderState.PendingCreate, order.State);
                if (i % 3 == 0) await exchange.CancelOrderAsync(order.ClientOrderId, CancellationToken.None);
            }
        })));
        await exchange.StopAsync(CancellationToken.None);

        Assert.Empty(exchange.GetOpenOrders());
        List<TradeFill> all;
        lock (fills) all = [.. fills];
        Assert.Equal(all.Count, all.Select(f => f.TradeId).Distinct().Count());
        var btc = 10_000m + all.Sum(f => f.Side == TradeSide.Buy ? f.Amount - f.FeeAmount : -f.Amount);
        Assert.Equal(new Balance("BTC", btc, btc), exchange.GetBalance("BTC"));
    }
}
