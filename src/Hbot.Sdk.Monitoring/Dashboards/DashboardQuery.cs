namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>A panel query with its refId.</summary>
/// <param name="RefId">The query's id within its panel.</param>
/// <param name="Target">The query.</param>
public sealed record DashboardQuery(string RefId, PanelTarget Target);
