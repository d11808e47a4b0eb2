namespace Hbot.Sdk.Tests;

/// <summary>Finds the repository root (the folder holding Hbot.Sdk.sln) from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Hbot.Sdk.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException($"No Hbot.Sdk.sln above {AppContext.BaseDirectory}.");
    }
}
