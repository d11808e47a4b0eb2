using Hbot.Sdk.Monitoring.Rules;

namespace Hbot.Sdk.Monitoring.Tests.Rules;

public sealed class AlertTemplateTests
{
    private static readonly Dictionary<string, string> Labels = new() { ["bot"] = "bot-a", ["instance"] = "host:9400" };

    [Theory]
    [InlineData("{{ $value | humanize }}", 0, "0")]
    [InlineData("{{ $value | humanize }}", 4, "4")]
    [InlineData("{{ $value | humanize }}", 1234567, "1.235M")]
    [InlineData("{{ $value | humanize }}", 0.0012, "1.2m")]
    [InlineData("{{ $value | humanize }}", 30, "30")]
    [InlineData("{{ $value | humanizePercentage }}", 0.875, "87.5%")]
    [InlineData("{{ $value | humanizePercentage }}", 0.05, "5%")]
    [InlineData("{{ $value | humanizePercentage }}", 0.123456, "12.35%")]
    [InlineData("{{ $value | humanizeDuration }}", 135, "2m 15s")]
    [InlineData("{{ $value | humanizeDuration }}", 90061, "1d 1h 1m 1s")]
    [InlineData("{{ $value | humanizeDuration }}", 3600, "1h 0m 0s")]
    [InlineData("{{ $value | humanizeDuration }}", 4.85, "4.85s")]
    [InlineData("{{ $value | humanizeDuration }}", 0.2, "200ms")]
    [InlineData("{{ $value | humanizeDuration }}", 0, "0s")]
    [InlineData("{{ printf \"%.2f\" $value }}", 3.14159, "3.14")]
    [InlineData("{{ $value | printf \"%.1f\" }}", 2, "2.0")]
    public void Values_render_as_prometheus_renders_them(string template, double value, string expected)
    {
        Assert.Equal(expected, AlertTemplate.Render(template, Labels, value));
    }

    [Fact]
    public void Go_g_format_switches_to_exponent_outside_four_digits()
    {
        Assert.Equal("1.235e+04", AlertTemplate.FormatG4(12346));
        Assert.Equal("1e-05", AlertTemplate.FormatG4(0.00001));
        Assert.Equal("1235", AlertTemplate.FormatG4(1234.6));
        Assert.Equal("+Inf", AlertTemplate.FormatG4(double.PositiveInfinity));
        Assert.Equal("NaN", AlertTemplate.FormatG4(double.NaN));
    }

    [Fact]
    public void Labels_render_and_a_missing_label_renders_empty()
    {
        Assert.Equal("Bot bot-a on host:9400, pair .", AlertTemplate.Render("Bot {{ $labels.bot }} on {{$labels.instance}}, pair {{ $labels.trading_pair }}.", Labels, 0));
    }

    [Theory]
    [InlineData("{{ $labels }}")]
    [InlineData("{{ $value }}")]
    [InlineData("{{ $value | title }}")]
    [InlineData("open {{ $labels.bot ")]
    public void Unsupported_actions_are_refused(string template)
    {
        Assert.Throws<FormatException>(() => AlertTemplate.Validate(template));
    }
}
