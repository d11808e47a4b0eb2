namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>A link in the dashboard header.</summary>
/// <param name="Title">Link text.</param>
/// <param name="Url">Target address (absolute, or relative to Grafana).</param>
public sealed record DashboardLink(string Title, string Url);
