namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>
/// The promtool scenario of one recording rule: on this input, at <see cref="EvalTime"/>, the recorded series has
/// these labels and exactly this value. promtool compares values exactly, so scenarios use inputs whose result is
/// exact in both Prometheus 2 and 3 (equal rates divided, whole buckets, constant gauges).
/// </summary>
public sealed record RecordingTest
{
    /// <summary>Input series.</summary>
    public required IReadOnlyList<TestSeries> Input { get; init; }

    /// <summary>Labels of the recorded series (without its name).</summary>
    public required IReadOnlyList<RuleLabel> ExpectedLabels { get; init; }

    /// <summary>The recorded value.</summary>
    public required double ExpectedValue { get; init; }

    /// <summary>Test time of the check. Default 10m.</summary>
    public TimeSpan EvalTime { get; init; } = TimeSpan.FromMinutes(10);
}
