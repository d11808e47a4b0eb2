namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>
/// Builds a dashboard the way Grafana's foundation SDK does (title, uid, variables, rows, panels), but lays panels
/// out itself: a panel that would pass column 24 starts a new line first, every panel gets a full grid position,
/// ids are numbered from 1 in layout order and queries get refIds A, B, C. <see cref="Build"/> refuses a
/// dashboard that breaks any rule in <see cref="DashboardRules"/>.
/// </summary>
public sealed class DashboardBuilder
{
    private readonly string _title;
    private readonly List<object> _items = [];
    private readonly List<TemplateVariable> _variables = [];
    private readonly List<string> _tags = [];
    private readonly List<DashboardLink> _links = [];
    private string? _uid;
    private string _description = "";
    private string _refresh = "30s";
    private string _timeFrom = "now-6h";

    /// <summary>Starts a dashboard with a title.</summary>
    public DashboardBuilder(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        _title = title;
    }

    /// <summary>Sets the stable uid (8 to 40 characters of letters, digits, <c>-</c> and <c>_</c>).</summary>
    public DashboardBuilder Uid(string uid)
    {
        _uid = uid;
        return this;
    }

    /// <summary>Sets the description.</summary>
    public DashboardBuilder Description(string description)
    {
        _description = description ?? "";
        return this;
    }

    /// <summary>Adds tags.</summary>
    public DashboardBuilder Tags(params string[] tags)
    {
        _tags.AddRange(tags);
        return this;
    }

    /// <summary>Sets the auto refresh interval and the start of the default time range.</summary>
    public DashboardBuilder Time(string timeFrom, string refresh)
    {
        _timeFrom = timeFrom;
        _refresh = refresh;
        return this;
    }

    /// <summary>Adds a template variable.</summary>
    public DashboardBuilder WithVariable(TemplateVariable variable)
    {
        _variables.Add(variable ?? throw new ArgumentNullException(nameof(variable)));
        return this;
    }

    /// <summary>Adds a header link.</summary>
    public DashboardBuilder WithLink(string title, string url)
    {
        _links.Add(new DashboardLink(title, url));
        return this;
    }

    /// <summary>Starts a new full-width row; following panels belong to it.</summary>
    public DashboardBuilder WithRow(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        _items.Add(title);
        return this;
    }

    /// <summary>Adds a panel after the previous one, wrapping to a new line when it would not fit.</summary>
    public DashboardBuilder WithPanel(Panel panel)
    {
        _items.Add(panel ?? throw new ArgumentNullException(nameof(panel)));
        return this;
    }

    /// <summary>Lays the dashboard out, numbers panels and queries, and checks it.</summary>
    /// <exception cref="InvalidOperationException">The dashboard breaks a rule; the message lists every problem.</exception>
    public Dashboard Build()
    {
        if (_uid is null) throw new InvalidOperationException($"Dashboard '{_title}' has no uid.");
        var placed = new List<DashboardPanel>();
        int x = 0, y = 0, lineHeight = 0;
        foreach (var item in _items)
        {
            var id = placed.Count + 1;
            if (item is string rowTitle)
            {
                if (x > 0) y += lineHeight;
                placed.Add(new DashboardPanel(id, new GridPosition(0, y, GridPosition.Columns, 1), rowTitle, null, []));
                y += 1;
                x = 0;
                lineHeight = 0;
                continue;
            }
            var panel = (Panel)item;
            if (x + panel.Width > GridPosition.Columns)
            {
                y += lineHeight;
                x = 0;
                lineHeight = 0;
            }
            var queries = panel.Targets.Select((t, i) => new DashboardQuery(RefId(i), t)).ToList();
            placed.Add(new DashboardPanel(id, new GridPosition(x, y, panel.Width, panel.Height), panel.Title, panel, queries));
            x += panel.Width;
            lineHeight = Math.Max(lineHeight, panel.Height);
        }
        var dashboard = new Dashboard(_uid, _title, _description, [.. _tags], _refresh, _timeFrom, [.. _variables], placed, [.. _links]);
        var problems = DashboardRules.Check(dashboard);
        if (problems.Count > 0)
            throw new InvalidOperationException($"Dashboard '{_title}' is invalid:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        return dashboard;
    }

    private static string RefId(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : RefId(index / 26 - 1) + (char)('A' + index % 26);
}
