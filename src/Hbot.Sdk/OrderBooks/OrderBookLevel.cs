namespace Hbot.Sdk.OrderBooks;

/// <summary>One price level: the total size resting at a price.</summary>
public readonly record struct OrderBookLevel(decimal Price, decimal Size);
