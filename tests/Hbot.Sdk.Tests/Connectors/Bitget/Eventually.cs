namespace Hbot.Sdk.Tests.Connectors.Bitget;

/// <summary>Polls a condition instead of sleeping fixed times (generous timeouts, so slow CI machines pass).</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, double seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"Timed out after {seconds} s waiting for: {what}");
            await Task.Delay(20);
        }
    }
}
