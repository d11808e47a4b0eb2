namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>One query of a panel.</summary>
/// <param name="Expression">PromQL (or LogQL for Loki panels).</param>
/// <param name="Legend">Legend format, for example <c>{{bot}}</c>; empty for the default.</param>
/// <param name="Instant">Whether the query is an instant query (tables, stats of current state).</param>
public sealed record PanelTarget(string Expression, string Legend = "", bool Instant = false);
