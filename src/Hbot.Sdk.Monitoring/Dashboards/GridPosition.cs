namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>A panel's place on Grafana's 24-column grid (each height unit is 30 px).</summary>
/// <param name="X">Column, 0 to 23.</param>
/// <param name="Y">Row from the top.</param>
/// <param name="W">Width in columns, 1 to 24.</param>
/// <param name="H">Height in grid units.</param>
public readonly record struct GridPosition(int X, int Y, int W, int H)
{
    /// <summary>Number of columns in Grafana's grid.</summary>
    public const int Columns = 24;
}
