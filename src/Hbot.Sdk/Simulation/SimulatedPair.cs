using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Simulation;

/// <summary>
/// The generator of one simulated pair: its random walk, its order book and its trade prints.
/// Levels sit on a fixed price grid so that a step changes only the levels near the touch and at the far end,
/// which is what the delta carries. Not thread-safe: <see cref="SimulatedMarket"/> serializes steps.
/// </summary>
internal sealed class SimulatedPair
{
    private const double SecondsPerYear = 365.25 * 24 * 3600;

    private readonly SimulatedMarketOptions _options;
    private readonly Random _random;
    private readonly decimal _gridPrice;
    private readonly double _halfSpread;
    private readonly double _stepDrift;
    private readonly double _stepVolatility;
    private readonly List<OrderBookLevel> _bidDelta = [];
    private readonly List<OrderBookLevel> _askDelta = [];
    private Dictionary<long, decimal> _bids = [];
    private Dictionary<long, decimal> _asks = [];
    private Dictionary<long, decimal> _spareBids = [];
    private Dictionary<long, decimal> _spareAsks = [];
    private readonly double _initialMid;
    private double _mid;
    private long _bestBidK;
    private long _bestAskK;

    public SimulatedPair(TradingPair pair, SimulatedMarketOptions options, DateTimeOffset now)
    {
        _options = options;
        Rules = options.GetTradingRules(pair);
        Book = new OrderBook(pair);
        _random = new Random(options.Seed ^ StableHash(pair.ToString()));
        var initial = options.GetInitialPrice(pair);
        _mid = (double)initial;
        _initialMid = _mid;
        var spacingTicks = Math.Max(1m, decimal.Round(initial * (decimal)options.LevelSpacingBps / 10_000m / Rules.PriceTick));
        _gridPrice = spacingTicks * Rules.PriceTick;
        _halfSpread = options.SpreadBps / 20_000;
        var dt = options.StepInterval.TotalSeconds / SecondsPerYear;
        _stepDrift = (options.AnnualDrift - 0.5 * options.AnnualVolatility * options.AnnualVolatility) * dt;
        _stepVolatility = options.AnnualVolatility * Math.Sqrt(dt);

        (_bestBidK, _bestAskK) = Touch(_mid);
        for (var i = 0; i < options.Depth; i++)
        {
            if (_bestBidK - i > 0) _bids[_bestBidK - i] = FreshSize(i);
            _asks[_bestAskK + i] = FreshSize(i);
        }
        Book.ApplySnapshot(Levels(_bids, descending: true), Levels(_asks, descending: false), 1, now);
    }

    public OrderBook Book { get; }

    public TradingRules Rules { get; }

    public TradingPair Pair => Book.Pair;

    /// <summary>Number of steps taken.</summary>
    public long Steps { get; private set; }

