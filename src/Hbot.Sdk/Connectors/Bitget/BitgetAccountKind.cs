namespace Hbot.Sdk.Connectors.Bitget;

/// <summary>Which Bitget account kind an API key belongs to; each kind has its own API family.</summary>
public enum BitgetAccountKind
{
    /// <summary>Classic account: the V2 API (<c>/api/v2/spot/...</c>, <c>/v2/ws/...</c>).</summary>
    Classic,
    /// <summary>Unified Trading Account: the V3 API (<c>/api/v3/...</c> with <c>category=SPOT</c>, <c>/v3/ws/...</c>).</summary>
    Unified,
}

/// <summary>How the connector chooses the account kind.</summary>
public enum BitgetAccountKindSelection
{
    /// <summary>Probe the V3 account settings at start: success means unified, error 40084 means classic.</summary>
    Detect,
    /// <summary>Always use the classic V2 API.</summary>
    Classic,
    /// <summary>Always use the unified V3 API.</summary>
    Unified,
}

/// <summary>Label helpers for <see cref="BitgetAccountKind"/>.</summary>
public static class BitgetAccountKindExtensions
{
    /// <summary>The bounded label used in events and logs: <c>classic</c> or <c>unified</c>.</summary>
    public static string ToLabel(this BitgetAccountKind kind) => kind == BitgetAccountKind.Unified ? "unified" : "classic";
}
