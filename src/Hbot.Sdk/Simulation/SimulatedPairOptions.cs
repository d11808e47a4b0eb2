namespace Hbot.Sdk.Simulation;

/// <summary>Overrides of <see cref="SimulatedMarketOptions"/> for one pair; null values use the market-wide setting.</summary>
public sealed class SimulatedPairOptions
{
    /// <summary>Starting mid price in quote.</summary>
    public decimal? InitialPrice { get; set; }

    /// <summary>Price tick.</summary>
    public decimal? PriceTick { get; set; }

    /// <summary>Size step.</summary>
    public decimal? SizeStep { get; set; }

    /// <summary>Minimum order size in base.</summary>
    public decimal? MinSize { get; set; }

    /// <summary>Minimum order value in quote.</summary>
    public decimal? MinNotional { get; set; }
}
