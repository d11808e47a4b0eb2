namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>A built dashboard: laid out, numbered and checked. Render it with <see cref="DashboardJson"/>.</summary>
public sealed record Dashboard
{
    /// <summary>The schema version written; 42 is the last version of the v1 dashboard JSON model.</summary>
    public const int SchemaVersion = 42;

    internal Dashboard(string uid, string title, string description, IReadOnlyList<string> tags, string refresh, string timeFrom,
        IReadOnlyList<TemplateVariable> variables, IReadOnlyList<DashboardPanel> panels, IReadOnlyList<DashboardLink> links)
    {
        Uid = uid;
        Title = title;
        Description = description;
        Tags = tags;
        Refresh = refresh;
        TimeFrom = timeFrom;
        Variables = variables;
        Panels = panels;
        Links = links;
    }

    /// <summary>Stable uid (8 to 40 characters) so provisioning updates the same dashboard.</summary>
    public string Uid { get; }
    /// <summary>Title.</summary>
    public string Title { get; }
    /// <summary>Description.</summary>
    public string Description { get; }
    /// <summary>Tags.</summary>
    public IReadOnlyList<string> Tags { get; }
    /// <summary>Auto refresh interval, for example <c>30s</c>.</summary>
    public string Refresh { get; }
    /// <summary>Start of the default time range, for example <c>now-6h</c>.</summary>
    public string TimeFrom { get; }
    /// <summary>Template variables, in order.</summary>
    public IReadOnlyList<TemplateVariable> Variables { get; }
    /// <summary>Rows and panels in layout order.</summary>
    public IReadOnlyList<DashboardPanel> Panels { get; }
    /// <summary>Links shown in the dashboard header (runbooks, other dashboards).</summary>
    public IReadOnlyList<DashboardLink> Links { get; }

    /// <summary>File name used for provisioning, <c>&lt;uid&gt;.json</c>.</summary>
    public string FileName => Uid + ".json";
}
