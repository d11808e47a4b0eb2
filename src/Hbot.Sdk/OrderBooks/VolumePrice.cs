namespace Hbot.Sdk.OrderBooks;

/// <summary>The result of walking the book for a volume.</summary>
/// <param name="AveragePrice">Volume-weighted price over the filled volume (0 when nothing could be filled).</param>
/// <param name="WorstPrice">Price of the last level touched.</param>
/// <param name="FilledVolume">Volume available, at most the requested volume.</param>
public readonly record struct VolumePrice(decimal AveragePrice, decimal WorstPrice, decimal FilledVolume);
