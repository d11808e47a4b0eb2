using System.ComponentModel.DataAnnotations;

namespace Hbot.Sdk.Configuration;

/// <summary>The <c>paper_exchange.market:</c> section: how the built-in simulated market moves.</summary>
public sealed class SimulatedMarketSettings
{
    /// <summary>Price the market starts at (<c>initial_price</c>).</summary>
    [Range(0.00000001, 1_000_000_000)]
    public decimal InitialPrice { get; set; } = 50_000m;

    /// <summary>Standard deviation of the relative price change per step (<c>volatility</c>, 0.0005 = 0.05%).</summary>
    [Range(0, 0.1)]
    public decimal Volatility { get; set; } = 0.0002m;

    /// <summary>Relative distance between the best bid and ask of the simulated book (<c>spread</c>).</summary>
    [Range(0, 0.1)]
    public decimal Spread { get; set; } = 0.0002m;

    /// <summary>How often the simulated market moves and prints trades (<c>update_interval</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan UpdateInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Number of price levels on each side of the simulated book (<c>depth</c>).</summary>
    [Range(1, 500)]
    public int Depth { get; set; } = 20;

    /// <summary>Price tick of the simulated pair (<c>price_tick</c>).</summary>
    [Range(0.00000001, 1_000_000)]
    public decimal PriceTick { get; set; } = 0.01m;

    /// <summary>Size step of the simulated pair (<c>size_step</c>).</summary>
    [Range(0.00000001, 1_000_000)]
    public decimal SizeStep { get; set; } = 0.00001m;

    /// <summary>Smallest order value in quote (<c>min_notional</c>).</summary>
    [Range(0, 1_000_000)]
    public decimal MinNotional { get; set; } = 1m;
}
