namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>Socket paths and subscription arguments of both families (V2 <c>channel</c>/<c>instId</c>, V3 <c>topic</c>/<c>symbol</c>).</summary>
internal static class BitgetSocketChannels
{
    public static Uri PublicUri(BitgetSpotOptions options, BitgetAccountKind family) =>
        new(options.ActiveSocketBaseAddress, family == BitgetAccountKind.Unified ? "/v3/ws/public" : "/v2/ws/public");

    public static Uri PrivateUri(BitgetSpotOptions options, BitgetAccountKind family) =>
        new(options.ActiveSocketBaseAddress, family == BitgetAccountKind.Unified ? "/v3/ws/private" : "/v2/ws/private");

    public static string TradeChannel(BitgetAccountKind family) => family == BitgetAccountKind.Unified ? "publicTrade" : "trade";

    public static string Public(BitgetAccountKind family, string channel, string symbol) => family == BitgetAccountKind.Unified
        ? $"{{\"instType\":\"spot\",\"topic\":\"{channel}\",\"symbol\":\"{symbol}\"}}"
        : $"{{\"instType\":\"SPOT\",\"channel\":\"{channel}\",\"instId\":\"{symbol}\"}}";

    public static IReadOnlyList<string> Private(BitgetAccountKind family) => family == BitgetAccountKind.Unified
        ? ["{\"instType\":\"UTA\",\"topic\":\"order\"}", "{\"instType\":\"UTA\",\"topic\":\"fill\"}", "{\"instType\":\"UTA\",\"topic\":\"account\"}"]
        : ["{\"instType\":\"SPOT\",\"channel\":\"orders\",\"instId\":\"default\"}", "{\"instType\":\"SPOT\",\"channel\":\"fill\",\"instId\":\"default\"}",
           "{\"instType\":\"SPOT\",\"channel\":\"account\",\"coin\":\"default\"}"];
}
