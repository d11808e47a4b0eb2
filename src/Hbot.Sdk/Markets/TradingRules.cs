namespace Hbot.Sdk.Markets;

/// <summary>
/// An exchange's limits for one pair. Every price and size is quantized with these before it leaves the process.
/// </summary>
/// <param name="Pair">The trading pair.</param>
/// <param name="PriceTick">Smallest price increment.</param>
/// <param name="SizeStep">Smallest size increment.</param>
/// <param name="MinSize">Smallest order size in base.</param>
/// <param name="MinNotional">Smallest order value in quote.</param>
public sealed record TradingRules(TradingPair Pair, decimal PriceTick, decimal SizeStep, decimal MinSize, decimal MinNotional)
{
    /// <summary>
    /// Rounds a price onto the tick grid without making it worse for the side:
    /// a buy price is never moved up and a sell price never moved down.
    /// </summary>
    public decimal QuantizePrice(TradeSide side, decimal price)
    {
        if (PriceTick <= 0) return price;
        var ticks = price / PriceTick;
        var whole = side == TradeSide.Buy ? decimal.Floor(ticks) : decimal.Ceiling(ticks);
        return whole * PriceTick;
    }

    /// <summary>Rounds a size down onto the step grid (never more than asked).</summary>
    public decimal QuantizeSize(decimal amount)
    {
        if (SizeStep <= 0) return amount;
        return decimal.Floor(amount / SizeStep) * SizeStep;
    }

    /// <summary>
    /// Quantizes an order and checks it against the minimums. For a market order pass the reference
    /// price (for example the mid) so the notional can be checked.
    /// </summary>
    public OrderCheck Check(TradeSide side, decimal price, decimal amount)
    {
        if (amount <= 0) return new OrderCheck(price, amount, $"size {amount} is not positive");
        if (price <= 0) return new OrderCheck(price, amount, $"price {price} is not positive");
        var p = QuantizePrice(side, price);
        var a = QuantizeSize(amount);
        if (p <= 0) return new OrderCheck(p, a, $"price {price} rounds to zero with tick {PriceTick}");
        if (a < MinSize || a <= 0)
            return new OrderCheck(p, a, $"size {a} (from {amount}) is below the minimum size {MinSize} for {Pair}");
        if (p * a < MinNotional)
            return new OrderCheck(p, a, $"notional {p * a} is below the minimum notional {MinNotional} for {Pair}");
        return new OrderCheck(p, a, null);
    }
}
