using System.Collections.Concurrent;
using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Connectors.Bitget.Rest;
using Hbot.Sdk.Connectors.Bitget.Rest.Results;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Tests.Connectors.Bitget.Fake;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

public sealed class BitgetRestTests : IAsyncLifetime
{
    private FakeBitgetServer _server = null!;
    private readonly TradingEventStream _events = new();
    private readonly ConcurrentQueue<TradingEvent> _published = new();
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        _server = await FakeBitgetServer.StartAsync(BitgetAccountKind.Classic);
        _events.Subscribe(e => _published.Enqueue(e));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private (BitgetRestClient Client, IBitgetSpotApi Api) Create(BitgetAccountKind kind, BitgetSpotOptions? options = null)
    {
        _server.Kind = kind;
        var client = new BitgetRestClient(_http, options ?? _server.Options(), _events, TimeProvider.System, NullLogger.Instance);
        IBitgetSpotApi api = kind == BitgetAccountKind.Unified ? new BitgetUnifiedSpotApi(client) : new BitgetClassicSpotApi(client);
        return (client, api);
    }

    [Theory]
    [InlineData(BitgetAccountKind.Unified)]
    [InlineData(BitgetAccountKind.Classic)]
    public async Task Probe_detects_the_account_kind(BitgetAccountKind kind)
    {
        var (client, _) = Create(kind);
        await client.SyncClockAsync(default);
        Assert.Equal(kind, await BitgetAccountKindProbe.DetectAsync(new BitgetUnifiedSpotApi(client), default));
    }

    [Fact]
    public async Task Probe_stops_on_any_other_error_with_the_exchange_code_and_message()
    {
        var (client, _) = Create(BitgetAccountKind.Unified);
        _server.ForcedErrorCode = "40014";
        var error = await Assert.ThrowsAsync<BitgetApiException>(() => BitgetAccountKindProbe.DetectAsync(new BitgetUnifiedSpotApi(client), default));
        Assert.Equal("40014", error.Code);
        Assert.Equal(BitgetErrorKind.Permission, error.Kind);
        Assert.Equal("forced error", error.ExchangeMessage);
    }

    [Fact]
    public async Task A_unified_key_on_the_classic_api_gets_a_typed_wrong_account_error()
    {
        _server.Kind = BitgetAccountKind.Unified;
        var (_, api) = Create(BitgetAccountKind.Unified);
        var classic = new BitgetClassicSpotApi(new BitgetRestClient(_http, _server.Options(), _events, TimeProvider.System, NullLogger.Instance));
        var error = await Assert.ThrowsAsync<BitgetApiException>(() => classic.GetBalancesAsync(default));
        Assert.Equal(("40085", BitgetErrorKind.WrongAccountKind, 400), (error.Code, error.Kind, error.HttpStatus));
        Assert.NotEmpty(await api.GetBalancesAsync(default));
    }

    [Theory]
    [InlineData(BitgetAccountKind.Unified)]
    [InlineData(BitgetAccountKind.Classic)]
    public async Task Market_data_and_account_calls_return_typed_values(BitgetAccountKind kind)
    {
        var (_, api) = Create(kind);
        var instrument = Assert.Single(await api.GetInstrumentsAsync(null, default));
        Assert.Equal(new TradingRules(TradingPair.Parse("BTC-USDT"), 0.01m, 0.0001m, 0.0001m, 5m), instrument.Rules);
        Assert.Equal(0.000001m, instrument.QuoteStep);
        Assert.True(instrument.IsTradable);

        var ticker = Assert.Single(await api.GetTickersAsync(FakeBitgetServer.Symbol, default));
        Assert.Equal((50000.5m, 50000m, 50001m), (ticker.LastPrice, ticker.BidPrice, ticker.AskPrice));

        var book = await api.GetOrderBookAsync(FakeBitgetServer.Symbol, 50, default);
        Assert.Equal(50000m, book.Bids[0].Price);
        Assert.Equal(50001m, book.Asks[0].Price);
        Assert.Equal(0.1m, book.Bids[0].Size);

        var candles = await api.GetCandlesAsync(FakeBitgetServer.Symbol, BitgetCandleInterval.OneMinute, 3, default);
        Assert.Equal(3, candles.Count);
        Assert.True(candles[0].OpenTime < candles[2].OpenTime);

        var balances = await api.GetBalancesAsync(default);
        Assert.Equal(10_000m, balances.Single(b => b.Asset == "USDT").Available);
        Assert.Contains(_published.OfType<ExchangeRequestEvent>(), e => e.Endpoint.Contains("/assets", StringComparison.Ordinal) && e.StatusCode == 200 && e.ErrorCode is null);
    }

