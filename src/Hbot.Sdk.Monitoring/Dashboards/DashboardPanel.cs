namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>A panel or row as placed on a built dashboard: its id, grid position and numbered queries.</summary>
/// <param name="Id">Panel id, unique in the dashboard, numbered from 1 in layout order.</param>
/// <param name="Position">Full grid position.</param>
/// <param name="Title">Title.</param>
/// <param name="Panel">The panel, or <see langword="null"/> for a row header.</param>
/// <param name="Queries">The queries with their refIds (<c>A</c>, <c>B</c>, ...); empty for a row.</param>
public sealed record DashboardPanel(int Id, GridPosition Position, string Title, Panel? Panel, IReadOnlyList<DashboardQuery> Queries)
{
    /// <summary>Whether this is a row header.</summary>
    public bool IsRow => Panel is null;
}
