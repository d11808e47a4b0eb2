namespace Hbot.Sdk.Markets;

/// <summary>How an order is priced and matched.</summary>
public enum OrderType
{
    /// <summary>A limit order that may take liquidity when it crosses.</summary>
    Limit,
    /// <summary>A post-only limit order: rejected rather than taking liquidity.</summary>
    LimitMaker,
    /// <summary>A market order that walks the book.</summary>
    Market,
}
