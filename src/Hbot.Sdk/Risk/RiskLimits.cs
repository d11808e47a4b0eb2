using System.ComponentModel.DataAnnotations;

namespace Hbot.Sdk.Risk;

/// <summary>Limits the <see cref="RiskGuard"/> enforces between a strategy and its connector (<c>risk:</c> section). Zero means no limit.</summary>
public sealed class RiskLimits
{
    /// <summary>Largest value of one order in quote (<c>max_order_size_quote</c>).</summary>
    [Range(0d, 1_000_000_000)]
    public decimal MaxOrderSizeQuote { get; set; }

    /// <summary>Most orders working at once (<c>max_open_orders</c>).</summary>
    [Range(0, 10_000)]
    public int MaxOpenOrders { get; set; }

    /// <summary>Largest base position in base units, counting open buys (<c>max_base_position</c>).</summary>
    [Range(0d, 1_000_000_000)]
    public decimal MaxBasePosition { get; set; }

    /// <summary>Loss in quote since the start of the UTC day that trips the kill switch (<c>max_daily_loss_quote</c>).</summary>
    [Range(0d, 1_000_000_000)]
    public decimal MaxDailyLossQuote { get; set; }

    /// <summary>Whether breaching the daily loss trips the kill switch (<c>kill_switch_enabled</c>). Default true.</summary>
    public bool KillSwitchEnabled { get; set; } = true;
}
