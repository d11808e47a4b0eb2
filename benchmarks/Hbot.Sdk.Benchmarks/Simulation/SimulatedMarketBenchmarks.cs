using BenchmarkDotNet.Attributes;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;
using Hbot.Sdk.Paper;
using Hbot.Sdk.Simulation;

namespace Hbot.Sdk.Benchmarks.Simulation;

/// <summary>
/// One step of the simulated market (trades and a book delta for one pair), alone and with a paper exchange
/// attached that fills ten resting orders with the queue model and publishes every event (its own 250 ms timer
/// keeps running in the background; a few steps a second next to the measured ones).
/// </summary>
[MemoryDiagnoser]
public class SimulatedMarketBenchmarks
{
    private static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");
    private SimulatedMarket _market = null!;
    private SimulatedMarket _paperMarket = null!;
    private PaperExchange _exchange = null!;
    private int _orders;

    /// <summary>Builds both markets; the paper exchange gets a deep account so orders never run out of balance.</summary>
    [GlobalSetup]
    public async Task Setup()
    {
        _market = new SimulatedMarket(new SimulatedMarketOptions { InitialPrice = 50_000m }, TimeProvider.System);
        _market.AddPairs([Pair]);
        _paperMarket = new SimulatedMarket(new SimulatedMarketOptions { InitialPrice = 50_000m }, TimeProvider.System);
        _exchange = new PaperExchange(_paperMarket, new TradingEventStream(), TimeProvider.System, new PaperExchangeOptions
        {
            InitialBalances = new Dictionary<string, decimal> { ["USDT"] = 1e12m, ["BTC"] = 1e8m },
        });
        await _exchange.StartAsync([Pair], CancellationToken.None);
    }

    /// <summary>Stops the paper exchange.</summary>
    [GlobalCleanup]
    public async Task Cleanup() => await _exchange.DisposeAsync();

    /// <summary>One market step, nobody listening.</summary>
    [Benchmark(Baseline = true)]
    public long Step()
    {
        _market.Step();
        return _market.GetOrderBook(Pair).Sequence;
    }

    /// <summary>One market step processed by the paper exchange with ten orders resting around the touch.</summary>
    [Benchmark]
    public async Task<int> StepWithPaperExchange()
    {
        var book = _exchange.GetOrderBook(Pair);
        var open = _exchange.GetOpenOrders(Pair).Count;
        for (var i = open; i < 10; i++)
        {
            var side = i % 2 == 0 ? TradeSide.Buy : TradeSide.Sell;
            var price = side == TradeSide.Buy ? book.BestBid!.Value : book.BestAsk!.Value;
            await _exchange.PlaceOrderAsync(new OrderRequest($"b{++_orders}", Pair, side, OrderType.LimitMaker, 0.01m, price), CancellationToken.None);
        }
        _paperMarket.Step();
        return _exchange.GetOpenOrders(Pair).Count;
    }
}
