namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Thresholds of the host pack (node-exporter).</summary>
public sealed class HostAlertOptions
{
    /// <summary>Window of rate() in host rules. Default 5m.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>HighCpuUsage: busy share of all CPUs above this. Default 0.9.</summary>
    public double CpuUsageRatio { get; set; } = 0.9;

    /// <summary>HighCpuUsage 'for'. Default 5m.</summary>
    public TimeSpan CpuFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>HighMemoryUsage: share of memory not available (from MemAvailable) above this. Default 0.85.</summary>
    public double MemoryUsageRatio { get; set; } = 0.85;

    /// <summary>HighMemoryUsage 'for'. Default 5m.</summary>
    public TimeSpan MemoryFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>HighDiskUsage: used share of a writable filesystem above this. Default 0.8.</summary>
    public double DiskUsageRatio { get; set; } = 0.8;

    /// <summary>HighDiskUsage 'for'. Default 10m.</summary>
    public TimeSpan DiskFor { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>DiskAlmostFull: used share above this. Default 0.95.</summary>
    public double DiskFullRatio { get; set; } = 0.95;

    /// <summary>DiskAlmostFull 'for'. Default 5m.</summary>
    public TimeSpan DiskFullFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>HostOutOfInodes: free inode share below this. Default 0.1.</summary>
    public double InodesFreeRatio { get; set; } = 0.1;

    /// <summary>HostOutOfInodes 'for'. Default 10m.</summary>
    public TimeSpan InodesFor { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>ClockSkew: clock offset from the NTP reference beyond this many seconds (either way). Default 0.05.</summary>
    public double ClockOffsetSeconds { get; set; } = 0.05;

    /// <summary>ClockSkew 'for'. Default 10m.</summary>
    public TimeSpan ClockFor { get; set; } = TimeSpan.FromMinutes(10);

    internal void Validate(OptionCheck check, TimeSpan scrape)
    {
        check.Window(nameof(RateWindow), RateWindow, scrape);
        check.Ratio(nameof(CpuUsageRatio), CpuUsageRatio);
        check.NotNegative(nameof(CpuFor), CpuFor);
        check.Ratio(nameof(MemoryUsageRatio), MemoryUsageRatio);
        check.NotNegative(nameof(MemoryFor), MemoryFor);
        check.Ratio(nameof(DiskUsageRatio), DiskUsageRatio);
        check.NotNegative(nameof(DiskFor), DiskFor);
        check.Ratio(nameof(DiskFullRatio), DiskFullRatio);
        check.NotNegative(nameof(DiskFullFor), DiskFullFor);
        check.Ratio(nameof(InodesFreeRatio), InodesFreeRatio);
        check.NotNegative(nameof(InodesFor), InodesFor);
        check.Positive(nameof(ClockOffsetSeconds), ClockOffsetSeconds);
        check.NotNegative(nameof(ClockFor), ClockFor);
    }
}
