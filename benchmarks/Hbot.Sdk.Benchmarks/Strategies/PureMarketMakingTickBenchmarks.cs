using BenchmarkDotNet.Attributes;
using Hbot.Sdk.Configuration;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Paper;
using Hbot.Sdk.Risk;
using Hbot.Sdk.Strategies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Hbot.Sdk.Benchmarks.Strategies;

/// <summary>
/// One pure market making tick on the paper exchange with 3 levels a side resting: reading the book, balances and
/// open orders, evaluating risk, deciding the quotes and publishing the tick, portfolio and risk events, with no
/// order changed (the new quotes are within the refresh tolerance).
/// </summary>
[MemoryDiagnoser]
public class PureMarketMakingTickBenchmarks
{
    private static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
    private PaperExchange _exchange = null!;
    private PureMarketMakingStrategy _strategy = null!;

    [GlobalSetup]
    public void Setup()
    {
        var events = new TradingEventStream();
        _exchange = new PaperExchange(new StaticMarketData(Pair, 50_000m, _time.GetUtcNow()), events, _time, new PaperExchangeOptions
        {
            InitialBalances = new Dictionary<string, decimal> { ["BTC"] = 1m, ["USDT"] = 50_000m },
        });
        var pnl = new PnlTracker(Pair);
        events.Subscribe(pnl);
        var risk = new RiskGuard(_exchange, new RiskLimits { MaxOpenOrders = 20, MaxOrderSizeQuote = 10_000m, MaxDailyLossQuote = 1_000m }, pnl, events, _time, NullLogger<RiskGuard>.Instance);
        var parameters = new PureMarketMakingParameters
        {
            BidSpread = 0.001m,
            AskSpread = 0.001m,
            OrderAmount = 0.01m,
            OrderLevels = 3,
            OrderLevelSpread = 0.001m,
            OrderLevelAmount = 0.005m,
            OrderRefreshTime = TimeSpan.FromSeconds(30),
            OrderRefreshTolerancePct = 0.001m,
            InventorySkewEnabled = true,
            MinimumSpread = 0.0002m,
        };
        var config = new StrategyConfig { Strategy = PureMarketMakingStrategy.ConfigName, Exchange = "paper", TradingPair = Pair, Parameters = parameters };
        _strategy = new PureMarketMakingStrategy(new StrategyContext(config, _exchange, risk, pnl, events, _time, NullLoggerFactory.Instance), parameters);
        _exchange.StartAsync([Pair], CancellationToken.None).GetAwaiter().GetResult();
        pnl.Reset(1m, 50_000m);
        _strategy.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        _strategy.TickAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (_exchange.GetOpenOrders(Pair).Count != 6) throw new InvalidOperationException("Setup expected 6 resting orders.");
    }

    /// <summary>A tick between refreshes: book, risk, minimum spread check and events.</summary>
    [Benchmark]
    public Task TickBetweenRefreshes()
    {
        _time.Advance(TimeSpan.FromMilliseconds(1));
        return _strategy.TickAsync(CancellationToken.None);
    }

    /// <summary>A tick at the refresh time: also builds the proposal (levels, skew, quantization) and keeps the orders.</summary>
    [Benchmark]
    public Task TickAtRefreshKeepingOrders()
    {
        _time.Advance(TimeSpan.FromSeconds(30));
        return _strategy.TickAsync(CancellationToken.None);
    }

    /// <summary>The quote decision alone: levels, inventory skew and quantization.</summary>
    [Benchmark]
    public MarketMakingProposal CreateProposal() => _strategy.CreateProposal(50_000m);

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_exchange.GetOpenOrders(Pair).Count != 6) throw new InvalidOperationException("A benchmark tick changed orders.");
        _strategy.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _exchange.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
