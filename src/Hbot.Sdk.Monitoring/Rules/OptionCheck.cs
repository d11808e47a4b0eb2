using System.Globalization;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Option validation that names the full option path in its message, e.g. <c>RulePackOptions.Host.CpuUsageRatio</c>.</summary>
internal sealed class OptionCheck(string path)
{
    public OptionCheck For(string section) => new($"{path}.{section}");

    public void Fail(string name, object? value, string problem) =>
        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{path}.{name} {problem} (was '{value}')."), name);

    public void Positive(string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero) Fail(name, value, "must be positive");
    }

    public void Window(string name, TimeSpan value, TimeSpan scrapeInterval)
    {
        if (value < scrapeInterval * 2) Fail(name, value, "must span at least two scrape intervals");
        if (value.Ticks % TimeSpan.TicksPerSecond != 0) Fail(name, value, "must be whole seconds");
    }

    public void NotNegative(string name, TimeSpan value)
    {
        if (value < TimeSpan.Zero) Fail(name, value, "must not be negative");
    }

    public void Ratio(string name, double value)
    {
        if (!(value > 0 && value <= 1)) Fail(name, value, "must be greater than 0 and at most 1");
    }

    public void Positive(string name, double value)
    {
        if (!(value > 0) || double.IsInfinity(value)) Fail(name, value, "must be a positive number");
    }

    public void NotEmpty(string name, string value)
    {
        if (string.IsNullOrWhiteSpace(value)) Fail(name, value, "must not be empty");
    }
}
