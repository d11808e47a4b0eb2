namespace Hbot.Sdk.Monitoring.Tests;

/// <summary>Finds a system tool the tests drive, or fails naming the Debian package that provides it (never a silent skip).</summary>
internal static class RequiredTool
{
    public static string Find(string tool, string debianPackage)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(
            $"'{tool}' is not installed. Install the Debian package '{debianPackage}' (apt-get install -y {debianPackage}); test.sh does this on CI.");
    }
}
