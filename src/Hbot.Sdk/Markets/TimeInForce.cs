namespace Hbot.Sdk.Markets;

/// <summary>How long an order stays working.</summary>
public enum TimeInForce
{
    /// <summary>Good till cancelled.</summary>
    GoodTillCancel,
    /// <summary>Fill what can be filled at once, cancel the rest.</summary>
    ImmediateOrCancel,
    /// <summary>Fill completely at once or cancel.</summary>
    FillOrKill,
}