    [Theory]
    [InlineData(BitgetAccountKind.Unified)]
    [InlineData(BitgetAccountKind.Classic)]
    public async Task Orders_place_query_batch_and_cancel(BitgetAccountKind kind)
    {
        var (_, api) = Create(kind);
        var ack = await api.PlaceOrderAsync(new BitgetNewOrder(FakeBitgetServer.Symbol, TradeSide.Buy, OrderType.LimitMaker, 0.01m, 49_000m, "c1"), default);
        Assert.NotNull(ack.OrderId);
        Assert.Equal("post_only", _server.Order("c1").Force);

        var info = await api.GetOrderAsync(null, "c1", default);
        Assert.NotNull(info);
        Assert.Equal((49_000m, 0.01m, Hbot.Sdk.Orders.OrderState.Open), (info.Price, info.Size, info.State));
        Assert.Null(await api.GetOrderAsync(null, "nope", default));

        var batch = await api.PlaceOrdersAsync(FakeBitgetServer.Symbol,
            [new(FakeBitgetServer.Symbol, TradeSide.Sell, OrderType.Limit, 0.01m, 52_000m, "c2"), new(FakeBitgetServer.Symbol, TradeSide.Sell, OrderType.Limit, 0.00001m, 52_000m, "c3")], default);
        Assert.True(batch.Single(b => b.ClientOrderId == "c2").Succeeded);
        Assert.Equal("45110", batch.Single(b => b.ClientOrderId == "c3").ErrorCode);

        var open = await api.GetOpenOrdersAsync(FakeBitgetServer.Symbol, default);
        Assert.Equal(["c1", "c2"], open.Select(o => o.ClientOrderId).Order());
        Assert.Equal(49_000m, open.Single(o => o.ClientOrderId == "c1").Price);

        await api.CancelOrderAsync(FakeBitgetServer.Symbol, ack.OrderId, null, default);
        var cancels = await api.CancelOrdersAsync(FakeBitgetServer.Symbol, ["c2", "c1"], default);
        Assert.True(cancels.Single(c => c.ClientOrderId == "c2").Succeeded);
        Assert.False(cancels.Single(c => c.ClientOrderId == "c1").Succeeded);
        Assert.Empty(await api.GetOpenOrdersAsync(FakeBitgetServer.Symbol, default));
        Assert.Equal(2, (await api.GetOrderHistoryAsync(FakeBitgetServer.Symbol, DateTimeOffset.UtcNow.AddHours(-1), default)).Count);

        var error = await Assert.ThrowsAsync<BitgetApiException>(() => api.CancelOrderAsync(FakeBitgetServer.Symbol, null, "c2", default));
        Assert.Equal(BitgetErrorKind.OrderNotFound, error.Kind);
    }

    [Theory]
    [InlineData(BitgetAccountKind.Unified)]
    [InlineData(BitgetAccountKind.Classic)]
    public async Task Fills_carry_positive_fees_and_trade_ids(BitgetAccountKind kind)
    {
        var (_, api) = Create(kind);
        await api.PlaceOrderAsync(new BitgetNewOrder(FakeBitgetServer.Symbol, TradeSide.Buy, OrderType.Limit, 0.02m, 49_000m, "f1"), default);
        await _server.FillAsync("f1", 0.005m);
        var fill = Assert.Single(await api.GetFillsAsync(FakeBitgetServer.Symbol, DateTimeOffset.UtcNow.AddHours(-1), default));
        Assert.Equal((0.005m, 49_000m, "BTC", 0.000005m, true), (fill.Size, fill.Price, fill.FeeAsset, fill.Fee, fill.IsMaker));
        var info = await api.GetOrderAsync(null, "f1", default);
        Assert.Equal((0.005m, Hbot.Sdk.Orders.OrderState.PartiallyFilled), (info!.FilledSize, info.State));
    }

