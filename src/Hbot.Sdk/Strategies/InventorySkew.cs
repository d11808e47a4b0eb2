namespace Hbot.Sdk.Strategies;

/// <summary>
/// Hummingbot's inventory skew: multipliers for bid and ask sizes that pull the base share of the portfolio
/// towards a target. Within a band of <c>±range</c> base around the target the multipliers move linearly between
/// 2 and 0 (bid) and 0 and 2 (ask); at the target both are 1; outside the band they stay at the ends.
/// </summary>
public static class InventorySkew
{
    /// <summary>Computes the bid and ask size multipliers (each in [0, 2], summing to 2).</summary>
    /// <param name="baseAmount">Base held (total).</param>
    /// <param name="quoteAmount">Quote held (total).</param>
    /// <param name="price">Price of base in quote (the mid).</param>
    /// <param name="targetBaseRatio">Target base share of portfolio value, 0 to 1.</param>
    /// <param name="baseRange">Half-width of the band in base units (total order size times the range multiplier).</param>
    public static (decimal Bid, decimal Ask) Calculate(decimal baseAmount, decimal quoteAmount, decimal price, decimal targetBaseRatio, decimal baseRange)
    {
        var total = baseAmount * price + quoteAmount;
        if (total <= 0 || price <= 0) return (0, 0);
        var baseValue = baseAmount * price;
        var rangeValue = Math.Min(baseRange * price, total * 0.5m);
        var targetValue = total * targetBaseRatio;
        var left = Math.Max(targetValue - rangeValue, 0);
        var right = targetValue + rangeValue;
        decimal bid;
        if (baseValue < targetValue)
        {
            var leftRatio = Interpolate(baseValue, left, targetValue, 0m, 0.5m);
            bid = Interpolate(leftRatio, 0m, 0.5m, 2m, 1m);
        }
        else
        {
            var rightRatio = Interpolate(baseValue, targetValue, right, 0.5m, 1m);
            bid = Interpolate(rightRatio, 0.5m, 1m, 1m, 0m);
        }
        // Six decimals are far finer than any size step and keep the size arithmetic that follows cheap.
        bid = Math.Round(bid, 6);
        return (bid, 2m - bid);
    }

    // Linear interpolation clamped to the end values, like numpy.interp.
    private static decimal Interpolate(decimal x, decimal x0, decimal x1, decimal y0, decimal y1)
    {
        if (x1 <= x0) return x < x0 ? y0 : y1;
        if (x <= x0) return y0;
        if (x >= x1) return y1;
        return y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }
}
