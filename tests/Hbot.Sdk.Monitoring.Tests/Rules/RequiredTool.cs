namespace Hbot.Sdk.Monitoring.Tests.Rules;

/// <summary>Finds a system tool on PATH, or fails naming the Debian package that provides it (tests never skip silently).</summary>
internal static class RequiredTool
{
    public static string Find(string tool, string debianPackage)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(
            $"'{tool}' is not installed. Install the Debian package '{debianPackage}' (apt-get install -y {debianPackage}); test.sh does this on CI.");
    }
}
