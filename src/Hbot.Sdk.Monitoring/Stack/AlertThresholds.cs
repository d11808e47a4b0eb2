namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>Alert thresholds a manifest may override; <see langword="null"/> keeps the rule pack default.</summary>
public sealed record AlertThresholds
{
    /// <summary>Age after which an order book is stale.</summary>
    public TimeSpan? OrderBookStale { get; init; }
    /// <summary>Time without a completed tick after which a bot counts as stuck.</summary>
    public TimeSpan? TickStale { get; init; }
    /// <summary>Share of exchange requests failing that raises an alert (0 to 1).</summary>
    public double? ExchangeErrorRatio { get; init; }
    /// <summary>Host CPU busy share that raises an alert (0 to 1).</summary>
    public double? HostCpuBusy { get; init; }
    /// <summary>Host memory used share that raises an alert (0 to 1).</summary>
    public double? HostMemoryUsed { get; init; }
    /// <summary>Free disk share below which an alert fires (0 to 1).</summary>
    public double? DiskFree { get; init; }
}
