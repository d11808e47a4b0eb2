namespace Hbot.Sdk.Connectors.Bitget;

/// <summary>Which Bitget account kind an API key belongs to; each kind has its own API family.</summary>
public enum BitgetAccountKind
{
    /// <summary>Classic account: the V2 API (<c>/api/v2/spot/...</c>, <c>/v2/ws/...</c>).</summary>
    Classic,
    /// <summary>Unified Trading Account: the V3 API (<c>/api/v3/...</c> with <c>category=SPOT</c>, <c>/v3/ws/...</c>).</summary>
    Unified,
}
