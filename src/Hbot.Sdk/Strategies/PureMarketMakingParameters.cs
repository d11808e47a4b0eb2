using System.ComponentModel.DataAnnotations;

namespace Hbot.Sdk.Strategies;

/// <summary>
/// Parameters of <see cref="PureMarketMakingStrategy"/>, with Hummingbot's names and semantics. Spreads and
/// percentages are fractions (0.01 = 1%).
/// </summary>
public sealed class PureMarketMakingParameters : IValidatableObject
{
    private const string Fraction = "a fraction: 0.01 = 1%";

    /// <summary>Distance of the first bid below the mid, as a fraction of the mid (<c>bid_spread</c>).</summary>
    [Required, Range(0d, 0.5, ErrorMessage = Fraction)]
    public decimal BidSpread { get; set; }

    /// <summary>Distance of the first ask above the mid, as a fraction of the mid (<c>ask_spread</c>).</summary>
    [Required, Range(0d, 0.5, ErrorMessage = Fraction)]
    public decimal AskSpread { get; set; }

    /// <summary>Size of the first order on each side, in base (<c>order_amount</c>).</summary>
    [Required, Range(0d, 1_000_000_000, MinimumIsExclusive = true)]
    public decimal OrderAmount { get; set; }

    /// <summary>Orders per side (<c>order_levels</c>). Default 1.</summary>
    [Range(1, 50)]
    public int OrderLevels { get; set; } = 1;

    /// <summary>Extra spread added per level beyond the first (<c>order_level_spread</c>).</summary>
    [Range(0d, 0.5, ErrorMessage = Fraction)]
    public decimal OrderLevelSpread { get; set; }

    /// <summary>Extra size added per level beyond the first, in base (<c>order_level_amount</c>).</summary>
    [Range(0d, 1_000_000_000)]
    public decimal OrderLevelAmount { get; set; }

    /// <summary>How long orders rest before they are re-evaluated for a refresh (<c>order_refresh_time</c>). Default 30s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan OrderRefreshTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Orders are kept instead of refreshed while every new price is within this fraction of the current one
    /// (<c>order_refresh_tolerance_pct</c>; 0 always refreshes).
    /// </summary>
    [Range(0d, 0.5, ErrorMessage = Fraction)]
    public decimal OrderRefreshTolerancePct { get; set; }

    /// <summary>Wait after a fill before new orders are placed (<c>filled_order_delay</c>). Default 60s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FilledOrderDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether order sizes are skewed towards the inventory target (<c>inventory_skew_enabled</c>).</summary>
    public bool InventorySkewEnabled { get; set; }

    /// <summary>Target share of portfolio value held in base, as a fraction (<c>inventory_target_base_pct</c>). Default 0.5.</summary>
    [Range(0d, 1, ErrorMessage = Fraction)]
    public decimal InventoryTargetBasePct { get; set; } = 0.5m;

    /// <summary>
    /// Width of the skew band around the target, in multiples of the total order size of one side
    /// (<c>inventory_range_multiplier</c>). Default 1.
    /// </summary>
    [Range(0d, 1000, MinimumIsExclusive = true)]
    public decimal InventoryRangeMultiplier { get; set; } = 1m;

    /// <summary>Open orders closer to the mid than this fraction are cancelled (<c>minimum_spread</c>; 0 = off).</summary>
    [Range(0d, 0.5, ErrorMessage = Fraction)]
    public decimal MinimumSpread { get; set; }

    /// <summary>No buy orders while the mid is at or above this price (<c>price_ceiling</c>; 0 = off).</summary>
    [Range(0d, 1_000_000_000)]
    public decimal PriceCeiling { get; set; }

    /// <summary>No sell orders while the mid is at or below this price (<c>price_floor</c>; 0 = off).</summary>
    [Range(0d, 1_000_000_000)]
    public decimal PriceFloor { get; set; }

    /// <summary>Total base size quoted on one side over all levels.</summary>
    public decimal TotalOrderSize => OrderAmount * OrderLevels + OrderLevelAmount * (OrderLevels * (OrderLevels - 1) / 2m);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PriceCeiling > 0 && PriceFloor > 0 && PriceFloor >= PriceCeiling)
            yield return new ValidationResult($"price_floor {PriceFloor} must be below price_ceiling {PriceCeiling}", [nameof(PriceFloor)]);
    }
}
