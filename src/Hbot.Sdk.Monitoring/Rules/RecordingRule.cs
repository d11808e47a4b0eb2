namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>A recording rule: stores the result of <see cref="Rule.Expression"/> as a new series.</summary>
public sealed record RecordingRule : Rule
{
    /// <summary>The recorded series name in <c>level:metric:operations</c> form, for example <c>bot:hbot_fills:rate5m</c>.</summary>
    public required string Record { get; init; }

    /// <summary>The promtool scenario proving the recorded value, or null for a rule without one.</summary>
    public RuleTests.RecordingTest? Test { get; init; }

    /// <inheritdoc />
    public override string Name => Record;
}
