namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Scrape job names and container names the rules select on; must match the generated prometheus.yml and compose file.</summary>
public sealed class RuleSelectorOptions
{
    /// <summary>Scrape job of the bots. Default <c>hbot</c>.</summary>
    public string BotJob { get; set; } = "hbot";

    /// <summary>Scrape job of node-exporter. Default <c>node-exporter</c>.</summary>
    public string NodeExporterJob { get; set; } = "node-exporter";

    /// <summary>Scrape job of cAdvisor. Default <c>cadvisor</c>.</summary>
    public string CadvisorJob { get; set; } = "cadvisor";

    /// <summary>Scrape job of Prometheus itself. Default <c>prometheus</c>.</summary>
    public string PrometheusJob { get; set; } = "prometheus";

    /// <summary>Scrape job of Alertmanager. Default <c>alertmanager</c>.</summary>
    public string AlertmanagerJob { get; set; } = "alertmanager";

    /// <summary>
    /// Names of the stack's containers (compose container names) that ContainerDown and the container memory alerts
    /// watch; only these are selected, so other containers and systemd cgroups never alert.
    /// </summary>
    public IList<string> ContainerNames { get; set; } = ["hbot", "prometheus", "alertmanager", "grafana", "node-exporter", "cadvisor"];

    /// <summary>Filesystem types the disk alerts ignore (a regular expression). Default: virtual, network and overlay filesystems.</summary>
    public string IgnoredFilesystemTypes { get; set; } = "tmpfs|devtmpfs|ramfs|squashfs|overlay|aufs|nsfs|fuse.*|nfs.*|cifs";

    /// <summary>Selector of the bots: <c>job="hbot"</c>.</summary>
    public string Bot => Job(BotJob);

    /// <summary>Selector of node-exporter.</summary>
    public string Node => Job(NodeExporterJob);

    /// <summary>Selector of cAdvisor.</summary>
    public string Cadvisor => Job(CadvisorJob);

    /// <summary>Selector of Prometheus.</summary>
    public string Prometheus => Job(PrometheusJob);

    /// <summary>Selector of Alertmanager.</summary>
    public string Alertmanager => Job(AlertmanagerJob);

    /// <summary>Selector of the stack's containers on cAdvisor: <c>job="cadvisor",name=~"a|b"</c>.</summary>
    public string Containers => $"{Cadvisor},name=~\"{string.Join('|', ContainerNames.Select(EscapeRegex))}\"";

    /// <summary>Selector of real, local filesystems on node-exporter.</summary>
    public string Filesystems => $"{Node},fstype!=\"\",fstype!~\"{IgnoredFilesystemTypes}\"";

    /// <summary>Selector of every job whose processes export <c>process_start_time_seconds</c> (restart loops).</summary>
    public string ProcessJobs => $"job=~\"{string.Join('|', new[] { BotJob, PrometheusJob, AlertmanagerJob }.Select(EscapeRegex))}\"";

    internal void Validate(OptionCheck check)
    {
        check.NotEmpty(nameof(BotJob), BotJob);
        check.NotEmpty(nameof(NodeExporterJob), NodeExporterJob);
        check.NotEmpty(nameof(CadvisorJob), CadvisorJob);
        check.NotEmpty(nameof(PrometheusJob), PrometheusJob);
        check.NotEmpty(nameof(AlertmanagerJob), AlertmanagerJob);
        check.NotEmpty(nameof(IgnoredFilesystemTypes), IgnoredFilesystemTypes);
        if (ContainerNames.Count == 0) check.Fail(nameof(ContainerNames), "(empty)", "must name at least one container");
        foreach (var name in ContainerNames) check.NotEmpty(nameof(ContainerNames), name);
        (string Name, string Value)[] quoted =
        [
            (nameof(BotJob), BotJob), (nameof(NodeExporterJob), NodeExporterJob), (nameof(CadvisorJob), CadvisorJob),
            (nameof(PrometheusJob), PrometheusJob), (nameof(AlertmanagerJob), AlertmanagerJob), (nameof(IgnoredFilesystemTypes), IgnoredFilesystemTypes),
            .. ContainerNames.Select(n => (nameof(ContainerNames), n)),
        ];
        // These values are pasted inside PromQL string literals.
        foreach (var (name, value) in quoted)
        {
            if (value.Contains('"', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal))
                check.Fail(name, value, "must not contain quotes or backslashes");
        }
    }

    private static string Job(string job) => $"job=\"{job}\"";

    // Only the characters compose allows in names need escaping in a Go regular expression: '.'.
    private static string EscapeRegex(string name) => name.Replace(".", "\\\\.", StringComparison.Ordinal);
}