    /// <summary>
    /// Moves the price one step, prints the trades that happened against the current book into <paramref name="trades"/>
    /// (in time order), then applies the resulting delta to the book.
    /// </summary>
    public void Step(DateTimeOffset now, List<PublicTrade> trades)
    {
        Steps++;
        var shock = Gaussian();
        // Bounded to a million-fold move either way: long runs with extreme settings must not overflow decimal sizes.
        var newMid = Math.Clamp(_mid * Math.Exp(_stepDrift + _stepVolatility * shock), _initialMid / 1e6, _initialMid * 1e6);
        var (newBidK, newAskK) = Touch(newMid);

        // Sweeps: levels the move leaves behind were taken by aggressive orders of the move's side (the rebuild removes them).
        for (var k = _bestAskK; k < newAskK; k++)
            if (_asks.TryGetValue(k, out var size)) trades.Add(new PublicTrade(Pair, TradeSide.Buy, Price(k), size, now));
        for (var k = _bestBidK; k > newBidK; k--)
            if (_bids.TryGetValue(k, out var size)) trades.Add(new PublicTrade(Pair, TradeSide.Sell, Price(k), size, now));

        // Prints at the touch: more of them when the price moves, mostly on the side of the move.
        var count = Poisson(_options.TradesPerStep * (1 + Math.Abs(shock)));
        var buyProbability = 0.5 + 0.4 * Math.Tanh(shock);
        for (var n = 0; n < count; n++)
        {
            var side = _random.NextDouble() < buyProbability ? TradeSide.Buy : TradeSide.Sell;
            var levels = side == TradeSide.Buy ? _asks : _bids;
            var k = side == TradeSide.Buy ? Math.Max(_bestAskK, newAskK) : Math.Min(_bestBidK, newBidK);
            if (!levels.TryGetValue(k, out var resting)) continue;
            var amount = Rules.QuantizeSize(_options.MeanTradeNotional / (decimal)_mid * (decimal)-Math.Log(1 - _random.NextDouble()));
            amount = Math.Min(amount, resting - Rules.SizeStep);
            if (amount <= 0) continue;
            levels[k] = resting - amount;
            trades.Add(new PublicTrade(Pair, side, Price(k), amount, now));
        }

        _mid = newMid;
        Rebuild(ref _bids, ref _spareBids, TradeSide.Buy, newBidK, _bidDelta);
        Rebuild(ref _asks, ref _spareAsks, TradeSide.Sell, newAskK, _askDelta);
        _bestBidK = newBidK;
        _bestAskK = newAskK;

        var sequence = Book.Sequence;
        var result = Book.ApplyUpdate(
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_bidDelta),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_askDelta),
            sequence + 1, now, sequence);
        if (result != OrderBookApplyResult.Applied)
            Book.ApplySnapshot(Levels(_bids, descending: true), Levels(_asks, descending: false), sequence + 1, now);
    }

    // Builds the new side from the old one (keeping the sizes of most surviving levels) and records
    // the delta against what the book shows, which still has the sizes from before this step's prints.
    private void Rebuild(ref Dictionary<long, decimal> current, ref Dictionary<long, decimal> spare, TradeSide side, long touchK, List<OrderBookLevel> delta)
    {
        var direction = side == TradeSide.Buy ? -1 : 1;
        delta.Clear();
        spare.Clear();
        for (var i = 0; i < _options.Depth; i++)
        {
            var k = touchK + direction * i;
            if (k <= 0) break;
            // Some resting orders come and go each step; refreshing to the profile of the level's current distance
            // keeps sizes growing away from the touch however far the price travelled.
            if (!current.TryGetValue(k, out var size) || _random.NextDouble() < 0.15) size = FreshSize(i);
            spare[k] = size;
            if (size != Book.GetSizeAt(side, Price(k))) delta.Add(new OrderBookLevel(Price(k), size));
        }
        foreach (var k in current.Keys)
            if (!spare.ContainsKey(k)) delta.Add(new OrderBookLevel(Price(k), 0));
        (current, spare) = (spare, current);
    }

    private (long Bid, long Ask) Touch(double mid)
    {
        var grid = (double)_gridPrice;
        var bid = (long)Math.Floor(mid * (1 - _halfSpread) / grid);
        var ask = (long)Math.Ceiling(mid * (1 + _halfSpread) / grid);
        if (ask <= bid) ask = bid + 1;
        return (bid, Math.Max(ask, 1));
    }

    private decimal Price(long k) => k * _gridPrice;

    private decimal FreshSize(int distance)
    {
        var value = (double)_options.TouchNotional / _mid * (1 + _options.LevelSizeGrowth * distance) * Math.Exp(0.35 * Gaussian());
        return Math.Max(Rules.SizeStep, Rules.QuantizeSize((decimal)value));
    }

    private OrderBookLevel[] Levels(Dictionary<long, decimal> side, bool descending) =>
        (descending ? side.OrderByDescending(l => l.Key) : side.OrderBy(l => l.Key)).Select(l => new OrderBookLevel(Price(l.Key), l.Value)).ToArray();

    private double Gaussian()
    {
        // Box-Muller; 1 - NextDouble() keeps the logarithm finite.
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private int Poisson(double lambda)
    {
        // Knuth's method: fine for the small means used per step.
        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = _random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= _random.NextDouble();
        }
        return k;
    }

    // FNV-1a: string.GetHashCode is randomized per process, which would break determinism across runs.
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (int)hash;
    }
}
