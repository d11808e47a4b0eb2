namespace Hbot.Sdk.Monitoring.Health;

/// <summary>When <c>/health</c> reports the bot unhealthy.</summary>
public sealed class BotHealthOptions
{
    /// <summary>The tick loop has stalled when the last tick is older than this many tick intervals (default 5).</summary>
    public double TickStallFactor { get; set; } = 5;

    /// <summary>Lower bound of the stall limit, so a fast tick interval does not flap on a GC pause (default 10 s).</summary>
    public TimeSpan MinimumTickStall { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The tick interval assumed until the bot announces its own (default 1 s).</summary>
    public TimeSpan DefaultTickInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The market data feed has stopped when no order book update arrived for this long (default 30 s).</summary>
    public TimeSpan MaxMarketDataAge { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Describes the first invalid setting, or returns null.</summary>
    internal string? Validate() =>
        TickStallFactor < 1 ? $"Health.TickStallFactor must be at least 1 (was {TickStallFactor})."
        : MinimumTickStall <= TimeSpan.Zero ? $"Health.MinimumTickStall must be positive (was {MinimumTickStall})."
        : DefaultTickInterval <= TimeSpan.Zero ? $"Health.DefaultTickInterval must be positive (was {DefaultTickInterval})."
        : MaxMarketDataAge <= TimeSpan.Zero ? $"Health.MaxMarketDataAge must be positive (was {MaxMarketDataAge})."
        : null;
}
