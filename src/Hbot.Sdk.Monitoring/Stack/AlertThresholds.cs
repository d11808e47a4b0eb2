using Hbot.Sdk.Monitoring.Rules;

namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>
/// Alert thresholds a manifest may override (<c>monitoring.thresholds</c>); <see langword="null"/> keeps the rule
/// pack default. Each maps onto one <see cref="RulePackOptions"/> property.
/// </summary>
public sealed record AlertThresholds
{
    /// <summary>Order book age that counts as stale (<see cref="ExchangeAlertOptions.BookStaleSeconds"/>).</summary>
    public TimeSpan? OrderBookStale { get; init; }
    /// <summary>Shortest tick age that counts as not ticking (<see cref="BotAlertOptions.NotTickingMinimum"/>).</summary>
    public TimeSpan? TickStale { get; init; }
    /// <summary>Exchange REST p95 latency bound (<see cref="ExchangeAlertOptions.LatencyP95Seconds"/>).</summary>
    public TimeSpan? ExchangeLatencyP95 { get; init; }
    /// <summary>Failed share of exchange requests (<see cref="ExchangeAlertOptions.ErrorRatio"/>).</summary>
    public double? ExchangeErrorRatio { get; init; }
    /// <summary>Failed share of order attempts (<see cref="BotAlertOptions.OrderFailureRatio"/>).</summary>
    public double? OrderFailureRatio { get; init; }
    /// <summary>Share of the daily loss limit that warns (<see cref="BotAlertOptions.DailyLossRatio"/>).</summary>
    public double? DailyLossRatio { get; init; }
    /// <summary>Available quote balance that is too low (<see cref="BotAlertOptions.LowQuoteBalance"/>).</summary>
    public double? LowQuoteBalance { get; init; }
    /// <summary>Distance of the base share from its target (<see cref="BotAlertOptions.InventoryDeviation"/>).</summary>
    public double? InventoryDeviation { get; init; }
    /// <summary>Host CPU busy share (<see cref="HostAlertOptions.CpuUsageRatio"/>).</summary>
    public double? HostCpuBusy { get; init; }
    /// <summary>Host memory used share (<see cref="HostAlertOptions.MemoryUsageRatio"/>).</summary>
    public double? HostMemoryUsed { get; init; }
    /// <summary>Disk used share that warns (<see cref="HostAlertOptions.DiskUsageRatio"/>).</summary>
    public double? DiskUsed { get; init; }
    /// <summary>Disk used share that pages (<see cref="HostAlertOptions.DiskFullRatio"/>).</summary>
    public double? DiskFull { get; init; }
    /// <summary>Container working set share of its memory limit (<see cref="ContainerAlertOptions.MemoryLimitRatio"/>).</summary>
    public double? ContainerMemory { get; init; }

    /// <summary>Writes every set threshold into the rule pack options.</summary>
    public void ApplyTo(RulePackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (OrderBookStale is { } stale) options.Exchange.BookStaleSeconds = stale.TotalSeconds;
        if (TickStale is { } tick) options.Bot.NotTickingMinimum = tick;
        if (ExchangeLatencyP95 is { } latency) options.Exchange.LatencyP95Seconds = latency.TotalSeconds;
        if (ExchangeErrorRatio is { } errors) options.Exchange.ErrorRatio = errors;
        if (OrderFailureRatio is { } failures) options.Bot.OrderFailureRatio = failures;
        if (DailyLossRatio is { } loss) options.Bot.DailyLossRatio = loss;
        if (LowQuoteBalance is { } balance) options.Bot.LowQuoteBalance = balance;
        if (InventoryDeviation is { } inventory) options.Bot.InventoryDeviation = inventory;
        if (HostCpuBusy is { } cpu) options.Host.CpuUsageRatio = cpu;
        if (HostMemoryUsed is { } memory) options.Host.MemoryUsageRatio = memory;
        if (DiskUsed is { } diskUsed) options.Host.DiskUsageRatio = diskUsed;
        if (DiskFull is { } diskFull) options.Host.DiskFullRatio = diskFull;
        if (ContainerMemory is { } container) options.Containers.MemoryLimitRatio = container;
    }
}
