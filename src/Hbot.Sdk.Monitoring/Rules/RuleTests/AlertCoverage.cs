namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>Coverage of one alert.</summary>
/// <param name="AlertName">The alert.</param>
/// <param name="HasFiringCase">A check expects it to fire.</param>
/// <param name="HasQuietCase">A check expects it not to fire.</param>
/// <param name="HasBeforeForCase">A check proves it waits for its 'for'.</param>
/// <param name="IsDeadMansSwitch">An always-firing alert proven to fire at the first evaluation.</param>
public sealed record AlertCoverage(string AlertName, bool HasFiringCase, bool HasQuietCase, bool HasBeforeForCase, bool IsDeadMansSwitch)
{
    /// <summary>Covered: fires and stays quiet where it should (or is a proven dead man's switch).</summary>
    public bool IsCovered => HasFiringCase && (HasQuietCase || IsDeadMansSwitch);
}
