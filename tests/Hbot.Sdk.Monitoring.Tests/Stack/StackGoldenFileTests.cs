using RepositoryRoot = Hbot.Sdk.Monitoring.Tests.Rules.RepositoryRoot;

namespace Hbot.Sdk.Monitoring.Tests.Stack;

/// <summary>
/// Holds every file the sample manifest renders. After an intended change, run the tests with
/// <c>HBOT_UPDATE_GOLDEN=1</c> to rewrite the golden files, then review the diff.
/// </summary>
public class StackGoldenFileTests
{
    private static string GoldenDirectory => Path.Combine(RepositoryRoot.Find(), "tests", "Hbot.Sdk.Monitoring.Tests", "Stack", "Golden");

    private static bool Update => Environment.GetEnvironmentVariable("HBOT_UPDATE_GOLDEN") == "1";

    [Fact]
    public async Task Every_rendered_file_matches_its_golden_copy()
    {
        var files = await StackFixtures.RenderSampleAsync();
        var mismatches = new List<string>();
        foreach (var file in files)
        {
            var golden = Path.Combine(GoldenDirectory, file.Path);
            if (Update)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
                await File.WriteAllTextAsync(golden, file.Content);
                continue;
            }
            if (!File.Exists(golden)) mismatches.Add($"{file.Path}: no golden file");
            else if (await File.ReadAllTextAsync(golden) != file.Content) mismatches.Add($"{file.Path}: differs");
        }
        var rendered = files.Select(f => f.Path.Replace('/', Path.DirectorySeparatorChar)).ToHashSet();
        var stale = Directory.Exists(GoldenDirectory)
            ? Directory.GetFiles(GoldenDirectory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(GoldenDirectory, f)).Where(f => !rendered.Contains(f)).ToList()
            : [];
        if (Update)
        {
            foreach (var path in stale) File.Delete(Path.Combine(GoldenDirectory, path));
            return;
        }
        mismatches.AddRange(stale.Select(path => $"{path}: golden file no longer rendered"));
        Assert.True(mismatches.Count == 0,
            "Rendered stack differs from tests/Hbot.Sdk.Monitoring.Tests/Stack/Golden (rerun with HBOT_UPDATE_GOLDEN=1 if intended):"
            + Environment.NewLine + string.Join(Environment.NewLine, mismatches));
    }
}
