namespace Hbot.Sdk.Paper;

/// <summary>The built-in fill models (configuration value in brackets).</summary>
public enum PaperFillModel
{
    /// <summary><see cref="QueuePositionFillModel"/> (<c>queue</c>): partial fills behind the queue at the price. The default.</summary>
    Queue,
    /// <summary><see cref="CrossingFillModel"/> (<c>crossing</c>): whole fills when the market crosses the price.</summary>
    Crossing,
}
