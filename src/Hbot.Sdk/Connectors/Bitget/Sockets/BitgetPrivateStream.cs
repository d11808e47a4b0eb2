using System.Globalization;
using System.Text.Json;
using Hbot.Sdk.Connectors.Bitget.Credentials;
using Hbot.Sdk.Connectors.Bitget.Rest;
using Hbot.Sdk.Connectors.Bitget.Rest.Results;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>
/// The private socket of either family: logs in (seconds timestamp, signed <c>GET/user/verify</c>), subscribes the
/// order, fill and account channels and hands parsed pushes to the connector.
/// </summary>
internal sealed class BitgetPrivateStream : IAsyncDisposable
{
    private readonly BitgetAccountKind _family;
    private readonly TradingEventStream _events;
    private readonly TimeProvider _time;
    private readonly BitgetSocketConnection _socket;
    private BitgetOrderPush[] _orderBuffer = new BitgetOrderPush[16];

    public BitgetPrivateStream(BitgetAccountKind family, BitgetSpotOptions options, BitgetCredentials credentials, Func<long> clockOffsetMs,
        TradingEventStream events, TimeProvider time, ILogger logger)
    {
        _family = family;
        _events = events;
        _time = time;
        _socket = new BitgetSocketConnection("private", BitgetSocketChannels.PrivateUri(options, family), options, events, time, logger, OnMessage,
            _ => Task.FromResult(LoginMessage(credentials, (time.GetUtcNow().ToUnixTimeMilliseconds() + clockOffsetMs()) / 1000)));
    }

    public event Action<ReadOnlySpan<BitgetOrderPush>>? OrdersReceived;

    public event Action<IReadOnlyList<BitgetFill>>? FillsReceived;

    public event Action<IReadOnlyList<Balance>>? BalancesReceived;

    public bool IsConnected => _socket.IsConnected;

    public BitgetSocketConnection Connection => _socket;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _socket.SubscribeAsync(BitgetSocketChannels.Private(_family), cancellationToken).ConfigureAwait(false);
        await _socket.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static string LoginMessage(BitgetCredentials credentials, long unixSeconds)
    {
        var ts = unixSeconds.ToString(CultureInfo.InvariantCulture);
        var sign = BitgetSigner.SignSocketLogin(credentials.ApiSecret, unixSeconds);
        return $"{{\"op\":\"login\",\"args\":[{{\"apiKey\":{JsonSerializer.Serialize(credentials.ApiKey, BitgetSocketJson.Default.String)},\"passphrase\":{JsonSerializer.Serialize(credentials.Passphrase.Reveal(), BitgetSocketJson.Default.String)},\"timestamp\":\"{ts}\",\"sign\":\"{sign}\"}}]}}";
    }

    private void OnMessage(ReadOnlyMemory<byte> message, BitgetPushHeader header)
    {
        if (header.Channel is null) return;
        _events.Publish(new SocketMessageEvent(_time.GetUtcNow(), BitgetSpotConnector.ExchangeName, header.Channel));
        switch (header.Channel)
        {
            case "orders" or "order":
                var n = BitgetOrderPushParser.Parse(message.Span, _orderBuffer);
                while (n == _orderBuffer.Length)
                {
                    // A full buffer may have cut the list short: parse again with room for all of it.
                    _orderBuffer = new BitgetOrderPush[_orderBuffer.Length * 2];
                    n = BitgetOrderPushParser.Parse(message.Span, _orderBuffer);
                }
                if (n > 0) OrdersReceived?.Invoke(_orderBuffer.AsSpan(0, n));
                break;
            case "fill":
                FillsReceived?.Invoke(ParseFills(message.Span));
                break;
            case "account":
                BalancesReceived?.Invoke(ParseBalances(message.Span));
                break;
        }
    }

