namespace Hbot.Sdk.Tests.Connectors.Bitget.Fake;

/// <summary>A fault the fake server applies to the next request of one path.</summary>
public enum FakeRestFault
{
    /// <summary>HTTP 429 with Bitget's envelope.</summary>
    TooManyRequests,
    /// <summary>HTTP 500 with no envelope.</summary>
    ServerError,
    /// <summary>HTTP 200 with a body that is not JSON.</summary>
    MalformedJson,
    /// <summary>No answer for longer than the client waits.</summary>
    Timeout,
    /// <summary>The request is processed, then the connection is dropped before the answer.</summary>
    LoseAnswer,
    /// <summary>HTTP 400 with Bitget's insufficient-balance code (43012 classic, 25202 unified): a definite refusal.</summary>
    Rejected,
}
