namespace Hbot.Sdk.Connectors.Bitget;

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
