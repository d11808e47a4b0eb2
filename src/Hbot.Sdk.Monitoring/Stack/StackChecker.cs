using Hbot.Sdk.Monitoring.Deployment;

namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>
/// Checks a generated stack with the real tools: <c>promtool check config</c>, <c>promtool check rules</c>,
/// <c>promtool test rules</c>, <c>amtool check-config</c> and <c>docker-compose config</c>. Tools that are not
/// installed are reported as missing with their Debian package instead of failing the run.
/// </summary>
public static class StackChecker
{
    /// <summary>Runs every check that applies to the files under <paramref name="stackDirectory"/>.</summary>
    public static async Task<IReadOnlyList<ToolCheck>> CheckAsync(string stackDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stackDirectory);
        var root = Path.GetFullPath(stackDirectory);
        var prometheusConfig = Path.Combine(root, StackLayout.PrometheusConfig);
        if (!File.Exists(prometheusConfig))
            throw new FileNotFoundException($"No generated stack in {root}: {StackLayout.PrometheusConfig} is missing; run `stack generate` first.", prometheusConfig);
        var checks = new List<ToolCheck>
        {
            await ExternalTool.Promtool.RunAsync(root, ["check", "config", StackLayout.PrometheusConfig], cancellationToken).ConfigureAwait(false),
        };
        var ruleDirectoryFiles = Files(root, StackLayout.RulesDirectory);
        var tests = ruleDirectoryFiles.Where(IsRuleTest).ToList();
        var rules = ruleDirectoryFiles.Except(tests).ToList();
        if (rules.Count > 0)
            checks.Add(await ExternalTool.Promtool.RunAsync(root, ["check", "rules", .. rules], cancellationToken).ConfigureAwait(false));
        if (tests.Count > 0)
            checks.Add(await ExternalTool.Promtool.RunAsync(root, ["test", "rules", .. tests], cancellationToken).ConfigureAwait(false));
        if (File.Exists(Path.Combine(root, StackLayout.AlertmanagerConfig)))
            checks.Add(await ExternalTool.Amtool.RunAsync(root, ["check-config", StackLayout.AlertmanagerConfig], cancellationToken).ConfigureAwait(false));
        checks.Add(await CheckComposeAsync(root, cancellationToken).ConfigureAwait(false));
        return checks;
    }

    /// <summary>
    /// Runs <c>docker-compose config</c> with the real env file when there is one, otherwise with the template's
    /// variables set to placeholders (which also proves the template lists every variable the compose file needs).
    /// </summary>
    private static async Task<ToolCheck> CheckComposeAsync(string root, CancellationToken cancellationToken)
    {
        var envFile = Path.Combine(root, StackLayout.EnvFile);
        string? placeholderFile = null;
        if (!File.Exists(envFile))
        {
            placeholderFile = Path.Combine(Path.GetTempPath(), $"hbot-stack-check-{Guid.NewGuid():N}.env");
            var lines = (await File.ReadAllLinesAsync(Path.Combine(root, StackLayout.EnvTemplate), cancellationToken).ConfigureAwait(false))
                .Where(line => line.Length > 0 && !line.StartsWith('#'))
                .Select(line => line.EndsWith('=') ? line + "placeholder" : line);
            await File.WriteAllLinesAsync(placeholderFile, lines, cancellationToken).ConfigureAwait(false);
            envFile = placeholderFile;
        }
        try
        {
            return await ExternalTool.DockerCompose.RunAsync(Path.Combine(root, "compose"),
                ["--env-file", envFile, "-f", Path.GetFileName(StackLayout.ComposeFile), "config", "-q"], cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (placeholderFile is not null) File.Delete(placeholderFile);
        }
    }

    private static bool IsRuleTest(string path) => path.EndsWith(".test.yml", StringComparison.Ordinal);

    private static List<string> Files(string root, string directory)
    {
        var full = Path.Combine(root, directory);
        if (!Directory.Exists(full)) return [];
        return [.. Directory.GetFiles(full, "*.yml").Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))];
    }
}
