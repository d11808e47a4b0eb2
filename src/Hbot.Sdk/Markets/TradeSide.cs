namespace Hbot.Sdk.Markets;

/// <summary>The side of an order or trade.</summary>
public enum TradeSide
{
    /// <summary>Buying the base asset.</summary>
    Buy,
    /// <summary>Selling the base asset.</summary>
    Sell,
}
