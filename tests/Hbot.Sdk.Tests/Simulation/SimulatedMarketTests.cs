using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;
using Hbot.Sdk.Simulation;
using Microsoft.Extensions.Time.Testing;

namespace Hbot.Sdk.Tests.Simulation;

public sealed class SimulatedMarketTests
{
    private static readonly TradingPair Btc = TradingPair.Parse("BTC-USDT");
    private static readonly TradingPair Eth = TradingPair.Parse("ETH-USDT");

    private static (SimulatedMarket Market, FakeTimeProvider Time) Create(Action<SimulatedMarketOptions>? configure = null)
    {
        var options = new SimulatedMarketOptions { InitialPrice = 100m };
        configure?.Invoke(options);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));
        return (new SimulatedMarket(options, time), time);
    }

    // Everything observable about a run: each step's trades and top of book, as text.
    private static List<string> Record(SimulatedMarket market, int steps)
    {
        var log = new List<string>();
        market.TradeReceived += t => log.Add($"T {t.Pair} {t.TakerSide} {t.Price} {t.Amount}");
        market.OrderBookUpdated += b => log.Add($"B {b.Pair} {b.Sequence} {string.Join(' ', b.GetBids(5))} | {string.Join(' ', b.GetAsks(5))}");
        for (var i = 0; i < steps; i++) market.Step();
        return log;
    }

    [Fact]
    public void The_same_seed_gives_the_same_books_and_trades()
    {
        var (a, _) = Create(o => o.Seed = 42);
        var (b, _) = Create(o => o.Seed = 42);
        var (c, _) = Create(o => o.Seed = 43);
        a.AddPairs([Btc, Eth]);
        b.AddPairs([Btc, Eth]);
        c.AddPairs([Btc, Eth]);

        var first = Record(a, 300);
        var second = Record(b, 300);
        var other = Record(c, 300);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.Contains(first, l => l.StartsWith("T ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pair_runs_the_same_whichever_pairs_run_beside_it()
    {
        var (alone, _) = Create();
        var (together, _) = Create();
        alone.AddPairs([Btc]);
        together.AddPairs([Eth, Btc]);
        for (var i = 0; i < 100; i++)
        {
            alone.Step();
            together.Step();
        }
        Assert.Equal(alone.GetOrderBook(Btc).GetBids(), together.GetOrderBook(Btc).GetBids());
        Assert.Equal(alone.GetOrderBook(Btc).GetAsks(), together.GetOrderBook(Btc).GetAsks());
    }

    [Fact]
    public void The_book_stays_sane_deep_and_uncrossed_and_is_updated_by_deltas()
    {
        var (market, _) = Create(o => o.AnnualVolatility = 3);
        market.AddPairs([Btc]);
        var book = market.GetOrderBook(Btc);
        var rules = market.GetTradingRules(Btc);
        var sequence = book.Sequence;
        var mids = new HashSet<decimal>();
        decimal near = 0, far = 0;
        for (var i = 0; i < 2_000; i++)
        {
            market.Step();
            Assert.False(book.IsStale, book.StaleReason);
            Assert.Equal(++sequence, book.Sequence);
            Assert.True(book.Spread > 0);
            Assert.True(book.BidCount >= 20 && book.AskCount >= 20);
            var bids = book.GetBids();
            var asks = book.GetAsks();
            Assert.All(bids.Concat(asks), l => Assert.Equal(0m, l.Price % rules.PriceTick));
            Assert.All(bids.Concat(asks), l => Assert.True(l.Size > 0 && l.Size % rules.SizeStep == 0));
            near += bids.Take(5).Sum(l => l.Size) + asks.Take(5).Sum(l => l.Size);
            far += bids.Skip(15).Take(5).Sum(l => l.Size) + asks.Skip(15).Take(5).Sum(l => l.Size);
            mids.Add(book.MidPrice!.Value);
        }
        Assert.True(mids.Count > 20, $"the mid took only {mids.Count} values");
        // Sizes grow away from the touch: levels 15-19 hold clearly more than levels 0-4 on average.
        Assert.True(far > 1.5m * near, $"far levels {far}, near levels {near}");
        var relativeSpread = book.Spread!.Value / book.MidPrice!.Value;
        Assert.InRange(relativeSpread, 0.0001m, 0.001m);
    }

    [Fact]
    public void Trades_print_at_or_beyond_the_touch_and_lean_with_the_move()
    {
        var (market, _) = Create(o => o.AnnualVolatility = 2);
        market.AddPairs([Btc]);
        var book = market.GetOrderBook(Btc);
        decimal? bidBefore = null, askBefore = null;
        var trades = new List<PublicTrade>();
        market.TradeReceived += t =>
        {
            // Trades come before the step's book update: they are against the previous book.
            if (t.TakerSide == TradeSide.Buy) Assert.True(t.Price >= askBefore, $"buy at {t.Price} below the ask {askBefore}");
            else Assert.True(t.Price <= bidBefore, $"sell at {t.Price} above the bid {bidBefore}");
            Assert.True(t.Amount > 0);
            trades.Add(t);
        };
        var agreeing = 0;
        var disagreeing = 0;
        for (var i = 0; i < 3_000; i++)
        {
            (bidBefore, askBefore) = (book.BestBid, book.BestAsk);
            var midBefore = book.MidPrice!.Value;
            var count = trades.Count;
            market.Step();
            var flow = trades.Skip(count).Sum(t => t.TakerSide == TradeSide.Buy ? t.Amount : -t.Amount);
            var move = book.MidPrice!.Value - midBefore;
            if (move == 0 || flow == 0) continue;
            if (Math.Sign(move) == Math.Sign(flow)) agreeing++; else disagreeing++;
        }
        Assert.True(trades.Count > 3_000, $"only {trades.Count} trades in 3000 steps");
        Assert.True(agreeing > 2 * disagreeing, $"order flow agreed with the move {agreeing} times, disagreed {disagreeing} times");
    }

    [Fact]
    public async Task The_timer_steps_the_market_on_the_time_provider()
    {
        var (market, time) = Create(o => o.StepInterval = TimeSpan.FromMilliseconds(250));
        var updates = 0;
        market.OrderBookUpdated += _ => updates++;
        await market.StartAsync([Btc], CancellationToken.None);
        Assert.True(market.IsConnected);
        Assert.Equal(1, updates);

        time.Advance(TimeSpan.FromMilliseconds(249));
        Assert.Equal(1, updates);
        for (var i = 0; i < 10; i++) time.Advance(TimeSpan.FromMilliseconds(250));
        Assert.Equal(11, updates);
        Assert.Equal(time.GetUtcNow(), market.GetOrderBook(Btc).LastUpdate);

        await market.StopAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(11, updates);
        Assert.False(market.IsConnected);
    }

    [Fact]
    public void Trading_rules_come_from_the_options_with_per_pair_overrides()
    {
        var (market, _) = Create(o =>
        {
            o.Pairs["ETH-USDT"] = new SimulatedPairOptions { InitialPrice = 3_000m, PriceTick = 0.1m, SizeStep = 0.001m, MinNotional = 5m };
        });
        market.AddPairs([Btc, Eth]);

        Assert.Equal(new TradingRules(Btc, 0.01m, 0.0001m, 0.0001m, 1m), market.GetTradingRules(Btc));
        Assert.Equal(new TradingRules(Eth, 0.1m, 0.001m, 0.0001m, 5m), market.GetTradingRules(Eth));
        Assert.InRange(market.GetOrderBook(Eth).MidPrice!.Value, 2_990m, 3_010m);
        Assert.All(market.GetOrderBook(Eth).GetBids(), l => Assert.Equal(0m, l.Price % 0.1m));
        Assert.Throws<InvalidOperationException>(() => market.GetOrderBook(TradingPair.Parse("SOL-USDT")));
    }

    [Theory]
    [InlineData("Depth")]
    [InlineData("StepInterval")]
    [InlineData("InitialPrice")]
    [InlineData("Pairs['BTC-USDT'].PriceTick")]
    public void Invalid_options_are_refused_with_the_setting_named(string setting)
    {
        var options = new SimulatedMarketOptions();
        switch (setting)
        {
            case "Depth": options.Depth = 0; break;
            case "StepInterval": options.StepInterval = TimeSpan.Zero; break;
            case "InitialPrice": options.InitialPrice = -1; break;
            default: options.Pairs["BTC-USDT"] = new SimulatedPairOptions { PriceTick = 0 }; break;
        }
        var error = Assert.Throws<ArgumentException>(() => new SimulatedMarket(options, TimeProvider.System));
        Assert.Contains(setting, error.Message);
    }

    [Fact]
    public void Stepping_a_market_without_pairs_says_what_to_do()
    {
        var (market, _) = Create();
        var error = Assert.Throws<InvalidOperationException>(market.Step);
        Assert.Contains("start it with the pairs", error.Message);
    }
}
