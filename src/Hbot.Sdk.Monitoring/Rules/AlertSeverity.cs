namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>How urgent an alert is; written as the <c>severity</c> label.</summary>
public enum AlertSeverity
{
    /// <summary>Pages someone now: money or the bot's ability to trade is at risk.</summary>
    Critical,
    /// <summary>Needs attention within working hours.</summary>
    Warning,
    /// <summary>For dashboards and context; not routed to a person.</summary>
    Info,
}