    internal static List<BitgetFill> ParseFills(ReadOnlySpan<byte> json)
    {
        var list = new List<BitgetFill>();
        var reader = new Utf8JsonReader(json);
        using var doc = JsonDocument.ParseValue(ref reader);
        if (!doc.RootElement.TryGetProperty("data", out var data)) return list;
        foreach (var f in data.ValueKind == JsonValueKind.Array ? data.EnumerateArray().ToArray() : [data])
        {
            var tradeId = BitgetPublicStream.Get(f, "tradeId") ?? BitgetPublicStream.Get(f, "execId");
            var orderId = BitgetPublicStream.Get(f, "orderId");
            if (tradeId is null || orderId is null) continue;
            var (coin, fee) = Fee(f);
            var scope = BitgetPublicStream.Get(f, "tradeScope");
            list.Add(new BitgetFill(
                BitgetPublicStream.Get(f, "symbol") ?? BitgetPublicStream.Get(f, "instId") ?? "",
                orderId, BitgetPublicStream.Get(f, "clientOid"), tradeId,
                string.Equals(BitgetPublicStream.Get(f, "side"), "sell", StringComparison.OrdinalIgnoreCase) ? TradeSide.Sell : TradeSide.Buy,
                BitgetNumber.Parse(BitgetPublicStream.Get(f, "priceAvg") ?? BitgetPublicStream.Get(f, "execPrice")),
                BitgetNumber.Parse(BitgetPublicStream.Get(f, "size") ?? BitgetPublicStream.Get(f, "execQty")),
                coin, fee,
                scope is not null && (scope.StartsWith("ma", StringComparison.OrdinalIgnoreCase) || scope == "M"),
                BitgetNumber.ParseTime(BitgetPublicStream.Get(f, "execTime") ?? BitgetPublicStream.Get(f, "cTime") ?? BitgetPublicStream.Get(f, "uTime") ?? BitgetPublicStream.Get(f, "updatedTime"))));
        }
        return list;
    }

    private static (string Coin, decimal Fee) Fee(JsonElement fill)
    {
        if (!fill.TryGetProperty("feeDetail", out var detail)) return ("", 0m);
        var items = detail.ValueKind == JsonValueKind.Array ? detail.EnumerateArray().ToArray() : detail.ValueKind == JsonValueKind.Object ? [detail] : [];
        string coin = "";
        decimal total = 0;
        foreach (var item in items)
        {
            var c = BitgetPublicStream.Get(item, "feeCoin") ?? "";
            var amount = Math.Abs(BitgetNumber.Parse(BitgetPublicStream.Get(item, "totalFee") ?? BitgetPublicStream.Get(item, "fee")));
            if (coin.Length == 0) coin = c;
            if (c == coin) total += amount;
        }
        return (coin, total);
    }

    internal static List<Balance> ParseBalances(ReadOnlySpan<byte> json)
    {
        var list = new List<Balance>();
        var reader = new Utf8JsonReader(json);
        using var doc = JsonDocument.ParseValue(ref reader);
        if (!doc.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array) return list;
        foreach (var item in data.EnumerateArray())
        {
            // V3 nests the coins in a "coin" list; V2 pushes one object per coin.
            var coins = item.TryGetProperty("coin", out var c) && c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().ToArray() : [item];
            foreach (var b in coins)
            {
                var asset = BitgetPublicStream.Get(b, "coin");
                if (asset is null) continue;
                var available = BitgetNumber.Parse(BitgetPublicStream.Get(b, "available"));
                var total = BitgetNumber.ParseOptional(BitgetPublicStream.Get(b, "balance"))
                    ?? available + BitgetNumber.Parse(BitgetPublicStream.Get(b, "frozen")) + BitgetNumber.Parse(BitgetPublicStream.Get(b, "locked"));
                list.Add(new Balance(asset.ToUpperInvariant(), total, available));
            }
        }
        return list;
    }

    public ValueTask DisposeAsync() => _socket.DisposeAsync();
}
