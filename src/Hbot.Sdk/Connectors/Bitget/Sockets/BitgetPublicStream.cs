using System.Collections.Concurrent;
using System.Text.Json;
using Hbot.Sdk.Connectors.Bitget.Rest;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>
/// Public market data of either family over one socket: order books (snapshot + checked updates, resubscribed on any
/// inconsistency), trades and tickers. Books are stale until their first snapshot and again after a disconnect.
/// </summary>
internal sealed class BitgetPublicStream : IAsyncDisposable
{
    private readonly BitgetAccountKind _family;
    private readonly TradingEventStream _events;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly BitgetSocketConnection _socket;
    private readonly ConcurrentDictionary<string, (TradingPair Pair, BitgetBookKeeper Keeper)> _books = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, BitgetTickerState> _tickers = new(StringComparer.OrdinalIgnoreCase);
    private readonly BitgetBookPush _push = new();

    public BitgetPublicStream(BitgetAccountKind family, BitgetSpotOptions options, TradingEventStream events, TimeProvider time, ILogger logger)
    {
        _family = family;
        _events = events;
        _time = time;
        _logger = logger;
        _socket = new BitgetSocketConnection("public", BitgetSocketChannels.PublicUri(options, family), options, events, time, logger, OnMessage);
        _socket.Disconnected += OnDisconnected;
    }

    public event Action<PublicTrade>? TradeReceived;

    public event Action<OrderBook>? OrderBookUpdated;

    public bool IsConnected => _socket.IsConnected;

    public BitgetSocketConnection Connection => _socket;

    public async Task StartAsync(IReadOnlyCollection<(TradingPair Pair, string Symbol)> symbols, CancellationToken cancellationToken)
    {
        var args = new List<string>();
        foreach (var (pair, symbol) in symbols)
        {
            _books.TryAdd(symbol, (pair, new BitgetBookKeeper(pair)));
            args.Add(BitgetSocketChannels.Public(_family, "books", symbol));
            args.Add(BitgetSocketChannels.Public(_family, BitgetSocketChannels.TradeChannel(_family), symbol));
            args.Add(BitgetSocketChannels.Public(_family, "ticker", symbol));
        }
        await _socket.SubscribeAsync(args, cancellationToken).ConfigureAwait(false);
        await _socket.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public OrderBook GetOrderBook(string symbol) =>
        _books.TryGetValue(symbol, out var b) ? b.Keeper.Book : throw new InvalidOperationException($"No order book for {symbol}: the pair was not started.");

    public BitgetTickerState? GetTicker(string symbol) => _tickers.TryGetValue(symbol, out var t) ? t : null;

    private void OnDisconnected(string reason)
    {
        foreach (var (symbol, (pair, keeper)) in _books)
        {
            keeper.Invalidate("reconnect");
            _events.Publish(new OrderBookResyncEvent(_time.GetUtcNow(), BitgetSpotConnector.ExchangeName, pair, "reconnect"));
        }
    }

    private void OnMessage(ReadOnlyMemory<byte> message, BitgetPushHeader header)
    {
        if (header.Channel is null) return;
        _events.Publish(new SocketMessageEvent(_time.GetUtcNow(), BitgetSpotConnector.ExchangeName, header.Channel));
        switch (header.Channel)
        {
            case "books":
                OnBook(message.Span, header);
                break;
            case "trade" or "publicTrade":
                if (!header.IsSnapshot) OnTrades(message.Span, header);
                break;
            case "ticker":
                OnTicker(message.Span, header);
                break;
        }
    }

    private void OnBook(ReadOnlySpan<byte> json, BitgetPushHeader header)
    {
        if (header.Symbol is null || !_books.TryGetValue(header.Symbol, out var entry) || !_push.Parse(json)) return;
        var ts = _push.Timestamp > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(_push.Timestamp) : _time.GetUtcNow();
        var bids = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_push.Bids);
        var asks = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_push.Asks);
        var result = header.IsSnapshot
            ? entry.Keeper.ApplySnapshot(bids, asks, _push.Sequence, _push.Checksum, ts)
            : entry.Keeper.ApplyUpdate(bids, asks, _push.Sequence, _push.PreviousSequence, _push.Checksum, ts);
        switch (result)
        {
            case BitgetBookApplyResult.Applied:
                var book = entry.Keeper.Book;
                _events.Publish(new OrderBookUpdatedEvent(_time.GetUtcNow(), BitgetSpotConnector.ExchangeName, entry.Pair, book.BestBid, book.BestAsk));
                OrderBookUpdated?.Invoke(book);
                break;
            case BitgetBookApplyResult.SequenceGap or BitgetBookApplyResult.ChecksumMismatch or BitgetBookApplyResult.Crossed:
                var reason = result switch
                {
                    BitgetBookApplyResult.SequenceGap => "sequence_gap",
                    BitgetBookApplyResult.ChecksumMismatch => "checksum_mismatch",
                    _ => "crossed",
                };
                _logger.LogWarning("Bitget {Symbol} book discarded ({Reason}); resubscribing for a fresh snapshot", header.Symbol, reason);
                _events.Publish(new OrderBookResyncEvent(_time.GetUtcNow(), BitgetSpotConnector.ExchangeName, entry.Pair, reason));
                _ = _socket.ResubscribeAsync(BitgetSocketChannels.Public(_family, "books", header.Symbol), CancellationToken.None);
                break;
        }
    }

    private void OnTrades(ReadOnlySpan<byte> json, BitgetPushHeader header)
    {
        if (header.Symbol is null || !_books.TryGetValue(header.Symbol, out var entry)) return;
        var reader = new Utf8JsonReader(json);
        using var doc = JsonDocument.ParseValue(ref reader);
        if (!doc.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array) return;
        foreach (var t in data.EnumerateArray())
        {
            // V2: price/size/side/ts; V3: p (or P)/v/S/T.
            var price = BitgetNumber.Parse(Get(t, "price") ?? Get(t, "p") ?? Get(t, "P"));
            var size = BitgetNumber.Parse(Get(t, "size") ?? Get(t, "v"));
            var side = BitgetPayloadMapping.Side(Get(t, "side") ?? Get(t, "S"));
            var time = BitgetNumber.ParseTime(Get(t, "ts") ?? Get(t, "T"));
            if (price <= 0 || size <= 0) continue;
            var trade = new PublicTrade(entry.Pair, side, price, size, time);
            _events.Publish(new PublicTradeEvent(time, BitgetSpotConnector.ExchangeName, entry.Pair, side, price, size));
            TradeReceived?.Invoke(trade);
        }
    }

    private void OnTicker(ReadOnlySpan<byte> json, BitgetPushHeader header)
    {
        if (header.Symbol is null) return;
        var reader = new Utf8JsonReader(json);
        using var doc = JsonDocument.ParseValue(ref reader);
        if (!doc.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array || data.GetArrayLength() == 0) return;
        var t = data[0];
        _tickers[header.Symbol] = new BitgetTickerState(
            BitgetNumber.Parse(Get(t, "lastPr") ?? Get(t, "lastPrice")),
            BitgetNumber.ParseOptional(Get(t, "bidPr") ?? Get(t, "bid1Price")),
            BitgetNumber.ParseOptional(Get(t, "askPr") ?? Get(t, "ask1Price")),
            _time.GetUtcNow());
    }

    internal static string? Get(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    public ValueTask DisposeAsync() => _socket.DisposeAsync();
}
