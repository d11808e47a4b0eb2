using Hbot.Sdk.Monitoring.Alerting;
using Hbot.Sdk.Monitoring.Deployment;
using Hbot.Sdk.Monitoring.Dashboards;
using Hbot.Sdk.Monitoring.Grafana;
using Hbot.Sdk.Monitoring.Rules;
using Hbot.Sdk.Monitoring.Scraping;

namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>
/// Renders every ops file of a stack from its manifest: Prometheus configuration, Alertmanager routing, Grafana
/// provisioning and dashboards, the compose file, the env template and, with the logs part, Alloy's configuration.
/// Rendering is pure: the same manifest and output directory give byte-identical files.
/// </summary>
public static class StackGenerator
{
    /// <summary>Renders the files for a manifest that will be written under <paramref name="outputDirectory"/>.</summary>
    public static IReadOnlyList<GeneratedFile> Render(StackManifest manifest, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var composeDirectory = Path.GetDirectoryName(Path.Combine(Path.GetFullPath(outputDirectory), StackLayout.ComposeFile))!;
        string StrategyPath(BotDefinition bot) =>
            Path.GetRelativePath(composeDirectory, Path.GetFullPath(Path.Combine(manifest.BaseDirectory, bot.Config))).Replace('\\', '/');

        var files = new List<GeneratedFile>
        {
            new(StackLayout.PrometheusConfig, PrometheusConfigWriter.Write(manifest)),
            new(StackLayout.GrafanaDataSources, GrafanaProvisioningWriter.WriteDataSources(manifest)),
            new(StackLayout.GrafanaDashboardProviders, GrafanaProvisioningWriter.WriteDashboardProviders(manifest)),
            new(StackLayout.ComposeFile, ComposeFileWriter.Write(manifest, StrategyPath)),
            new(StackLayout.EnvTemplate, EnvTemplateWriter.Write(manifest)),
        };
        if (manifest.Parts.Alerts)
        {
            files.Add(new(StackLayout.AlertmanagerConfig, AlertmanagerConfigWriter.Write(manifest)));
            var rules = RuleArtifacts.Render(StackRuleOptions.For(manifest));
            files.Add(new($"{StackLayout.RulesDirectory}/{RuleArtifacts.RuleFileName}", rules.RuleFile));
            files.Add(new($"{StackLayout.RulesDirectory}/{RuleArtifacts.TestFileName}", rules.TestFile));
            files.AddRange(rules.Runbooks.Select(r => new GeneratedFile($"{StackLayout.RunbooksDirectory}/{r.Name}", r.Content)));
        }
        if (manifest.Parts.Logs) files.Add(new(StackLayout.AlloyConfig, AlloyConfigWriter.Write(manifest)));
        foreach (var dashboard in StandardDashboards.Create(DashboardOptionsFor(manifest)))
            files.Add(new($"{StackLayout.DashboardsDirectory}/{dashboard.FileName}", DashboardJson.Write(dashboard)));
        return files;
    }

    /// <summary>The dashboard options a manifest implies.</summary>
    public static DashboardOptions DashboardOptionsFor(StackManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new DashboardOptions
        {
            BotJob = StackServices.BotJob,
            IncludeLogs = manifest.Parts.Logs,
            LokiDataSourceUid = StackServices.LokiDataSourceUid,
            Objectives = manifest.Monitoring.Objectives,
            StaleOrderBookSeconds = manifest.Monitoring.Thresholds.OrderBookStale?.TotalSeconds ?? new ExchangeAlertOptions().BookStaleSeconds,
            RunbookUrlPattern = manifest.Monitoring.RunbookUrl,
        };
    }

    /// <summary>
    /// Writes the files under <paramref name="outputDirectory"/> (creating the bots' data directories), removes files
    /// an earlier generation wrote that the manifest no longer produces (a dashboard, runbook or config of a part
    /// that was turned off), and returns the paths written or removed. Unchanged files are not touched, so
    /// regenerating is idempotent.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(StackManifest manifest, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var changed = new List<string>();
        var files = Render(manifest, outputDirectory);
        foreach (var stale in await StaleFilesAsync(outputDirectory, files, cancellationToken).ConfigureAwait(false))
        {
            File.Delete(Path.Combine(outputDirectory, stale));
            changed.Add(stale);
        }
        foreach (var file in files)
        {
            var path = Path.Combine(outputDirectory, file.Path);
            if (File.Exists(path) && await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) == file.Content) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, file.Content, cancellationToken).ConfigureAwait(false);
            changed.Add(file.Path);
        }
        foreach (var bot in manifest.Bots)
        {
            foreach (var part in new[] { "conf", "logs", "data" })
                Directory.CreateDirectory(Path.Combine(outputDirectory, StackLayout.DataDirectory, bot.Name, part));
        }
        return changed;
    }

    /// <summary>
    /// Files in the generated directories that carry the generator's mark (the header comment, or an <c>hbot-</c>
    /// dashboard) but are not in <paramref name="files"/>. Anything a user added is left alone.
    /// </summary>
    private static async Task<List<string>> StaleFilesAsync(string outputDirectory, IReadOnlyList<GeneratedFile> files, CancellationToken cancellationToken)
    {
        var current = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var stale = new List<string>();
        foreach (var directory in new[] { StackLayout.RulesDirectory, StackLayout.RunbooksDirectory, StackLayout.DashboardsDirectory, "alloy", "alertmanager" })
        {
            var full = Path.Combine(outputDirectory, directory);
            if (!Directory.Exists(full)) continue;
            foreach (var path in Directory.GetFiles(full).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(outputDirectory, path).Replace('\\', '/');
                if (current.Contains(relative)) continue;
                var ours = directory == StackLayout.DashboardsDirectory
                    ? Path.GetFileName(path).StartsWith("hbot-", StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.Ordinal)
                    : HasGeneratedMark(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
                if (ours) stale.Add(relative);
            }
        }
        return stale;
    }

    // Every generated text file says so in its first lines.
    private static bool HasGeneratedMark(string text) =>
        text.AsSpan(0, Math.Min(400, text.Length)).Contains("Generated by Hbot.Sdk", StringComparison.Ordinal);
}
