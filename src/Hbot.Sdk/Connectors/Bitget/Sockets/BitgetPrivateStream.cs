using System.Globalization;
using System.Text.Json;
using Hbot.Sdk.Connectors.Bitget.Credentials;
using Hbot.Sdk.Connectors.Bitget.Rest;
using Hbot.Sdk.Connectors.Bitget.Rest.Payloads;
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
        var push = JsonSerializer.Deserialize(json, BitgetJsonContext.Default.SocketPushPayloadSocketFillPayload);
        var list = new List<BitgetFill>();
        foreach (var f in push?.Data ?? [])
        {
            var tradeId = f.TradeId ?? f.ExecId;
            if (tradeId is null || f.OrderId is null) continue;
            var (coin, fee) = BitgetPayloadMapping.Fee(f.FeeDetail, "");
            list.Add(new BitgetFill(f.Symbol ?? f.InstId ?? "", f.OrderId, string.IsNullOrEmpty(f.ClientOid) ? null : f.ClientOid, tradeId,
                BitgetPayloadMapping.Side(f.Side), BitgetNumber.Parse(f.PriceAvg ?? f.ExecPrice), BitgetNumber.Parse(f.Size ?? f.ExecQty), coin, fee,
                f.TradeScope is { } scope && (scope.StartsWith("ma", StringComparison.OrdinalIgnoreCase) || scope == "M"),
                BitgetNumber.ParseTime(f.ExecTime ?? f.CTime ?? f.UTime ?? f.UpdatedTime)));
        }
        return list;
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
