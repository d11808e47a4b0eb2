using Hbot.Sdk.Monitoring.Rules.RuleTests;

namespace Hbot.Sdk.Monitoring.Tests.Rules;

public sealed class SeriesValuesTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    [Fact]
    public void Constant_values_render_as_one_run()
    {
        Assert.Equal("5x3", SeriesValues.Constant(5).Render(Interval, 4));
    }

    [Fact]
    public void A_clock_counts_seconds_per_sample()
    {
        Assert.Equal("0+15x3", SeriesValues.Clock().Render(Interval, 4));
    }

    [Fact]
    public void Decreasing_and_fractional_steps_render()
    {
        Assert.Equal("10-0.75x2", SeriesValues.Linear(10, -0.05).Render(Interval, 3));
    }

    [Fact]
    public void A_step_splits_into_two_runs()
    {
        Assert.Equal("0x1 2x2", SeriesValues.Step(TimeSpan.FromSeconds(30), 0, 2).Render(Interval, 5));
    }

    [Fact]
    public void Missing_samples_render_as_blanks()
    {
        var values = SeriesValues.From(t => t is >= 15 and < 45 ? null : t);

        Assert.Equal("0 _x2 45+15x1", values.Render(Interval, 5));
    }

    [Fact]
    public void A_single_sample_renders_alone()
    {
        Assert.Equal("7", SeriesValues.Constant(7).Render(Interval, 1));
    }
}
