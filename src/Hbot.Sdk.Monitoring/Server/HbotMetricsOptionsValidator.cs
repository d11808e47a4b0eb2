using Microsoft.Extensions.Options;

namespace Hbot.Sdk.Monitoring.Server;

/// <summary>Validates <see cref="HbotMetricsOptions"/> when the host starts, naming the setting that is wrong.</summary>
internal sealed class HbotMetricsOptionsValidator : IValidateOptions<HbotMetricsOptions>
{
    public ValidateOptionsResult Validate(string? name, HbotMetricsOptions options)
    {
        List<string> failures = [];
        if (!MetricsAddress.TryParse(options.Address, out _, out var error))
            failures.Add($"HbotMetricsOptions.Address (or {HbotMetricsOptions.AddressVariable}): {error}");
        if (!Enum.IsDefined(options.Exporter))
            failures.Add($"HbotMetricsOptions.Exporter: '{options.Exporter}' is not one of {string.Join(", ", Enum.GetNames<MetricsExporter>())}.");
        if (options.BotName is { } bot && string.IsNullOrWhiteSpace(bot))
            failures.Add("HbotMetricsOptions.BotName: must not be blank.");
        if (options.Health.Validate() is { } health) failures.Add("HbotMetricsOptions." + health);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
