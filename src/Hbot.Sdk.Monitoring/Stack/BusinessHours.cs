namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>Working hours for warnings.</summary>
/// <param name="Weekdays">Alertmanager weekday ranges, for example <c>monday:friday</c>.</param>
/// <param name="Start">Start time, <c>HH:MM</c>.</param>
/// <param name="End">End time (exclusive), <c>HH:MM</c>.</param>
/// <param name="Location">IANA time zone, for example <c>Europe/Berlin</c>.</param>
public sealed record BusinessHours(string Weekdays, string Start, string End, string Location);
