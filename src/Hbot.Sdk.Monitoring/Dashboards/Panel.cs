namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>
/// A panel under construction: type, title, unit, thresholds, size and queries. Add it to a
/// <see cref="DashboardBuilder"/>, which places it on the grid and numbers it.
/// </summary>
public sealed class Panel
{
    private readonly List<PanelTarget> _targets = [];
    private readonly List<ThresholdStep> _thresholds = [];

    private Panel(PanelType type, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Type = type;
        Title = title;
        (Width, Height) = type switch
        {
            PanelType.Stat or PanelType.Gauge => (6, 5),
            PanelType.Logs => (24, 12),
            _ => (12, 8),
        };
    }

    /// <summary>The panel type.</summary>
    public PanelType Type { get; }
    /// <summary>The title.</summary>
    public string Title { get; }
    /// <summary>The hover description.</summary>
    public string Description { get; private set; } = "";
    /// <summary>The unit of every field.</summary>
    public GrafanaUnit? Unit { get; private set; }
    /// <summary>Lower bound of the axis or gauge.</summary>
    public double? Min { get; private set; }
    /// <summary>Upper bound of the axis or gauge.</summary>
    public double? Max { get; private set; }
    /// <summary>Width in grid columns.</summary>
    public int Width { get; private set; }
    /// <summary>Height in grid units.</summary>
    public int Height { get; private set; }
    /// <summary>The data source, when it is not the dashboard's Prometheus variable.</summary>
    public DataSourceRef DataSource { get; private set; } = DataSourceRef.PrometheusVariable;
    /// <summary>The queries, in order.</summary>
    public IReadOnlyList<PanelTarget> Targets => _targets;
    /// <summary>Absolute threshold steps, base step first.</summary>
    public IReadOnlyList<ThresholdStep> Thresholds => _thresholds;

    /// <summary>A time series panel.</summary>
    public static Panel TimeSeries(string title) => new(PanelType.TimeSeries, title);
    /// <summary>A single-value stat panel.</summary>
    public static Panel Stat(string title) => new(PanelType.Stat, title);
    /// <summary>A gauge panel.</summary>
    public static Panel Gauge(string title) => new(PanelType.Gauge, title);
    /// <summary>A table panel.</summary>
    public static Panel Table(string title) => new(PanelType.Table, title);
    /// <summary>A bar gauge panel.</summary>
    public static Panel BarGauge(string title) => new(PanelType.BarGauge, title);
    /// <summary>A logs panel (Loki).</summary>
    public static Panel Logs(string title) => new(PanelType.Logs, title);

    /// <summary>Sets the hover description.</summary>
    public Panel WithDescription(string description)
    {
        Description = description ?? "";
        return this;
    }

    /// <summary>Sets the unit.</summary>
    public Panel WithUnit(GrafanaUnit unit)
    {
        Unit = unit;
        return this;
    }

    /// <summary>Sets the value range.</summary>
    public Panel WithRange(double? min, double? max)
    {
        if (min is { } lo && max is { } hi && lo >= hi) throw new ArgumentException($"Panel '{Title}': min {lo} must be below max {hi}.");
        Min = min;
        Max = max;
        return this;
    }

    /// <summary>Sets the size in grid columns (1 to 24) and height units.</summary>
    public Panel WithSize(int width, int height)
    {
        if (width is < 1 or > GridPosition.Columns) throw new ArgumentOutOfRangeException(nameof(width), width, $"Panel '{Title}': width must be 1 to 24.");
        if (height < 1) throw new ArgumentOutOfRangeException(nameof(height), height, $"Panel '{Title}': height must be at least 1.");
        Width = width;
        Height = height;
        return this;
    }

    /// <summary>Sets the width in grid columns, keeping the height.</summary>
    public Panel WithWidthOf(int width) => WithSize(width, Height);

    /// <summary>Queries a data source other than the dashboard's Prometheus variable (Loki for logs).</summary>
    public Panel WithDataSource(DataSourceRef dataSource)
    {
        DataSource = dataSource ?? throw new ArgumentNullException(nameof(dataSource));
        return this;
    }

    /// <summary>Adds a range query.</summary>
    public Panel WithTarget(string expression, string legend = "") => Add(new PanelTarget(expression, legend));

    /// <summary>Adds an instant query (current value only).</summary>
    public Panel WithInstantTarget(string expression, string legend = "") => Add(new PanelTarget(expression, legend, Instant: true));

    /// <summary>Colours values: green below <paramref name="warning"/>, orange from it, red from <paramref name="critical"/>.</summary>
    public Panel WithThresholds(double warning, double critical)
    {
        if (warning >= critical) throw new ArgumentException($"Panel '{Title}': warning threshold {warning} must be below critical {critical}.");
        _thresholds.Clear();
        _thresholds.AddRange([new ThresholdStep("green", null), new ThresholdStep("orange", warning), new ThresholdStep("red", critical)]);
        return this;
    }

    /// <summary>Colours values where low is bad: red below <paramref name="critical"/>, orange below <paramref name="warning"/>, green above.</summary>
    public Panel WithLowThresholds(double critical, double warning)
    {
        if (critical >= warning) throw new ArgumentException($"Panel '{Title}': critical threshold {critical} must be below warning {warning}.");
        _thresholds.Clear();
        _thresholds.AddRange([new ThresholdStep("red", null), new ThresholdStep("orange", critical), new ThresholdStep("green", warning)]);
        return this;
    }

    private Panel Add(PanelTarget target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target.Expression);
        _targets.Add(target);
        return this;
    }
}
