namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Thresholds of the Prometheus and Alertmanager self-monitoring pack.</summary>
public sealed class MonitoringAlertOptions
{
    /// <summary>PrometheusTargetDown 'for'. Default 5m.</summary>
    public TimeSpan TargetDownFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>PrometheusRuleEvaluationFailures: window in which any failure keeps the alert active. Default 5m.</summary>
    public TimeSpan RuleFailuresWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>PrometheusRuleEvaluationFailures 'for'. Default 1m.</summary>
    public TimeSpan RuleFailuresFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>PrometheusConfigReloadFailed: window over which the last reload must have failed throughout. Default 5m.</summary>
    public TimeSpan ReloadWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>PrometheusConfigReloadFailed 'for'. Default 5m.</summary>
    public TimeSpan ReloadFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>AlertmanagerNotificationsFailing: failed share of notifications above this. Default 0.01.</summary>
    public double NotificationFailureRatio { get; set; } = 0.01;

    /// <summary>AlertmanagerNotificationsFailing rate window. Default 15m.</summary>
    public TimeSpan NotificationWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>AlertmanagerNotificationsFailing 'for'. Default 5m.</summary>
    public TimeSpan NotificationFor { get; set; } = TimeSpan.FromMinutes(5);

    internal void Validate(OptionCheck check, TimeSpan scrape)
    {
        check.NotNegative(nameof(TargetDownFor), TargetDownFor);
        check.Window(nameof(RuleFailuresWindow), RuleFailuresWindow, scrape);
        check.NotNegative(nameof(RuleFailuresFor), RuleFailuresFor);
        check.Window(nameof(ReloadWindow), ReloadWindow, scrape);
        check.NotNegative(nameof(ReloadFor), ReloadFor);
        check.Ratio(nameof(NotificationFailureRatio), NotificationFailureRatio);
        check.Window(nameof(NotificationWindow), NotificationWindow, scrape);
        check.NotNegative(nameof(NotificationFor), NotificationFor);
    }
}
