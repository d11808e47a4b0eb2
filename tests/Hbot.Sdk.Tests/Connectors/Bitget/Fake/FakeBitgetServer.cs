using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Connectors.Bitget.Credentials;
using Hbot.Sdk.Connectors.Bitget.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Tests.Connectors.Bitget.Fake;

/// <summary>
/// An in-process Bitget on Kestrel (127.0.0.1, random port) speaking both API families: it checks signatures and
/// timestamps, answers 40084/40085 to the wrong account kind, keeps orders, balances and fills, pushes books
/// (V2 with checksums, V3 with seq/pseq), orders and fills on sockets, and injects faults on request.
/// </summary>
internal sealed partial class FakeBitgetServer : IAsyncDisposable
{
    public const string ApiKey = "bg_test_key_0123456789";
    public const string ApiSecret = "fake-secret-Zq93-value";
    public const string Passphrase = "fake-pass-phrase-77";
    public const string Symbol = "BTCUSDT";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeRestFault>> _faults = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeOrder> _orders = new(StringComparer.Ordinal);
    private readonly List<FakeFill> _fills = [];
    private readonly Dictionary<string, (decimal Available, decimal Frozen)> _balances = new(StringComparer.Ordinal)
    {
        ["USDT"] = (10_000m, 0m),
        ["BTC"] = (1m, 0m),
    };
    private long _nextOrderId = 1_100_000_000_000_000_000;
    private long _nextTradeId = 5_000_000;
    private int _placeRequests;

    private FakeBitgetServer(WebApplication app, BitgetAccountKind kind)
    {
        _app = app;
        Kind = kind;
    }

    /// <summary>Which account kind the fake's key belongs to.</summary>
    public BitgetAccountKind Kind { get; set; }

    /// <summary>Added to the server clock (to prove the client uses the server-time offset).</summary>
    public TimeSpan ClockSkew { get; set; }

    /// <summary>Answer every signed call with this code instead (for example 40006 for a bad key).</summary>
    public string? ForcedErrorCode { get; set; }

    public Uri RestAddress { get; private set; } = null!;

    public Uri SocketAddress { get; private set; } = null!;

    /// <summary>How many place-order requests arrived (both families).</summary>
    public int PlaceRequests => Volatile.Read(ref _placeRequests);

    /// <summary>Every request line received, for assertions.</summary>
    public ConcurrentQueue<string> RequestLog { get; } = new();

    /// <summary>Value of the demo header on the last signed request.</summary>
    public string? LastPaptradingHeader { get; private set; }

