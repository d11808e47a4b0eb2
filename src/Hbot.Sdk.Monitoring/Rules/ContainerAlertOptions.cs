namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Thresholds of the container pack.</summary>
public sealed class ContainerAlertOptions
{
    /// <summary>ContainerDown: a watched container not seen by cAdvisor for longer than this. Default 60s.</summary>
    public TimeSpan DownAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>ContainerDown: how far back the last sighting is looked up, so a stopped container keeps alerting after cAdvisor drops it. Default 1h.</summary>
    public TimeSpan DownLookback { get; set; } = TimeSpan.FromHours(1);

    /// <summary>ContainerDown 'for'. Default 1m.</summary>
    public TimeSpan DownFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>ContainerRestartLoop: more process restarts than this within <see cref="RestartWindow"/>. Default 3.</summary>
    public int RestartLimit { get; set; } = 3;

    /// <summary>ContainerRestartLoop window. Default 15m.</summary>
    public TimeSpan RestartWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>ContainerRestartLoop 'for'. Default 1m.</summary>
    public TimeSpan RestartFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>ContainerOomKilled: window in which an OOM kill keeps the alert active. Default 15m.</summary>
    public TimeSpan OomWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>ContainerOomKilled 'for'. Default 1m.</summary>
    public TimeSpan OomFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>ContainerHighMemory: working set above this share of the memory limit. Default 0.9.</summary>
    public double MemoryLimitRatio { get; set; } = 0.9;

    /// <summary>ContainerHighMemory 'for'. Default 5m.</summary>
    public TimeSpan MemoryFor { get; set; } = TimeSpan.FromMinutes(5);

    internal void Validate(OptionCheck check, TimeSpan scrape)
    {
        check.Positive(nameof(DownAfter), DownAfter);
        check.Window(nameof(DownLookback), DownLookback, scrape);
        check.NotNegative(nameof(DownFor), DownFor);
        if (RestartLimit < 1) check.Fail(nameof(RestartLimit), RestartLimit, "must be at least 1");
        check.Window(nameof(RestartWindow), RestartWindow, scrape);
        check.NotNegative(nameof(RestartFor), RestartFor);
        check.Window(nameof(OomWindow), OomWindow, scrape);
        check.NotNegative(nameof(OomFor), OomFor);
        check.Ratio(nameof(MemoryLimitRatio), MemoryLimitRatio);
        check.NotNegative(nameof(MemoryFor), MemoryFor);
    }
}
