namespace Hbot.Sdk.Strategies;

/// <summary>One order a market-making proposal wants on the book.</summary>
/// <param name="Price">Quantized limit price.</param>
/// <param name="Amount">Quantized size in base.</param>
public readonly record struct ProposedOrder(decimal Price, decimal Amount);