    public static async Task<FakeBitgetServer> StartAsync(BitgetAccountKind kind)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeBitgetServer(app, kind);
        app.UseWebSockets();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.RestAddress = new Uri(address);
        server.SocketAddress = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal));
        return server;
    }

    /// <summary>Credentials matching the fake.</summary>
    public static BitgetCredentials Credentials(string? secret = null) => new(ApiKey, new Secret(secret ?? ApiSecret), new Secret(Passphrase));

    /// <summary>Connector options pointed at this fake, with short timings so tests run fast.</summary>
    public BitgetSpotOptions Options(BitgetAccountKindSelection kind = BitgetAccountKindSelection.Detect) => new()
    {
        AccountKind = kind,
        RestBaseAddress = RestAddress,
        SocketBaseAddress = SocketAddress,
        DemoSocketBaseAddress = SocketAddress,
        Credentials = Credentials(),
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RetryMaxDelay = TimeSpan.FromMilliseconds(200),
        RequestTimeout = TimeSpan.FromSeconds(5),
        // Generous heartbeat defaults so a loaded CI machine never drops a healthy socket; the heartbeat tests set short ones.
        PingInterval = TimeSpan.FromSeconds(2),
        PongTimeout = TimeSpan.FromSeconds(5),
        SilenceTimeout = TimeSpan.FromSeconds(15),
        ReconnectDelay = TimeSpan.FromMilliseconds(50),
        PollInterval = TimeSpan.FromMilliseconds(300),
        StopTimeout = TimeSpan.FromSeconds(5),
        SocketMessagesPerSecond = 9,
    };

    /// <summary>Queues a fault for the next request of a path.</summary>
    public void Inject(string path, FakeRestFault fault) => _faults.GetOrAdd(path, _ => new()).Enqueue(fault);

    public long NowMs => DateTimeOffset.UtcNow.Add(ClockSkew).ToUnixTimeMilliseconds();

    public IReadOnlyList<FakeOrder> Orders
    {
        get { lock (_gate) return [.. _orders.Values]; }
    }

    public FakeOrder Order(string clientOid)
    {
        lock (_gate) return _orders.Values.Single(o => o.ClientOid == clientOid);
    }

    /// <summary>Adds an order as if placed by someone else (or by an earlier run), without any request.</summary>
    public FakeOrder AddOpenOrder(string clientOid, string side, decimal price, decimal size)
    {
        lock (_gate)
        {
            var o = NewOrder(clientOid, side, "limit", "gtc", price, size);
            return o;
        }
    }

    private FakeOrder NewOrder(string clientOid, string side, string type, string force, decimal price, decimal size)
    {
        var o = new FakeOrder
        {
            OrderId = (_nextOrderId++).ToString(CultureInfo.InvariantCulture),
            ClientOid = clientOid,
            Symbol = Symbol,
            Side = side,
            OrderType = type,
            Force = force,
            Price = price,
            Size = size,
            CreatedMs = NowMs,
            UpdatedMs = NowMs,
            Status = Kind == BitgetAccountKind.Unified ? "new" : "live",
        };
        _orders[o.OrderId] = o;
        return o;
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            await HandleSocketAsync(context);
            return;
        }
        var path = context.Request.Path.Value ?? "";
        var query = context.Request.QueryString.Value ?? "";
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8)) body = await reader.ReadToEndAsync();
        RequestLog.Enqueue($"{context.Request.Method} {path}{query}");

        FakeRestFault? fault = _faults.TryGetValue(path, out var q) && q.TryDequeue(out var f) ? f : null;
        switch (fault)
        {
            case FakeRestFault.TooManyRequests:
                await WriteAsync(context, 429, Envelope("429", "Too Many Requests", null));
                return;
            case FakeRestFault.Rejected:
                var unified = path.StartsWith("/api/v3/", StringComparison.Ordinal);
                await WriteAsync(context, 400, Envelope(unified ? "25202" : "43012", "Insufficient balance", null));
                return;
            case FakeRestFault.ServerError:
                context.Response.StatusCode = 500;
                await context.Response.WriteAsync("<html>Internal Server Error</html>");
                return;
            case FakeRestFault.MalformedJson:
                context.Response.StatusCode = 200;
                await context.Response.WriteAsync("{\"code\":\"00000\",\"data\":[{\"broken\"");
                return;
            case FakeRestFault.Timeout:
                try { await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted); } catch (OperationCanceledException) { }
                return;
        }

        var (status, payload) = Route(context, path, query, body);
        if (fault == FakeRestFault.LoseAnswer)
        {
            context.Abort();
            return;
        }
        await WriteAsync(context, status, payload);
    }

    private static async Task WriteAsync(HttpContext context, int status, string payload)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(payload);
    }

    private string Envelope(string code, string msg, JsonNode? data) =>
        new JsonObject { ["code"] = code, ["msg"] = msg, ["requestTime"] = NowMs, ["data"] = data }.ToJsonString();

    private (int, string) Ok(JsonNode? data) => (200, Envelope("00000", "success", data));

    private (int, string) Error(string code, string msg) => (400, Envelope(code, msg, null));

    private (int Status, string Payload) Route(HttpContext context, string path, string query, string body)
    {
        var method = context.Request.Method;
        if (path == "/api/v2/public/time") return Ok(new JsonObject { ["serverTime"] = NowMs.ToString(CultureInfo.InvariantCulture) });
        if (path == "/api/v2/spot/public/symbols") return Ok(new JsonArray(ClassicSymbol()));
        if (path == "/api/v3/market/instruments") return Ok(new JsonArray(UnifiedInstrument()));
        if (path is "/api/v2/spot/market/tickers" or "/api/v3/market/tickers") return Ok(new JsonArray(Ticker(path.Contains("/v3/", StringComparison.Ordinal))));
        if (path is "/api/v2/spot/market/orderbook" or "/api/v3/market/orderbook") return Ok(RestBook(path.Contains("/v3/", StringComparison.Ordinal)));
        if (path is "/api/v2/spot/market/candles" or "/api/v3/market/candles") return Ok(Candles());

        var unified = path.StartsWith("/api/v3/", StringComparison.Ordinal);
        var authError = Authenticate(context, method, path, query, body);
        if (authError is not null) return authError.Value;
        if (ForcedErrorCode is { } forced) return Error(forced, "forced error");
        if (unified && Kind == BitgetAccountKind.Classic)
            return Error(BitgetErrorCodes.ClassicAccountOnUnifiedApi, "You are in Classic Account mode, and the Unified Account API is not supported at this time");
        if (!unified && Kind == BitgetAccountKind.Unified)
            return Error(BitgetErrorCodes.UnifiedAccountOnClassicApi, "You are in Unified Account mode, and the Classic Account API is not supported at this time");

        var args = System.Web.HttpUtility.ParseQueryString(query);
        var json = string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body);
        lock (_gate)
        {
            return path switch
            {
                "/api/v3/account/settings" => Ok(new JsonObject { ["uid"] = "1001", ["accountMode"] = "unified", ["holdMode"] = "one_way_mode" }),
                "/api/v2/spot/account/assets" => Ok(new JsonArray([.. _balances.Select(b => (JsonNode)new JsonObject
                {
                    ["coin"] = b.Key, ["available"] = S(b.Value.Available), ["frozen"] = S(b.Value.Frozen), ["locked"] = "0", ["uTime"] = NowMs.ToString(CultureInfo.InvariantCulture),
                })])),
                "/api/v3/account/assets" => Ok(new JsonObject
                {
                    ["accountEquity"] = "10000",
                    ["assets"] = new JsonArray([.. _balances.Select(b => (JsonNode)new JsonObject
                    {
                        ["coin"] = b.Key, ["balance"] = S(b.Value.Available + b.Value.Frozen), ["available"] = S(b.Value.Available), ["locked"] = S(b.Value.Frozen), ["debt"] = "0",
                    })]),
                }),
                "/api/v2/spot/trade/place-order" or "/api/v3/trade/place-order" => Place(json!, unified),
                "/api/v2/spot/trade/batch-orders" => BatchPlaceClassic(json!),
                "/api/v3/trade/place-batch" => BatchPlaceUnified(json!),
                "/api/v2/spot/trade/cancel-order" or "/api/v3/trade/cancel-order" => Cancel(json!["orderId"]?.GetValue<string>(), json["clientOid"]?.GetValue<string>(), unified),
                "/api/v2/spot/trade/batch-cancel-order" => BatchCancel(json!["orderList"]!.AsArray(), unified: false),
                "/api/v3/trade/cancel-batch" => BatchCancel(json!.AsArray(), unified: true),
                "/api/v2/spot/trade/cancel-symbol-order" => CancelAll(unified: false),
                "/api/v3/trade/cancel-symbol-order" => CancelAll(unified: true),
                "/api/v2/spot/trade/orderInfo" => ClassicOrderInfo(args["orderId"], args["clientOid"]),
                "/api/v3/trade/order-info" => UnifiedOrderInfo(args["orderId"], args["clientOid"]),
                "/api/v2/spot/trade/unfilled-orders" => Ok(new JsonArray([.. _orders.Values.Where(o => o.IsOpen).OrderByDescending(o => o.CreatedMs).Select(o => ClassicOrder(o, open: true))])),
                "/api/v2/spot/trade/history-orders" => Ok(new JsonArray([.. _orders.Values.Where(o => !o.IsOpen).Select(o => ClassicOrder(o, open: false))])),
                "/api/v3/trade/unfilled-orders" => Ok(UnifiedList(_orders.Values.Where(o => o.IsOpen).Select(UnifiedOrder))),
                "/api/v3/trade/history-orders" => Ok(UnifiedList(_orders.Values.Where(o => !o.IsOpen).Select(UnifiedOrder))),
                "/api/v2/spot/trade/fills" => Ok(new JsonArray([.. _fills.OrderByDescending(f => f.TimeMs).Select(ClassicFill)])),
                "/api/v3/trade/fills" => Ok(UnifiedList(_fills.OrderByDescending(f => f.TimeMs).Select(UnifiedFill))),
                _ => (404, Envelope("40404", "Request URL NOT FOUND", null)),
            };
        }
    }

    private (int, string)? Authenticate(HttpContext context, string method, string path, string query, string body)
    {
        var h = context.Request.Headers;
        LastPaptradingHeader = h["paptrading"].FirstOrDefault();
        if (string.IsNullOrEmpty(h["ACCESS-KEY"])) return Error("40001", "ACCESS_KEY cannot be empty");
        if (h["ACCESS-KEY"] != ApiKey) return Error("40006", "Invalid ACCESS_KEY");
        if (h["ACCESS-PASSPHRASE"] != Passphrase) return Error("40012", "apikey/password is incorrect");
        if (!long.TryParse(h["ACCESS-TIMESTAMP"], out var ts)) return Error("40005", "Invalid ACCESS_TIMESTAMP");
        if (Math.Abs(NowMs - ts) > 30_000) return Error("40008", "Request timestamp expired");
        var expected = BitgetSigner.Sign(new Secret(ApiSecret), h["ACCESS-TIMESTAMP"] + method + path + query + body);
        if (h["ACCESS-SIGN"] != expected) return Error("40009", "sign signature error");
        if (method == "POST" && !(context.Request.ContentType ?? "").StartsWith("application/json", StringComparison.Ordinal)) return Error("40007", "Invalid Content_Type");
        return null;
    }

    private (int, string) Place(JsonNode body, bool unified)
    {
        Interlocked.Increment(ref _placeRequests);
        var r = PlaceOne(body, unified);
        return r.Error is { } e ? Error(e.Code, e.Msg) : Ok(new JsonObject { ["orderId"] = r.Order!.OrderId, ["clientOid"] = r.Order.ClientOid });
    }

    private (FakeOrder? Order, (string Code, string Msg)? Error) PlaceOne(JsonNode body, bool unified)
    {
        var cid = body["clientOid"]?.GetValue<string>() ?? Guid.NewGuid().ToString("N");
        if (_orders.Values.Any(o => o.ClientOid == cid))
            return (null, unified ? ("25212", "Duplicate clientOid") : ("43118", "clientOid duplicate"));
        var side = body["side"]!.GetValue<string>();
        var type = body["orderType"]!.GetValue<string>();
        var force = (unified ? body["timeInForce"] : body["force"])?.GetValue<string>() ?? "gtc";
        var size = decimal.Parse((unified ? body["qty"] : body["size"])!.GetValue<string>(), CultureInfo.InvariantCulture);
        var price = body["price"] is { } p ? decimal.Parse(p.GetValue<string>(), CultureInfo.InvariantCulture) : 0m;
        if (type == "limit" && price * size < 5m) return (null, ("45110", "less than the minimum amount 5 USDT"));
        if (type == "limit" && decimal.Round(price, 2) != price) return (null, unified ? ("25244", "price tick") : ("40808", "checkBDScale error"));
        if (side == "buy" && type == "limit" && price * size > _balances["USDT"].Available) return (null, unified ? ("25202", "Insufficient balance") : ("43012", "Insufficient balance"));
        var order = NewOrder(cid, side, type, force, price, size);
        return (order, null);
    }

    private (int, string) BatchPlaceClassic(JsonNode body)
    {
        var success = new JsonArray();
        var failure = new JsonArray();
        foreach (var item in body["orderList"]!.AsArray())
        {
            var r = PlaceOne(item!, unified: false);
            if (r.Error is { } e) failure.Add(new JsonObject { ["clientOid"] = item!["clientOid"]?.GetValue<string>(), ["errorCode"] = e.Code, ["errorMsg"] = e.Msg });
            else success.Add(new JsonObject { ["orderId"] = r.Order!.OrderId, ["clientOid"] = r.Order.ClientOid });
        }
        return Ok(new JsonObject { ["successList"] = success, ["failureList"] = failure });
    }

    private (int, string) BatchPlaceUnified(JsonNode body)
    {
        var list = new JsonArray();
        foreach (var item in body.AsArray())
        {
            var r = PlaceOne(item!, unified: true);
            list.Add(r.Error is { } e
                ? new JsonObject { ["clientOid"] = item!["clientOid"]?.GetValue<string>(), ["code"] = e.Code, ["msg"] = e.Msg }
                : new JsonObject { ["orderId"] = r.Order!.OrderId, ["clientOid"] = r.Order.ClientOid, ["code"] = "0", ["msg"] = "success" });
        }
        return Ok(list);
    }

    private FakeOrder? Find(string? orderId, string? clientOid) =>
        orderId is not null ? _orders.GetValueOrDefault(orderId) : _orders.Values.FirstOrDefault(o => o.ClientOid == clientOid);

    private (int, string) Cancel(string? orderId, string? clientOid, bool unified)
    {
        var o = Find(orderId, clientOid);
        if (o is null || !o.IsOpen) return unified ? Error("25204", "Order does not exist") : Error("43001", "The order does not exist");
        CancelOrder(o);
        return Ok(new JsonObject { ["orderId"] = o.OrderId, ["clientOid"] = o.ClientOid });
    }

    private void CancelOrder(FakeOrder o)
    {
        o.Status = "cancelled";
        o.UpdatedMs = NowMs;
        _ = PushOrderAsync(o);
    }

    private (int, string) BatchCancel(JsonArray items, bool unified)
    {
        var success = new JsonArray();
        var failure = new JsonArray();
        foreach (var item in items)
        {
            var o = Find(item!["orderId"]?.GetValue<string>(), item["clientOid"]?.GetValue<string>());
            if (o is null || !o.IsOpen)
            {
                failure.Add(new JsonObject { ["clientOid"] = item["clientOid"]?.GetValue<string>(), ["errorCode"] = unified ? "25204" : "43001", ["code"] = unified ? "25204" : null, ["errorMsg"] = "order not exist" });
                continue;
            }
            CancelOrder(o);
            success.Add(new JsonObject { ["orderId"] = o.OrderId, ["clientOid"] = o.ClientOid, ["code"] = unified ? "0" : null });
        }
        if (unified)
        {
            var all = new JsonArray();
            foreach (var s in success) all.Add(s!.DeepClone());
            foreach (var f in failure) all.Add(f!.DeepClone());
            return Ok(all);
        }
        return Ok(new JsonObject { ["successList"] = success, ["failureList"] = failure });
    }

    private (int, string) CancelAll(bool unified)
    {
        var list = new JsonArray();
        foreach (var o in _orders.Values.Where(o => o.IsOpen).ToList())
        {
            CancelOrder(o);
            list.Add(new JsonObject { ["orderId"] = o.OrderId, ["clientOid"] = o.ClientOid, ["code"] = "0", ["msg"] = "success" });
        }
        return unified ? Ok(new JsonObject { ["list"] = list }) : Ok(new JsonObject { ["symbol"] = Symbol });
    }

    private (int, string) ClassicOrderInfo(string? orderId, string? clientOid)
    {
        var o = Find(orderId, clientOid);
        // Not found: an empty list (one documented reading); the unified fake answers an error code instead.
        return Ok(o is null ? new JsonArray() : new JsonArray(ClassicOrder(o, open: false)));
    }

    private (int, string) UnifiedOrderInfo(string? orderId, string? clientOid)
    {
        var o = Find(orderId, clientOid);
        return o is null ? Error("25204", "Order does not exist") : Ok(UnifiedOrder(o));
    }

    private static string S(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    private static string T(long ms) => ms.ToString(CultureInfo.InvariantCulture);

    private static JsonObject UnifiedList(IEnumerable<JsonNode> items) => new() { ["list"] = new JsonArray([.. items]), ["cursor"] = "" };

    private JsonNode ClassicOrder(FakeOrder o, bool open)
    {
        var avg = o.Filled > 0 ? o.FilledQuote / o.Filled : 0m;
        var fee = o.Filled > 0 ? $"{{\"newFees\":{{\"c\":0,\"d\":0,\"r\":-{S(o.Filled * 0.001m)},\"t\":-{S(o.Filled * 0.001m)}}},\"BTC\":{{\"deduction\":false,\"feeCoinCode\":\"BTC\",\"totalDeductionFee\":0,\"totalFee\":-{S(o.Filled * 0.001m)}}}}}" : "";
        var node = new JsonObject
        {
            ["userId"] = "1001", ["symbol"] = o.Symbol, ["orderId"] = o.OrderId, ["clientOid"] = o.ClientOid,
            ["size"] = S(o.Size), ["orderType"] = o.OrderType, ["side"] = o.Side, ["status"] = o.Status, ["force"] = o.Force,
            ["baseVolume"] = S(o.Filled), ["quoteVolume"] = S(o.FilledQuote), ["enterPointSource"] = "API", ["orderSource"] = "normal",
            ["cTime"] = T(o.CreatedMs), ["uTime"] = T(o.UpdatedMs),
        };
        if (open)
        {
            // Documented quirk of unfilled-orders: priceAvg holds the order price, basePrice the average fill price.
            node["priceAvg"] = S(o.Price);
            node["basePrice"] = S(avg);
        }
        else
        {
            node["price"] = S(o.Price);
            node["priceAvg"] = S(avg);
            node["feeDetail"] = fee;
        }
        return node;
    }

    private static JsonNode UnifiedOrder(FakeOrder o) => new JsonObject
    {
        ["orderId"] = o.OrderId, ["clientOid"] = o.ClientOid, ["category"] = "SPOT", ["symbol"] = o.Symbol, ["orderType"] = o.OrderType, ["side"] = o.Side,
        ["price"] = S(o.Price), ["qty"] = S(o.Size), ["amount"] = "", ["cumExecQty"] = S(o.Filled), ["cumExecValue"] = S(o.FilledQuote),
        ["avgPrice"] = o.Filled > 0 ? S(o.FilledQuote / o.Filled) : "0", ["timeInForce"] = o.Force, ["orderStatus"] = o.Status,
        ["reduceOnly"] = "NO", ["feeDetail"] = new JsonArray(), ["createdTime"] = T(o.CreatedMs), ["updatedTime"] = T(o.UpdatedMs),
    };

    private static JsonNode ClassicFill(FakeFill f) => new JsonObject
    {
        ["userId"] = "1001", ["symbol"] = f.Order.Symbol, ["orderId"] = f.Order.OrderId, ["tradeId"] = f.TradeId, ["orderType"] = f.Order.OrderType,
        ["side"] = f.Order.Side, ["priceAvg"] = S(f.Price), ["size"] = S(f.Size), ["amount"] = S(f.Price * f.Size),
        ["feeDetail"] = new JsonObject { ["deduction"] = "no", ["feeCoin"] = f.FeeCoin, ["totalDeductionFee"] = "0", ["totalFee"] = S(-f.Fee) },
        ["tradeScope"] = f.Maker ? "maker" : "taker", ["cTime"] = T(f.TimeMs), ["uTime"] = T(f.TimeMs),
    };

    private static JsonNode UnifiedFill(FakeFill f) => new JsonObject
    {
        ["execId"] = f.TradeId, ["execLinkId"] = "L" + f.TradeId, ["orderId"] = f.Order.OrderId, ["clientOid"] = f.Order.ClientOid, ["category"] = "SPOT",
        ["symbol"] = f.Order.Symbol, ["orderType"] = f.Order.OrderType, ["side"] = f.Order.Side, ["execPrice"] = S(f.Price), ["execQty"] = S(f.Size),
        ["execValue"] = S(f.Price * f.Size), ["tradeScope"] = f.Maker ? "maker" : "taker",
        ["feeDetail"] = new JsonArray(new JsonObject { ["feeCoin"] = f.FeeCoin, ["fee"] = S(f.Fee) }),
        ["createdTime"] = T(f.TimeMs), ["updatedTime"] = T(f.TimeMs),
    };

    private static JsonNode ClassicSymbol() => new JsonObject
    {
        ["symbol"] = Symbol, ["baseCoin"] = "BTC", ["quoteCoin"] = "USDT", ["minTradeAmount"] = "0.0001", ["maxTradeAmount"] = "10000",
        ["takerFeeRate"] = "0.001", ["makerFeeRate"] = "0.001", ["pricePrecision"] = "2", ["quantityPrecision"] = "4", ["quotePrecision"] = "6",
        ["minTradeUSDT"] = "5", ["status"] = "online", ["buyLimitPriceRatio"] = "0.05", ["sellLimitPriceRatio"] = "0.05", ["areaSymbol"] = "no",
    };

    private static JsonNode UnifiedInstrument() => new JsonObject
    {
        ["symbol"] = Symbol, ["category"] = "SPOT", ["baseCoin"] = "BTC", ["quoteCoin"] = "USDT", ["minOrderQty"] = "0.0001", ["maxOrderQty"] = "10000",
        ["pricePrecision"] = "2", ["quantityPrecision"] = "4", ["quotePrecision"] = "6", ["minOrderAmount"] = "5", ["status"] = "online",
        ["maxSymbolOrderNum"] = "400", ["isReality"] = "no",
    };

    private JsonNode Ticker(bool unified) => unified
        ? new JsonObject { ["category"] = "SPOT", ["symbol"] = Symbol, ["ts"] = T(NowMs), ["lastPrice"] = "50000.5", ["bid1Price"] = "50000", ["bid1Size"] = "1", ["ask1Price"] = "50001", ["ask1Size"] = "1", ["volume24h"] = "120", ["turnover24h"] = "6000000" }
        : new JsonObject { ["symbol"] = Symbol, ["lastPr"] = "50000.5", ["bidPr"] = "50000", ["askPr"] = "50001", ["bidSz"] = "1", ["askSz"] = "1", ["baseVolume"] = "120", ["quoteVolume"] = "6000000", ["usdtVolume"] = "6000000", ["ts"] = T(NowMs) };

    private JsonNode RestBook(bool unified)
    {
        lock (_gate)
        {
            // V3 levels as JSON numbers (one fixture's reading), V2 as strings.
            JsonArray Side(IEnumerable<KeyValuePair<decimal, (string P, string S)>> levels) => new([.. levels.Select(l => (JsonNode)(unified
                ? new JsonArray(JsonValue.Create(decimal.Parse(l.Value.P, CultureInfo.InvariantCulture)), JsonValue.Create(decimal.Parse(l.Value.S, CultureInfo.InvariantCulture)))
                : new JsonArray(l.Value.P, l.Value.S)))]);
            var bids = Side(_bookBids.Reverse());
            var asks = Side(_bookAsks);
            return unified ? new JsonObject { ["a"] = asks, ["b"] = bids, ["ts"] = T(NowMs) } : new JsonObject { ["asks"] = asks, ["bids"] = bids, ["ts"] = T(NowMs) };
        }
    }

    private JsonNode Candles()
    {
        var start = NowMs / 60_000 * 60_000;
        var rows = new JsonArray();
        for (var i = 2; i >= 0; i--)
            rows.Add(new JsonArray(T(start - i * 60_000), "50000", "50010", "49990", S(50_000m + i), "1.5", "75000", "75000"));
        return rows;
    }

    /// <summary>Executes part of an order: updates it, books the fill and pushes order and fill events.</summary>
    public async Task FillAsync(string clientOid, decimal size, decimal? price = null, bool maker = true, bool duplicateFillPush = false)
    {
        FakeOrder o;
        FakeFill fill;
        lock (_gate)
        {
            o = _orders.Values.Single(x => x.ClientOid == clientOid);
            var p = price ?? o.Price;
            o.Filled += size;
            o.FilledQuote += size * p;
            // A market buy is sized in quote: it is done when the quote is spent (to the last lot).
            var done = o.OrderType == "market" && o.Side == "buy" ? o.FilledQuote >= o.Size * 0.999m : o.Filled >= o.Size;
            o.Status = done ? "filled" : "partially_filled";
            o.UpdatedMs = NowMs;
            var feeCoin = o.Side == "buy" ? "BTC" : "USDT";
            var fee = o.Side == "buy" ? size * 0.001m : size * p * 0.001m;
            fill = new FakeFill((_nextTradeId++).ToString(CultureInfo.InvariantCulture), o, p, size, fee, feeCoin, maker, NowMs);
            _fills.Add(fill);
        }
        await PushOrderAsync(o, fill);
        await PushFillAsync(fill);
        if (duplicateFillPush) await PushFillAsync(fill);
    }

    /// <summary>Pushes an order update with an arbitrary status text.</summary>
    public Task PushStatusAsync(string clientOid, string status)
    {
        FakeOrder copy;
        lock (_gate)
        {
            var o = _orders.Values.Single(x => x.ClientOid == clientOid);
            copy = new FakeOrder
            {
                OrderId = o.OrderId, ClientOid = o.ClientOid, Symbol = o.Symbol, Side = o.Side, OrderType = o.OrderType, Force = o.Force, Price = o.Price,
                Size = o.Size, Filled = o.Filled, FilledQuote = o.FilledQuote, Status = status, CreatedMs = o.CreatedMs, UpdatedMs = NowMs,
            };
        }
        return PushOrderAsync(copy);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var c in _connections.Values) c.Abort();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
