using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace Hbot.Sdk.Tests.Packaging;

/// <summary>Packs the two libraries from the build the tests ran on and inspects what a user would install.</summary>
public sealed class PackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Theory]
    [InlineData("Hbot.Sdk")]
    [InlineData("Hbot.Sdk.Monitoring")]
    public async Task Pack_writes_a_package_with_docs_readme_metadata_and_a_symbol_package(string project)
    {
        var root = RepositoryRoot();
        var output = Directory.CreateTempSubdirectory("hbot-pack-").FullName;
        var start = new ProcessStartInfo("dotnet", ["pack", Path.Combine(root, "src", project, project + ".csproj"), "-c", Configuration, "--no-build", "-o", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(process.ExitCode == 0, $"dotnet pack failed:\n{await stdout}\n{await stderr}");

        var nupkg = Assert.Single(Directory.GetFiles(output, project + ".*.nupkg"));
        Assert.Single(Directory.GetFiles(output, project + ".*.snupkg"));
        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains($"lib/net10.0/{project}.dll", entries);
        Assert.Contains($"lib/net10.0/{project}.xml", entries);
        Assert.Contains("README.md", entries);

        await using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(nuspecStream);
        string Meta(string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        Assert.Equal(project, Meta("id"));
        Assert.Equal("MIT", Meta("license"));
        Assert.Equal("README.md", Meta("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("description")));
        Assert.Contains("trading", Meta("tags"), StringComparison.Ordinal);
        Assert.NotNull(nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == "repository"));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hbot.Sdk.sln"))) return dir.FullName;
        throw new InvalidOperationException("Hbot.Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
