using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Simulation;

/// <summary>
/// Settings of the <see cref="SimulatedMarket"/>: the price process (geometric Brownian motion), the shape of the
/// generated order book, the trade flow and the trading rules. Every pair uses these values unless
/// <see cref="Pairs"/> overrides them.
/// </summary>
public sealed class SimulatedMarketOptions
{
    /// <summary>Seed of the random walk; the same seed and the same number of steps give the same market. Default 1.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Starting mid price in quote. Default 100.</summary>
    public decimal InitialPrice { get; set; } = 100m;

    /// <summary>Annual drift of the log price (0.1 = +10 % a year). Default 0.</summary>
    public double AnnualDrift { get; set; }

    /// <summary>Annual volatility of the log price (0.6 = 60 %, typical for large crypto assets). Default 0.6.</summary>
    public double AnnualVolatility { get; set; } = 0.6;

    /// <summary>Time between two market steps (book delta and trades). Default 250 ms.</summary>
    public TimeSpan StepInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Price levels generated on each side of the book. Default 25.</summary>
    public int Depth { get; set; } = 25;

    /// <summary>Target distance between best bid and best ask, in basis points of the mid. Default 2.</summary>
    public double SpreadBps { get; set; } = 2;

    /// <summary>Distance between neighbouring levels, in basis points of the initial price (at least one tick). Default 1.</summary>
    public double LevelSpacingBps { get; set; } = 1;

    /// <summary>Average value in quote resting at the best level; deeper levels hold more. Default 2000.</summary>
    public decimal TouchNotional { get; set; } = 2_000m;

    /// <summary>How much each level further from the touch grows relative to the touch (0.15 = +15 % per level). Default 0.15.</summary>
    public double LevelSizeGrowth { get; set; } = 0.15;

    /// <summary>Average number of trade prints at the touch per step (more when the price moves). Default 1.5.</summary>
    public double TradesPerStep { get; set; } = 1.5;

    /// <summary>Average value in quote of one trade print. Default 300.</summary>
    public decimal MeanTradeNotional { get; set; } = 300m;

    /// <summary>Price tick of every pair. Default 0.01.</summary>
    public decimal PriceTick { get; set; } = 0.01m;

    /// <summary>Size step of every pair. Default 0.0001.</summary>
    public decimal SizeStep { get; set; } = 0.0001m;

    /// <summary>Minimum order size in base. Default 0.0001.</summary>
    public decimal MinSize { get; set; } = 0.0001m;

    /// <summary>Minimum order value in quote. Default 1.</summary>
    public decimal MinNotional { get; set; } = 1m;

    /// <summary>Per-pair overrides keyed by pair (<c>BTC-USDT</c>); unset values fall back to the market-wide ones.</summary>
    public IDictionary<string, SimulatedPairOptions> Pairs { get; set; } = new Dictionary<string, SimulatedPairOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The trading rules a pair trades under.</summary>
    public TradingRules GetTradingRules(TradingPair pair)
    {
        var o = Override(pair);
        return new TradingRules(pair, o?.PriceTick ?? PriceTick, o?.SizeStep ?? SizeStep, o?.MinSize ?? MinSize, o?.MinNotional ?? MinNotional);
    }

    /// <summary>The starting mid price of a pair.</summary>
    public decimal GetInitialPrice(TradingPair pair) => Override(pair)?.InitialPrice ?? InitialPrice;

    /// <summary>Checks every value and throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        Require(InitialPrice > 0, nameof(InitialPrice), InitialPrice, "must be positive");
        Require(AnnualVolatility >= 0 && double.IsFinite(AnnualVolatility), nameof(AnnualVolatility), AnnualVolatility, "must be zero or positive");
        Require(double.IsFinite(AnnualDrift), nameof(AnnualDrift), AnnualDrift, "must be a finite number");
        Require(StepInterval > TimeSpan.Zero, nameof(StepInterval), StepInterval, "must be positive");
        Require(Depth is >= 1 and <= 1000, nameof(Depth), Depth, "must be between 1 and 1000");
        Require(SpreadBps > 0 && double.IsFinite(SpreadBps), nameof(SpreadBps), SpreadBps, "must be positive");
        Require(LevelSpacingBps > 0 && double.IsFinite(LevelSpacingBps), nameof(LevelSpacingBps), LevelSpacingBps, "must be positive");
        Require(TouchNotional > 0, nameof(TouchNotional), TouchNotional, "must be positive");
        Require(LevelSizeGrowth >= 0 && double.IsFinite(LevelSizeGrowth), nameof(LevelSizeGrowth), LevelSizeGrowth, "must be zero or positive");
        Require(TradesPerStep >= 0 && TradesPerStep <= 100, nameof(TradesPerStep), TradesPerStep, "must be between 0 and 100");
        Require(MeanTradeNotional > 0, nameof(MeanTradeNotional), MeanTradeNotional, "must be positive");
        ValidateRules(PriceTick, SizeStep, MinSize, MinNotional, string.Empty);
        foreach (var (key, pair) in Pairs)
        {
            if (!TradingPair.TryParse(key, out _))
                throw new ArgumentException($"Simulated market setting Pairs['{key}']: '{key}' is not a trading pair; expected the form BASE-QUOTE, for example BTC-USDT.", nameof(Pairs));
            ArgumentNullException.ThrowIfNull(pair, $"Pairs['{key}']");
            var prefix = $"Pairs['{key}'].";
            if (pair.InitialPrice is { } p) Require(p > 0, prefix + nameof(pair.InitialPrice), p, "must be positive");
            ValidateRules(pair.PriceTick ?? PriceTick, pair.SizeStep ?? SizeStep, pair.MinSize ?? MinSize, pair.MinNotional ?? MinNotional, prefix);
        }
    }

    private SimulatedPairOptions? Override(TradingPair pair) => Pairs.TryGetValue(pair.ToString(), out var o) ? o : null;

    private static void ValidateRules(decimal tick, decimal step, decimal minSize, decimal minNotional, string prefix)
    {
        Require(tick > 0, prefix + nameof(PriceTick), tick, "must be positive");
        Require(step > 0, prefix + nameof(SizeStep), step, "must be positive");
        Require(minSize >= 0, prefix + nameof(MinSize), minSize, "must be zero or positive");
        Require(minNotional >= 0, prefix + nameof(MinNotional), minNotional, "must be zero or positive");
    }

    private static void Require(bool condition, string name, object value, string rule)
    {
        if (!condition) throw new ArgumentException($"Simulated market setting {name} = {value} {rule}.", name);
    }
}
