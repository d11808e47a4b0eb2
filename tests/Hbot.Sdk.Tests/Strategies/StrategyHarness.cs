using Hbot.Sdk.Configuration;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Paper;
using Hbot.Sdk.Risk;
using Hbot.Sdk.Strategies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Hbot.Sdk.Tests.Strategies;

/// <summary>
/// A pure market making strategy on a real paper exchange (crossing fills, no latency) over a scripted market,
/// with a fake clock, recording every event.
/// </summary>
internal sealed class StrategyHarness : IAsyncDisposable
{
    public static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");

    private StrategyHarness(PureMarketMakingParameters parameters, RiskLimits limits, IDictionary<string, decimal> balances)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
        Events = new TradingEventStream();
        Events.Subscribe(Recorded.Add);
        Market = new ScriptedMarket(Pair, Time);
        Exchange = new PaperExchange(Market, Events, Time, new PaperExchangeOptions
        {
            InitialBalances = balances,
            FillModel = PaperFillModel.Crossing,
            MakerFeeRate = 0.001m,
            TakerFeeRate = 0.001m,
        });
        Pnl = new PnlTracker(Pair);
        Events.Subscribe(Pnl);
        Risk = new RiskGuard(Exchange, limits, Pnl, Events, Time, NullLogger<RiskGuard>.Instance);
        var config = new StrategyConfig
        {
            Strategy = PureMarketMakingStrategy.ConfigName,
            Exchange = "paper",
            TradingPair = Pair,
            Risk = limits,
            Parameters = parameters,
        };
        Strategy = new PureMarketMakingStrategy(new StrategyContext(config, Exchange, Risk, Pnl, Events, Time, NullLoggerFactory.Instance), parameters);
    }

    public FakeTimeProvider Time { get; }
    public TradingEventStream Events { get; }
    public List<TradingEvent> Recorded { get; } = [];
    public ScriptedMarket Market { get; }
    public PaperExchange Exchange { get; }
    public PnlTracker Pnl { get; }
    public RiskGuard Risk { get; }
    public PureMarketMakingStrategy Strategy { get; }

    public static async Task<StrategyHarness> StartAsync(PureMarketMakingParameters parameters, RiskLimits? limits = null,
        decimal baseBalance = 1m, decimal quoteBalance = 100_000m, decimal mid = 100m)
    {
        var harness = new StrategyHarness(parameters, limits ?? new RiskLimits(),
            new Dictionary<string, decimal> { ["BTC"] = baseBalance, ["USDT"] = quoteBalance });
        await harness.Exchange.StartAsync([Pair], CancellationToken.None);
        harness.Market.SetMid(mid);
        harness.Pnl.Reset(baseBalance, mid);
        await harness.Strategy.StartAsync(CancellationToken.None);
        return harness;
    }

    public IReadOnlyList<Hbot.Sdk.Orders.InFlightOrder> Bids => Exchange.GetOpenOrders(Pair).Where(o => o.Side == TradeSide.Buy).OrderByDescending(o => o.Price).ToArray();
    public IReadOnlyList<Hbot.Sdk.Orders.InFlightOrder> Asks => Exchange.GetOpenOrders(Pair).Where(o => o.Side == TradeSide.Sell).OrderBy(o => o.Price).ToArray();

    /// <summary>Moves the clock and runs one tick.</summary>
    public async Task TickAfterAsync(TimeSpan elapsed)
    {
        Time.Advance(elapsed);
        await Strategy.TickAsync(CancellationToken.None);
    }

    public Task TickAsync() => Strategy.TickAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Strategy.DisposeAsync();
        await Exchange.DisposeAsync();
    }
}
