namespace Hbot.Sdk.Events;

/// <summary>One REST call finished (successfully or not).</summary>
/// <param name="Timestamp">When it finished.</param>
/// <param name="Exchange">Connector name.</param>
/// <param name="Endpoint">The path template (bounded, never with ids), for example <c>/api/v2/spot/trade/place-order</c>.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="StatusCode">HTTP status, or 0 when no response arrived (timeout, connection error).</param>
/// <param name="Duration">Round-trip time.</param>
/// <param name="ErrorCode">The exchange's error code when the call failed, else null.</param>
public sealed record ExchangeRequestEvent(
    DateTimeOffset Timestamp, string Exchange, string Endpoint, string Method, int StatusCode, TimeSpan Duration, string? ErrorCode) : TradingEvent(Timestamp)
{
    /// <summary>Status class label: <c>2xx</c>, <c>4xx</c>, <c>5xx</c>, or <c>error</c> when no response arrived.</summary>
    public string StatusClass => StatusCode switch
    {
        >= 100 and < 200 => "1xx",
        >= 200 and < 300 => "2xx",
        >= 300 and < 400 => "3xx",
        >= 400 and < 500 => "4xx",
        >= 500 and < 600 => "5xx",
        _ => "error",
    };
}

/// <summary>A client-side rate limiter made a request wait or refused it.</summary>
public sealed record RateLimitEvent(DateTimeOffset Timestamp, string Exchange, string Endpoint, TimeSpan Waited, bool Rejected) : TradingEvent(Timestamp);

/// <summary>A socket connected or disconnected.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Exchange">Connector name.</param>
/// <param name="Socket">Which socket: <c>public</c> or <c>private</c>.</param>
/// <param name="Connected">The new state.</param>
/// <param name="Downtime">On reconnect, how long it was down.</param>
/// <param name="Reason">Why it changed, for example <c>pong_missing</c>, <c>silent</c>, <c>closed</c>, <c>scheduled</c>.</param>
public sealed record SocketStateChangedEvent(
    DateTimeOffset Timestamp, string Exchange, string Socket, bool Connected, TimeSpan? Downtime, string Reason) : TradingEvent(Timestamp);

/// <summary>A socket message arrived on a channel (published per message; observers count it).</summary>
public sealed record SocketMessageEvent(DateTimeOffset Timestamp, string Exchange, string Channel) : TradingEvent(Timestamp);

/// <summary>The connector detected which account kind the keys belong to.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Exchange">Connector name.</param>
/// <param name="AccountKind">For Bitget: <c>classic</c> (V2) or <c>unified</c> (V3).</param>
/// <param name="Forced">Whether configuration forced the kind rather than a probe.</param>
public sealed record AccountKindDetectedEvent(DateTimeOffset Timestamp, string Exchange, string AccountKind, bool Forced) : TradingEvent(Timestamp);

/// <summary>Open orders or fills were reconciled with the exchange over REST.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Exchange">Connector name.</param>
/// <param name="Trigger">Why: <c>start</c>, <c>reconnect</c>, <c>poll</c>.</param>
/// <param name="UnknownOrders">Open orders on the exchange that the bot did not know.</param>
/// <param name="RecoveredFills">Fills found that had not been seen on the socket.</param>
public sealed record ReconciliationEvent(DateTimeOffset Timestamp, string Exchange, string Trigger, int UnknownOrders, int RecoveredFills) : TradingEvent(Timestamp);
