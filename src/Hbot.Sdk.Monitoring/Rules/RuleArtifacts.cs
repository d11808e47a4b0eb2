using Hbot.Sdk.Monitoring.Rules.RuleTests;
using Hbot.Sdk.Monitoring.Runbooks;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>
/// Renders and writes everything the default packs produce: the Prometheus rule file, its promtool test file
/// (which loads the rule file by its relative name, so both go in one directory) and one runbook per alert.
/// </summary>
public static class RuleArtifacts
{
    /// <summary>File name of the rule file.</summary>
    public const string RuleFileName = "hbot-rules.yml";

    /// <summary>File name of the promtool test file.</summary>
    public const string TestFileName = "hbot-rules.test.yml";

    /// <summary>Renders all artifacts in memory, keyed by path relative to the output (rules and runbooks directories).</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="RuleLintException">A rule breaks a lint rule.</exception>
    public static RenderedRuleArtifacts Render(RulePackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var packs = RulePacks.Default(options);
        var suite = RuleTestGenerator.Generate(packs, options, [RuleFileName]);
        var runbooks = packs.SelectMany(p => p.Alerts)
            .Select(a => new RenderedFile(RunbookWriter.FileName(a), RunbookWriter.Write(a, options)))
            .ToList();
        return new RenderedRuleArtifacts(packs, suite, RuleFileWriter.Write(packs), RuleTestFileWriter.Write(suite), runbooks);
    }

    /// <summary>
    /// Writes <c>hbot-rules.yml</c> and <c>hbot-rules.test.yml</c> into <paramref name="rulesDirectory"/> and one
    /// <c>&lt;AlertName&gt;.md</c> per alert into <paramref name="runbooksDirectory"/> (directories are created;
    /// files are overwritten with LF line ends and UTF-8 without BOM).
    /// </summary>
    /// <returns>The full paths written, rule file first.</returns>
    public static async Task<IReadOnlyList<string>> WriteAsync(string rulesDirectory, string runbooksDirectory, RulePackOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rulesDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(runbooksDirectory);
        var rendered = Render(options);
        Directory.CreateDirectory(rulesDirectory);
        Directory.CreateDirectory(runbooksDirectory);
        var files = new List<(string Path, string Content)>
        {
            (Path.Combine(rulesDirectory, RuleFileName), rendered.RuleFile),
            (Path.Combine(rulesDirectory, TestFileName), rendered.TestFile),
        };
        files.AddRange(rendered.Runbooks.Select(r => (Path.Combine(runbooksDirectory, r.Name), r.Content)));
        foreach (var (path, content) in files)
            await File.WriteAllTextAsync(path, content, new System.Text.UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return files.Select(f => Path.GetFullPath(f.Path)).ToList();
    }
}
