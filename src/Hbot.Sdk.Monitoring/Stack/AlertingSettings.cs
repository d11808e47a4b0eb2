namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>Where alerts go.</summary>
public sealed record AlertingSettings
{
    /// <summary>The receivers, in manifest order.</summary>
    public IReadOnlyList<AlertReceiver> Receivers { get; init; } = [];
    /// <summary>When set, warnings are only sent inside these hours; critical alerts always page.</summary>
    public BusinessHours? BusinessHours { get; init; }
    /// <summary>How often a still-firing critical alert is sent again.</summary>
    public TimeSpan CriticalRepeatInterval { get; init; } = TimeSpan.FromHours(1);
    /// <summary>How often a still-firing warning is sent again.</summary>
    public TimeSpan WarningRepeatInterval { get; init; } = TimeSpan.FromHours(4);
}
