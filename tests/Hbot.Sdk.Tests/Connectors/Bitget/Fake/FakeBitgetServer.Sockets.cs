using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Connectors.Bitget.Credentials;
using Hbot.Sdk.Connectors.Bitget.Rest;
using Microsoft.AspNetCore.Http;

namespace Hbot.Sdk.Tests.Connectors.Bitget.Fake;

/// <summary>The socket side of the fake: public books/trades/tickers and private orders/fills, with socket faults.</summary>
internal sealed partial class FakeBitgetServer
{
    private readonly ConcurrentDictionary<Guid, FakeSocketConnection> _connections = new();
    private readonly SortedDictionary<decimal, (string P, string S)> _bookBids = InitialSide(buy: true);
    private readonly SortedDictionary<decimal, (string P, string S)> _bookAsks = InitialSide(buy: false);
    private long _bookSeq = 100;
    private int _socketConnects;

    /// <summary>Answer <c>ping</c> with <c>pong</c> (false simulates a missing pong).</summary>
    public bool AnswerPings { get; set; } = true;

    /// <summary>Send nothing at all on public sockets (no pongs, no data).</summary>
    public bool SilentPublic { get; set; }

    /// <summary>Refuse every socket login with 30005.</summary>
    public bool RejectLogins { get; set; }

    /// <summary>Refuse new socket connections (HTTP 503), to keep a client disconnected.</summary>
    public bool RefuseSockets { get; set; }

    /// <summary>Socket connections accepted so far.</summary>
    public int SocketConnects => Volatile.Read(ref _socketConnects);

    public int ConnectedPrivateSockets => _connections.Values.Count(c => c.IsPrivate && c.LoggedIn && c.Socket.State == WebSocketState.Open);

    public int ConnectedPublicSockets => _connections.Values.Count(c => !c.IsPrivate && c.Socket.State == WebSocketState.Open);

    private static SortedDictionary<decimal, (string, string)> InitialSide(bool buy)
    {
        var side = new SortedDictionary<decimal, (string, string)>();
        for (var i = 0; i < 30; i++)
        {
            var price = buy ? 50_000m - i * 0.5m : 50_001m + i * 0.5m;
            // Trailing zeros on purpose: the checksum must use the original strings.
            var p = price.ToString("0.00", CultureInfo.InvariantCulture);
            var s = (0.1m + i * 0.01m).ToString("0.0000", CultureInfo.InvariantCulture);
            side[price] = (p, s);
        }
        return side;
    }

    /// <summary>Drops every socket connection.</summary>
    public void DropSockets()
    {
        foreach (var c in _connections.Values) c.Abort();
    }

