namespace Hbot.Sdk.Monitoring.Tests.Rules;

/// <summary>Locates the repository root (the directory holding Hbot.Sdk.sln) from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hbot.Sdk.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No Hbot.Sdk.sln above {AppContext.BaseDirectory}.");
    }
}
