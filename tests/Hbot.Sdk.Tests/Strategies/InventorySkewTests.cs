using Hbot.Sdk.Strategies;

namespace Hbot.Sdk.Tests.Strategies;

public sealed class InventorySkewTests
{
    [Theory]
    [InlineData(1.0, 100.0, 1.0, 1.0)]   // at the target
    [InlineData(1.05, 95.0, 0.5, 1.5)]   // half way above
    [InlineData(0.95, 105.0, 1.5, 0.5)]  // half way below
    [InlineData(2.0, 0.0, 0.0, 2.0)]     // beyond the band above
    [InlineData(0.0, 200.0, 2.0, 0.0)]   // beyond the band below
    public void Multipliers_follow_the_base_share(double baseAmount, double quoteAmount, double bid, double ask)
    {
        var (b, a) = InventorySkew.Calculate((decimal)baseAmount, (decimal)quoteAmount, 100m, 0.5m, 0.1m);

        Assert.Equal((decimal)bid, b);
        Assert.Equal((decimal)ask, a);
    }

    [Fact]
    public void An_empty_portfolio_quotes_nothing() => Assert.Equal((0m, 0m), InventorySkew.Calculate(0, 0, 100m, 0.5m, 0.1m));
}