    private async Task HandleSocketAsync(HttpContext context)
    {
        if (RefuseSockets)
        {
            context.Response.StatusCode = 503;
            return;
        }
        var path = context.Request.Path.Value ?? "";
        var socket = await context.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref _socketConnects);
        var connection = new FakeSocketConnection(socket, path.EndsWith("/private", StringComparison.Ordinal), path.StartsWith("/v3/", StringComparison.Ordinal));
        var id = Guid.NewGuid();
        _connections[id] = connection;
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var count = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close) return;
                    count += result.Count;
                }
                while (!result.EndOfMessage);
                var text = Encoding.UTF8.GetString(buffer, 0, count);
                if (text == "ping")
                {
                    if (AnswerPings && !(SilentPublic && !connection.IsPrivate)) await connection.SendAsync("pong");
                    continue;
                }
                await OnClientMessageAsync(connection, JsonNode.Parse(text)!);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Dropped by a fault or by the client.
        }
        finally
        {
            _connections.TryRemove(id, out _);
        }
    }

    private async Task OnClientMessageAsync(FakeSocketConnection c, JsonNode message)
    {
        var op = message["op"]?.GetValue<string>();
        var args = message["args"]?.AsArray() ?? [];
        if (op == "login")
        {
            var a = args[0]!;
            var ts = long.Parse(a["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            var ok = !RejectLogins && a["apiKey"]!.GetValue<string>() == ApiKey && a["passphrase"]!.GetValue<string>() == Passphrase
                && Math.Abs(NowMs / 1000 - ts) <= 30 && a["sign"]!.GetValue<string>() == BitgetSigner.SignSocketLogin(new Secret(ApiSecret), ts);
            c.LoggedIn = ok;
            // V2 answers a numeric code, V3 a string one: both readings of the documentation.
            await c.SendAsync(ok ? (c.Unified ? "{\"event\":\"login\",\"code\":\"0\",\"msg\":\"\"}" : "{\"event\":\"login\",\"code\":0}") : (RejectLogins ? "{\"event\":\"error\",\"code\":30005,\"msg\":\"Login failed\"}" : "{\"event\":\"error\",\"code\":30015,\"msg\":\"Invalid sign\"}"));
            return;
        }
        foreach (var arg in args)
        {
            var channel = (arg!["channel"] ?? arg["topic"])?.GetValue<string>() ?? "";
            if (op == "unsubscribe")
            {
                c.Channels.Remove(channel);
                await c.SendAsync(new JsonObject { ["event"] = "unsubscribe", ["arg"] = arg.DeepClone() }.ToJsonString());
                continue;
            }
            if (c.IsPrivate && !c.LoggedIn)
            {
                await c.SendAsync("{\"event\":\"error\",\"code\":30004,\"msg\":\"You are not logged in\"}");
                continue;
            }
            c.Channels.Add(channel);
            await c.SendAsync(new JsonObject { ["event"] = "subscribe", ["arg"] = arg.DeepClone() }.ToJsonString());
            if (SilentPublic && !c.IsPrivate) continue;
            if (channel == "books") await c.SendAsync(BookMessage(c.Unified, snapshot: true, Snapshot(), 0, corruptChecksum: false));
            if (channel == "ticker") await c.SendAsync(TickerMessage(c.Unified));
            if (channel is "trade" or "publicTrade") await c.SendAsync(TradeMessage(c.Unified, "snapshot", "49999.5", "0.5", "sell"));
        }
    }

    private (JsonArray Bids, JsonArray Asks) Snapshot()
    {
        lock (_gate) return (new JsonArray([.. _bookBids.Reverse().Select(l => (JsonNode)new JsonArray(l.Value.P, l.Value.S))]),
            new JsonArray([.. _bookAsks.Select(l => (JsonNode)new JsonArray(l.Value.P, l.Value.S))]));
    }

    /// <summary>The fake's own checksum of its book (independent of the SDK's code).</summary>
    private int Checksum()
    {
        lock (_gate)
        {
            var bids = _bookBids.Reverse().Take(25).ToList();
            var asks = _bookAsks.Take(25).ToList();
            var parts = new List<string>();
            for (var i = 0; i < 25; i++)
            {
                if (i < bids.Count) parts.Add($"{bids[i].Value.P}:{bids[i].Value.S}");
                if (i < asks.Count) parts.Add($"{asks[i].Value.P}:{asks[i].Value.S}");
            }
            return unchecked((int)Crc32.HashToUInt32(Encoding.UTF8.GetBytes(string.Join(":", parts))));
        }
    }

    private string BookMessage(bool unified, bool snapshot, (JsonArray Bids, JsonArray Asks) levels, long pseq, bool corruptChecksum)
    {
        long seq;
        lock (_gate) seq = _bookSeq;
        var checksum = unified ? 0 : Checksum() + (corruptChecksum ? 1 : 0);
        var data = unified
            ? new JsonObject { ["a"] = levels.Asks, ["b"] = levels.Bids, ["seq"] = seq, ["pseq"] = snapshot ? 0 : pseq, ["checksum"] = checksum, ["ts"] = T(NowMs) }
            : new JsonObject { ["asks"] = levels.Asks, ["bids"] = levels.Bids, ["checksum"] = checksum, ["seq"] = seq, ["ts"] = T(NowMs) };
        var arg = unified
            ? new JsonObject { ["instType"] = "spot", ["topic"] = "books", ["symbol"] = Symbol }
            : new JsonObject { ["instType"] = "SPOT", ["channel"] = "books", ["instId"] = Symbol };
        return new JsonObject { ["action"] = snapshot ? "snapshot" : "update", ["arg"] = arg, ["data"] = new JsonArray(data), ["ts"] = NowMs }.ToJsonString();
    }

    /// <summary>
    /// Changes book levels (size "0" removes) and pushes the update. <paramref name="lose"/> applies it without sending
    /// (a lost message, so the next update shows a gap); <paramref name="corruptChecksum"/> pushes a wrong checksum (V2).
    /// </summary>
    public async Task UpdateBookAsync(IReadOnlyList<(bool Bid, string Price, string Size)> changes, bool lose = false, bool corruptChecksum = false)
    {
        long pseq;
        lock (_gate)
        {
            foreach (var (bid, p, s) in changes)
            {
                var side = bid ? _bookBids : _bookAsks;
                var price = decimal.Parse(p, CultureInfo.InvariantCulture);
                if (decimal.Parse(s, CultureInfo.InvariantCulture) == 0) side.Remove(price); else side[price] = (p, s);
            }
            pseq = _bookSeq;
            _bookSeq++;
        }
        if (lose) return;
        var levels = (new JsonArray([.. changes.Where(c => c.Bid).Select(c => (JsonNode)new JsonArray(c.Price, c.Size))]),
            new JsonArray([.. changes.Where(c => !c.Bid).Select(c => (JsonNode)new JsonArray(c.Price, c.Size))]));
        foreach (var c in _connections.Values.Where(c => !c.IsPrivate && c.Channels.Contains("books")))
            await c.SendAsync(BookMessage(c.Unified, snapshot: false, (levels.Item1.DeepClone().AsArray(), levels.Item2.DeepClone().AsArray()), pseq, corruptChecksum));
    }

    /// <summary>Pushes a public trade print.</summary>
    public async Task PushTradeAsync(string price, string size, string side)
    {
        foreach (var c in _connections.Values.Where(c => !c.IsPrivate && (c.Channels.Contains("trade") || c.Channels.Contains("publicTrade"))))
            await c.SendAsync(TradeMessage(c.Unified, "update", price, size, side));
    }

    private string TradeMessage(bool unified, string action, string price, string size, string side)
    {
        var id = Interlocked.Increment(ref _nextTradeId).ToString(CultureInfo.InvariantCulture);
        return unified
            ? new JsonObject { ["action"] = action, ["arg"] = new JsonObject { ["instType"] = "spot", ["topic"] = "publicTrade", ["symbol"] = Symbol },
                ["data"] = new JsonArray(new JsonObject { ["i"] = id, ["L"] = "L" + id, ["p"] = price, ["v"] = size, ["S"] = side, ["T"] = T(NowMs), ["isRPI"] = "false" }), ["ts"] = NowMs }.ToJsonString()
            : new JsonObject { ["action"] = action, ["arg"] = new JsonObject { ["instType"] = "SPOT", ["channel"] = "trade", ["instId"] = Symbol },
                ["data"] = new JsonArray(new JsonObject { ["ts"] = T(NowMs), ["price"] = price, ["size"] = size, ["side"] = side, ["tradeId"] = id }), ["ts"] = NowMs }.ToJsonString();
    }

    private string TickerMessage(bool unified) => unified
        ? new JsonObject { ["action"] = "snapshot", ["arg"] = new JsonObject { ["instType"] = "spot", ["topic"] = "ticker", ["symbol"] = Symbol },
            ["data"] = new JsonArray(new JsonObject { ["symbol"] = Symbol, ["lastPrice"] = "50000.5", ["bid1Price"] = "50000", ["ask1Price"] = "50001", ["bid1Size"] = "1", ["ask1Size"] = "1", ["volume24h"] = "120" }), ["ts"] = NowMs }.ToJsonString()
        : new JsonObject { ["action"] = "snapshot", ["arg"] = new JsonObject { ["instType"] = "SPOT", ["channel"] = "ticker", ["instId"] = Symbol },
            ["data"] = new JsonArray(new JsonObject { ["instId"] = Symbol, ["lastPr"] = "50000.5", ["bidPr"] = "50000", ["askPr"] = "50001", ["bidSz"] = "1", ["askSz"] = "1", ["baseVolume"] = "120", ["ts"] = T(NowMs) }), ["ts"] = NowMs }.ToJsonString();

    private async Task PushOrderAsync(FakeOrder o, FakeFill? fill = null)
    {
        foreach (var c in _connections.Values.Where(c => c.IsPrivate && c.LoggedIn))
        {
            if (c.Unified && c.Channels.Contains("order"))
            {
                var data = new JsonObject
                {
                    ["category"] = "spot", ["symbol"] = o.Symbol, ["orderId"] = o.OrderId, ["clientOid"] = o.ClientOid, ["price"] = S(o.Price), ["qty"] = S(o.Size),
                    ["amount"] = "", ["orderType"] = o.OrderType, ["timeInForce"] = o.Force, ["side"] = o.Side, ["cumExecQty"] = S(o.Filled),
                    ["cumExecValue"] = S(o.FilledQuote), ["avgPrice"] = o.Filled > 0 ? S(o.FilledQuote / o.Filled) : "0", ["orderStatus"] = o.Status,
                    ["feeDetail"] = new JsonArray(), ["createdTime"] = T(o.CreatedMs), ["updatedTime"] = T(o.UpdatedMs),
                };
                await c.SendAsync(new JsonObject { ["action"] = "snapshot", ["arg"] = new JsonObject { ["instType"] = "UTA", ["topic"] = "order" }, ["data"] = new JsonArray(data), ["ts"] = NowMs }.ToJsonString());
            }
            else if (!c.Unified && c.Channels.Contains("orders"))
            {
                var data = new JsonObject
                {
                    ["instId"] = o.Symbol, ["orderId"] = o.OrderId, ["clientOid"] = o.ClientOid, ["price"] = S(o.Price), ["size"] = S(o.Size), ["newSize"] = S(o.Size),
                    ["notional"] = S(o.Price * o.Size), ["orderType"] = o.OrderType, ["force"] = o.Force, ["side"] = o.Side, ["status"] = o.Status,
                    ["accBaseVolume"] = S(o.Filled), ["priceAvg"] = o.Filled > 0 ? S(o.FilledQuote / o.Filled) : "0", ["enterPointSource"] = "API",
                    ["cTime"] = T(o.CreatedMs), ["uTime"] = T(o.UpdatedMs),
                };
                if (fill is not null)
                {
                    data["tradeId"] = fill.TradeId;
                    data["fillPrice"] = S(fill.Price);
                    data["baseVolume"] = S(fill.Size);
                    data["fillTime"] = T(fill.TimeMs);
                    data["fillFee"] = S(-fill.Fee);
                    data["fillFeeCoin"] = fill.FeeCoin;
                    data["tradeScope"] = fill.Maker ? "M" : "T";
                }
                await c.SendAsync(new JsonObject { ["action"] = "snapshot", ["arg"] = new JsonObject { ["instType"] = "SPOT", ["channel"] = "orders", ["instId"] = "default" }, ["data"] = new JsonArray(data), ["ts"] = NowMs }.ToJsonString());
            }
        }
    }

    private async Task PushFillAsync(FakeFill f)
    {
        foreach (var c in _connections.Values.Where(c => c.IsPrivate && c.LoggedIn && c.Channels.Contains("fill")))
        {
            var data = c.Unified
                ? new JsonObject
                {
                    ["execId"] = f.TradeId, ["orderId"] = f.Order.OrderId, ["clientOid"] = f.Order.ClientOid, ["category"] = "spot", ["symbol"] = f.Order.Symbol,
                    ["orderType"] = f.Order.OrderType, ["side"] = f.Order.Side, ["execPrice"] = S(f.Price), ["execQty"] = S(f.Size), ["execValue"] = S(f.Price * f.Size),
                    ["tradeScope"] = f.Maker ? "maker" : "taker", ["feeDetail"] = new JsonArray(new JsonObject { ["feeCoin"] = f.FeeCoin, ["fee"] = S(f.Fee) }),
                    ["execTime"] = T(f.TimeMs), ["updatedTime"] = T(f.TimeMs),
                }
                : new JsonObject
                {
                    ["orderId"] = f.Order.OrderId, ["tradeId"] = f.TradeId, ["symbol"] = f.Order.Symbol, ["orderType"] = f.Order.OrderType, ["side"] = f.Order.Side,
                    ["priceAvg"] = S(f.Price), ["size"] = S(f.Size), ["amount"] = S(f.Price * f.Size), ["tradeScope"] = f.Maker ? "maker" : "taker",
                    ["feeDetail"] = new JsonArray(new JsonObject { ["feeCoin"] = f.FeeCoin, ["deduction"] = "no", ["totalDeductionFee"] = "0", ["totalFee"] = S(-f.Fee) }),
                    ["cTime"] = T(f.TimeMs), ["uTime"] = T(f.TimeMs),
                };
            var arg = c.Unified ? new JsonObject { ["instType"] = "UTA", ["topic"] = "fill" } : new JsonObject { ["instType"] = "SPOT", ["channel"] = "fill", ["instId"] = "default" };
            await c.SendAsync(new JsonObject { ["action"] = "snapshot", ["arg"] = arg, ["data"] = new JsonArray(data), ["ts"] = NowMs }.ToJsonString());
        }
    }
}
