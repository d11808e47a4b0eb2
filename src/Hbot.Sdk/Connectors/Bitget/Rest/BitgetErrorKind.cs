namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>What a Bitget error code means for the caller.</summary>
public enum BitgetErrorKind
{
    /// <summary>A code without a more specific meaning.</summary>
    Other,
    /// <summary>Signature rejected (40009).</summary>
    Signature,
    /// <summary>Request timestamp expired or malformed (40004, 40005, 40008).</summary>
    Timestamp,
    /// <summary>API key, passphrase or header missing or wrong (40001-40003, 40006, 40011, 40012, 40037).</summary>
    Authentication,
    /// <summary>The key lacks the permission (40014, 25620).</summary>
    Permission,
    /// <summary>The source IP is not whitelisted for the key (40018).</summary>
    IpNotAllowed,
    /// <summary>The key belongs to the other account kind (40084 classic key on V3, 40085 unified key on V2).</summary>
    WrongAccountKind,
    /// <summary>Live key used against demo trading or the reverse (40099).</summary>
    WrongEnvironment,
    /// <summary>Not enough balance for the order.</summary>
    InsufficientBalance,
    /// <summary>Order size or value below the symbol's minimum.</summary>
    BelowMinimum,
    /// <summary>Price or size has too many decimals.</summary>
    Precision,
    /// <summary>The order does not exist.</summary>
    OrderNotFound,
    /// <summary>The client order id was already used.</summary>
    DuplicateClientOrderId,
    /// <summary>The symbol is under maintenance, halted or not tradable.</summary>
    Maintenance,
    /// <summary>Too many requests (HTTP 429 or a rate-limit code).</summary>
    RateLimited,
    /// <summary>Exchange-side system error or upgrade; retryable.</summary>
    SystemError,
    /// <summary>A parameter was missing or invalid.</summary>
    InvalidParameter,
    /// <summary>The outcome is unknown (for a placement: check by client order id).</summary>
    UnknownResult,
    /// <summary>The response could not be parsed.</summary>
    MalformedResponse,
    /// <summary>No response: connection failure or timeout.</summary>
    Network,
}
