namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>What an alert check in a promtool test proves.</summary>
public enum AlertCaseKind
{
    /// <summary>The alert fires on the failing input, with the expected labels and annotations.</summary>
    Firing,
    /// <summary>The alert does not fire yet on the failing input, because its 'for' has not passed.</summary>
    BeforeFor,
    /// <summary>The alert stays quiet on the healthy input.</summary>
    Quiet,
}
