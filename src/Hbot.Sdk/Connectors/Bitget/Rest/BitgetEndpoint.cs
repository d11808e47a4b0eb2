namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>One REST endpoint: method, path (also the bounded metric label), whether it is signed, its rate limit and whether a failed call may simply be repeated.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path starting at <c>/api/</c>.</param>
/// <param name="Signed">Whether the call needs the ACCESS-* headers.</param>
/// <param name="PerSecond">Bitget's documented requests per second (per account for signed calls, per IP otherwise).</param>
/// <param name="Repeatable">Whether a transient failure may be retried blindly (false for placing orders).</param>
public sealed record BitgetEndpoint(string Method, string Path, bool Signed, int PerSecond, bool Repeatable = true);