    [Theory]
    [InlineData(FakeRestFault.TooManyRequests, "429")]
    [InlineData(FakeRestFault.ServerError, "http_500")]
    [InlineData(FakeRestFault.MalformedJson, "malformed")]
    [InlineData(FakeRestFault.Timeout, "timeout")]
    public async Task Transient_failures_of_repeatable_calls_are_retried(FakeRestFault fault, string code)
    {
        var options = _server.Options();
        // Only the timeout case needs a short wait; the others keep the generous default so a loaded machine cannot time them out.
        if (fault == FakeRestFault.Timeout) options.RequestTimeout = TimeSpan.FromMilliseconds(1500);
        var (_, api) = Create(BitgetAccountKind.Classic, options);
        _server.Inject(BitgetEndpoints.ClassicAssets.Path, fault);
        _server.Inject(BitgetEndpoints.ClassicAssets.Path, fault);
        Assert.NotEmpty(await api.GetBalancesAsync(default));
        var calls = _published.OfType<ExchangeRequestEvent>().Where(e => e.Endpoint == BitgetEndpoints.ClassicAssets.Path).ToList();
        Assert.Equal([code, code, null], calls.Select(c => c.ErrorCode));
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_count()
    {
        var options = _server.Options();
        options.MaxRetries = 1;
        var (_, api) = Create(BitgetAccountKind.Classic, options);
        for (var i = 0; i < 3; i++) _server.Inject(BitgetEndpoints.ClassicAssets.Path, FakeRestFault.ServerError);
        var error = await Assert.ThrowsAsync<BitgetApiException>(() => api.GetBalancesAsync(default));
        Assert.Equal((BitgetErrorKind.SystemError, 500), (error.Kind, error.HttpStatus));
    }

    [Fact]
    public async Task Placing_is_never_retried_blindly()
    {
        var (_, api) = Create(BitgetAccountKind.Classic);
        _server.Inject(BitgetEndpoints.ClassicPlaceOrder.Path, FakeRestFault.ServerError);
        var error = await Assert.ThrowsAsync<BitgetApiException>(() =>
            api.PlaceOrderAsync(new BitgetNewOrder(FakeBitgetServer.Symbol, TradeSide.Buy, OrderType.Limit, 0.01m, 49_000m, "p1"), default));
        Assert.True(error.IsTransient);
        Assert.Single(_server.RequestLog, r => r.Contains("place-order", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_uses_the_server_clock_offset()
    {
        _server.ClockSkew = TimeSpan.FromMinutes(5);
        var (client, api) = Create(BitgetAccountKind.Classic);
        var first = await Assert.ThrowsAsync<BitgetApiException>(async () =>
        {
            // Without a sync the local clock is 5 minutes behind the server: the first attempt expires, then the client re-syncs.
            var options = _server.Options();
            options.MaxRetries = 0;
            var raw = new BitgetRestClient(_http, options, _events, TimeProvider.System, NullLogger.Instance);
            await raw.SendAsync(BitgetEndpoints.ClassicAssets, null, null, Hbot.Sdk.Connectors.Bitget.Rest.Payloads.BitgetJsonContext.Default.BitgetEnvelopeListClassicAssetPayload, default);
            throw new BitgetApiException("x", 0, "none", "the re-synced call succeeded");
        });
        Assert.Equal("none", first.Code);
        await client.SyncClockAsync(default);
        Assert.InRange(client.ClockOffsetMilliseconds, 290_000, 310_000);
        Assert.NotEmpty(await api.GetBalancesAsync(default));
    }

    [Fact]
    public async Task Wrong_secret_is_a_signature_error_and_demo_adds_the_header()
    {
        var options = _server.Options();
        options.Credentials = FakeBitgetServer.Credentials("wrong-secret");
        var (_, api) = Create(BitgetAccountKind.Classic, options);
        var error = await Assert.ThrowsAsync<BitgetApiException>(() => api.GetBalancesAsync(default));
        Assert.Equal(BitgetErrorKind.Signature, error.Kind);
        Assert.Null(_server.LastPaptradingHeader);

        var demo = _server.Options();
        demo.DemoTrading = true;
        var (_, demoApi) = Create(BitgetAccountKind.Classic, demo);
        await demoApi.GetBalancesAsync(default);
        Assert.Equal("1", _server.LastPaptradingHeader);
    }

    [Fact]
    public async Task Rate_limiter_waits_are_published()
    {
        var options = _server.Options();
        options.RateLimitShare = 0.05; // one request per second on a 20/s endpoint
        var (_, api) = Create(BitgetAccountKind.Classic, options);
        await api.GetOrderAsync(null, "a", default);
        await api.GetOrderAsync(null, "b", default);
        var wait = Assert.Single(_published.OfType<RateLimitEvent>());
        Assert.Equal(BitgetEndpoints.ClassicOrderInfo.Path, wait.Endpoint);
        Assert.True(wait.Waited > TimeSpan.FromMilliseconds(300), $"waited {wait.Waited}");
    }

    [Fact]
    public async Task The_account_limit_spans_every_signed_endpoint()
    {
        var options = _server.Options();
        options.AccountRequestsPerSecond = 1;
        var (_, api) = Create(BitgetAccountKind.Classic, options);
        await api.GetOrderAsync(null, "a", default);
        await api.GetBalancesAsync(default);
        var wait = Assert.Single(_published.OfType<RateLimitEvent>());
        Assert.Equal("account", wait.Endpoint);
        Assert.True(wait.Waited > TimeSpan.FromMilliseconds(300), $"waited {wait.Waited}");
        await api.GetTickersAsync(null, default);
        Assert.Single(_published.OfType<RateLimitEvent>());
    }

    [Fact]
    public void Demo_trading_uses_the_demo_socket_host_of_each_family()
    {
        var options = new BitgetSpotOptions { DemoTrading = true };
        Assert.Equal("wss://wspap.bitget.com/v2/ws/public", Hbot.Sdk.Connectors.Bitget.Sockets.BitgetSocketChannels.PublicUri(options, BitgetAccountKind.Classic).ToString());
        Assert.Equal("wss://wspap.bitget.com/v3/ws/private", Hbot.Sdk.Connectors.Bitget.Sockets.BitgetSocketChannels.PrivateUri(options, BitgetAccountKind.Unified).ToString());
        options.DemoTrading = false;
        Assert.Equal("wss://ws.bitget.com/v3/ws/public", Hbot.Sdk.Connectors.Bitget.Sockets.BitgetSocketChannels.PublicUri(options, BitgetAccountKind.Unified).ToString());
    }

    [Fact]
    public async Task A_cancel_hit_by_a_server_error_is_repeated()
    {
        var (_, api) = Create(BitgetAccountKind.Unified);
        await api.PlaceOrderAsync(new BitgetNewOrder(FakeBitgetServer.Symbol, TradeSide.Sell, OrderType.Limit, 0.01m, 52_000m, "k1"), default);
        _server.Inject(BitgetEndpoints.UnifiedCancelOrder.Path, FakeRestFault.ServerError);
        var ack = await api.CancelOrderAsync(FakeBitgetServer.Symbol, null, "k1", default);
        Assert.Equal("k1", ack.ClientOrderId);
        Assert.False(_server.Order("k1").IsOpen);
        Assert.Equal(2, _server.RequestLog.Count(r => r.Contains("cancel-order", StringComparison.Ordinal)));
    }
}
