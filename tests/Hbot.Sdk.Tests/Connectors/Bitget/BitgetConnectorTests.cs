using System.Collections.Concurrent;
using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Connectors.Bitget.Rest;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;
using Hbot.Sdk.Tests.Connectors.Bitget.Fake;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

public sealed class BitgetConnectorTests : IAsyncLifetime
{
    private static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");
    private FakeBitgetServer _server = null!;
    private readonly TradingEventStream _events = new();
    private readonly ConcurrentQueue<TradingEvent> _published = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly List<BitgetSpotConnector> _connectors = [];

    public BitgetConnectorTests()
    {
        _loggerFactory = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        _events.Subscribe(e => _published.Enqueue(e));
    }

    public async Task InitializeAsync() => _server = await FakeBitgetServer.StartAsync(BitgetAccountKind.Classic);

    public async Task DisposeAsync()
    {
        foreach (var c in _connectors) await c.DisposeAsync();
        await _server.DisposeAsync();
        _loggerFactory.Dispose();
    }

    private async Task<BitgetSpotConnector> StartAsync(BitgetAccountKind kind, Action<BitgetSpotOptions>? configure = null)
    {
        _server.Kind = kind;
        var options = _server.Options();
        configure?.Invoke(options);
        var connector = new BitgetSpotConnector(options, _events, TimeProvider.System, _loggerFactory);
        _connectors.Add(connector);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await connector.StartAsync([Pair], timeout.Token);
        await Eventually.TrueAsync(() => !connector.GetOrderBook(Pair).IsStale, "the first book snapshot");
        return connector;
    }

    private static OrderRequest Buy(string id, decimal amount = 0.01m, decimal price = 49_000m, OrderType type = OrderType.LimitMaker) =>
        new(id, Pair, TradeSide.Buy, type, amount, price);

    private int FillEvents(string clientOrderId) => _published.OfType<OrderFilledEvent>().Count(e => e.Fill.ClientOrderId == clientOrderId);

    [Theory]
    [InlineData(BitgetAccountKind.Classic)]
    [InlineData(BitgetAccountKind.Unified)]
    public async Task Full_order_lifecycle_through_rest_and_sockets(BitgetAccountKind kind)
    {
        var connector = await StartAsync(kind);
        Assert.Equal(kind, connector.AccountKind);
        var detected = Assert.Single(_published.OfType<AccountKindDetectedEvent>());
        Assert.Equal((kind.ToLabel(), false), (detected.AccountKind, detected.Forced));
        Assert.Equal(0.01m, connector.GetTradingRules(Pair).PriceTick);
        Assert.Equal(10_000m, connector.GetBalance("USDT").Available);
        Assert.Equal(50_000m, connector.GetOrderBook(Pair).BestBid);
        Assert.True(connector.IsReady);

        var order = await connector.PlaceOrderAsync(Buy("hbB1", price: 49_000.019m), default);
        Assert.Equal(OrderState.Open, order.State);
        Assert.Equal(49_000.01m, order.Price);
        Assert.Equal("post_only", _server.Order("hbB1").Force);

        await _server.FillAsync("hbB1", 0.004m);
        await Eventually.TrueAsync(() => order.State == OrderState.PartiallyFilled && order.FilledAmount == 0.004m, "the partial fill");
        await _server.FillAsync("hbB1", 0.006m);
        await Eventually.TrueAsync(() => order.State == OrderState.Filled, "the complete fill");
        Assert.Equal(2, FillEvents("hbB1"));
        var completed = Assert.Single(_published.OfType<OrderCompletedEvent>());
        Assert.Equal((0.01m, 49_000.01m), (completed.Amount, completed.AveragePrice));
        Assert.All(_published.OfType<OrderFilledEvent>(), e => Assert.Equal(("BTC", true), (e.Fill.FeeAsset, e.Fill.IsMaker)));

        var second = await connector.PlaceOrderAsync(Buy("hbB2"), default);
        await connector.CancelOrderAsync("hbB2", default);
        await Eventually.TrueAsync(() => second.State == OrderState.Cancelled, "the cancel confirmation");
        Assert.Single(_published.OfType<OrderCancelledEvent>());
        Assert.Contains(_published.OfType<SocketMessageEvent>(), e => e.Channel is "orders" or "order");
        Assert.Contains(_published.OfType<SocketMessageEvent>(), e => e.Channel == "books");
        Assert.Empty(connector.GetOpenOrders(Pair));
    }

    [Theory]
    [InlineData(BitgetAccountKind.Classic, FakeRestFault.LoseAnswer)]
    [InlineData(BitgetAccountKind.Unified, FakeRestFault.LoseAnswer)]
    [InlineData(BitgetAccountKind.Classic, FakeRestFault.TooManyRequests)]
    [InlineData(BitgetAccountKind.Unified, FakeRestFault.ServerError)]
    [InlineData(BitgetAccountKind.Classic, FakeRestFault.Timeout)]
    [InlineData(BitgetAccountKind.Unified, FakeRestFault.MalformedJson)]
    public async Task A_failed_placement_is_checked_by_client_id_and_never_doubled(BitgetAccountKind kind, FakeRestFault fault)
    {
        var connector = await StartAsync(kind, o =>
        {
            if (fault == FakeRestFault.Timeout) o.RequestTimeout = TimeSpan.FromMilliseconds(1500);
        });
        _server.Inject(kind == BitgetAccountKind.Unified ? BitgetEndpoints.UnifiedPlaceOrder.Path : BitgetEndpoints.ClassicPlaceOrder.Path, fault);
        var order = await connector.PlaceOrderAsync(Buy("hbLost"), default);
        Assert.Equal(OrderState.Open, order.State);
        Assert.Single(_server.Orders, o => o.ClientOid == "hbLost");
        Assert.Equal(_server.Order("hbLost").OrderId, order.ExchangeOrderId);
        Assert.Contains(_server.RequestLog, r => r.Contains("clientOid=hbLost", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(BitgetAccountKind.Classic)]
    [InlineData(BitgetAccountKind.Unified)]
    public async Task A_duplicate_fill_push_counts_once(BitgetAccountKind kind)
    {
        var connector = await StartAsync(kind);
        var order = await connector.PlaceOrderAsync(Buy("hbDup"), default);
        await _server.FillAsync("hbDup", 0.004m, duplicateFillPush: true);
        await Eventually.TrueAsync(() => order.FilledAmount > 0, "the fill");
        await _server.FillAsync("hbDup", 0.001m);
        await Eventually.TrueAsync(() => FillEvents("hbDup") == 2, "the second fill");
        Assert.Equal(0.005m, order.FilledAmount);
    }

    [Theory]
    [InlineData(BitgetAccountKind.Classic)]
    [InlineData(BitgetAccountKind.Unified)]
    public async Task An_unknown_status_is_logged_and_the_order_kept(BitgetAccountKind kind)
    {
        var connector = await StartAsync(kind);
        var order = await connector.PlaceOrderAsync(Buy("hbOdd"), default);
        await _server.PushStatusAsync("hbOdd", "pending_review");
        await Eventually.TrueAsync(() => _logs.Lines.Any(l => l.Contains("unknown status 'pending_review'", StringComparison.Ordinal)), "the warning");
        Assert.Equal(OrderState.Open, order.State);
        await _server.FillAsync("hbOdd", 0.01m);
        await Eventually.TrueAsync(() => order.State == OrderState.Filled, "the fill after the odd status");
    }

    [Theory]
    [InlineData(BitgetAccountKind.Classic)]
    [InlineData(BitgetAccountKind.Unified)]
    public async Task A_fill_while_the_socket_is_down_is_recovered_once(BitgetAccountKind kind)
    {
        var connector = await StartAsync(kind, o => o.PollInterval = TimeSpan.FromSeconds(30));
        var order = await connector.PlaceOrderAsync(Buy("hbDown"), default);
        _server.RefuseSockets = true;
        _server.DropSockets();
        await Eventually.TrueAsync(() => !connector.IsPrivateSocketConnected, "the private socket to drop");
        await Eventually.TrueAsync(() => !connector.IsReady, "not ready while the market data socket is down");
        await _server.FillAsync("hbDown", 0.01m);
        _server.RefuseSockets = false;
        await Eventually.TrueAsync(() => order.State == OrderState.Filled, "the missed fill to be recovered");
        await Eventually.TrueAsync(() => _published.OfType<ReconciliationEvent>().Any(e => e.Trigger == "reconnect" && e.RecoveredFills == 1), "the reconciliation");
        Assert.Equal(1, FillEvents("hbDown"));
        Assert.Contains(_published.OfType<SocketStateChangedEvent>(), e => e.Socket == "private" && !e.Connected && e.Reason == "closed");
        var back = _published.OfType<SocketStateChangedEvent>().Last(e => e.Socket == "private" && e.Connected);
        Assert.NotNull(back.Downtime);
        Assert.Contains(_published.OfType<OrderBookResyncEvent>(), e => e.Reason == "reconnect");
        await Eventually.TrueAsync(() => !connector.GetOrderBook(Pair).IsStale && connector.IsReady, "a fresh book after the reconnect");
    }

    [Fact]
    public async Task While_the_private_socket_is_down_orders_and_balances_are_polled()
    {
        var connector = await StartAsync(BitgetAccountKind.Classic, o => o.PollInterval = TimeSpan.FromMilliseconds(200));
        var order = await connector.PlaceOrderAsync(Buy("hbPoll"), default);
        _server.RefuseSockets = true;
        _server.DropSockets();
        await Eventually.TrueAsync(() => !connector.IsPrivateSocketConnected, "the private socket to drop");
        await _server.FillAsync("hbPoll", 0.01m);
        await Eventually.TrueAsync(() => order.State == OrderState.Filled, "the fill found by polling");
        Assert.Contains(_published.OfType<ReconciliationEvent>(), e => e.Trigger == "poll" && e.RecoveredFills == 1);
        Assert.Equal(1, FillEvents("hbPoll"));
        _server.RefuseSockets = false;
    }

    [Fact]
    public async Task A_missing_pong_reconnects_and_resubscribes()
    {
        var connector = await StartAsync(BitgetAccountKind.Classic, o =>
        {
            o.PingInterval = TimeSpan.FromMilliseconds(250);
            o.PongTimeout = TimeSpan.FromMilliseconds(750);
        });
        var connects = _server.SocketConnects;
        _server.AnswerPings = false;
        await Eventually.TrueAsync(() => _published.OfType<SocketStateChangedEvent>().Any(e => !e.Connected && e.Reason == "pong_missing"), "the pong timeout");
        _server.AnswerPings = true;
        await Eventually.TrueAsync(() => _server.SocketConnects >= connects + 2 && connector.IsPrivateSocketConnected, "the reconnects");
        await Eventually.TrueAsync(() => !connector.GetOrderBook(Pair).IsStale, "a fresh snapshot after resubscribing");
        var order = await connector.PlaceOrderAsync(Buy("hbAfterPong"), default);
        await _server.FillAsync("hbAfterPong", 0.01m);
        await Eventually.TrueAsync(() => order.State == OrderState.Filled, "a fill pushed on the new private socket");
    }

    [Fact]
    public async Task A_silent_socket_reconnects()
    {
        var connector = await StartAsync(BitgetAccountKind.Unified, o =>
        {
            o.PingInterval = TimeSpan.FromMilliseconds(200);
            o.PongTimeout = TimeSpan.FromSeconds(10);
            o.SilenceTimeout = TimeSpan.FromMilliseconds(900);
        });
        _server.SilentPublic = true;
        await Eventually.TrueAsync(() => _published.OfType<SocketStateChangedEvent>().Any(e => e.Socket == "public" && !e.Connected && e.Reason == "silent"), "the silence timeout");
        Assert.True(connector.GetOrderBook(Pair).IsStale);
        _server.SilentPublic = false;
        await Eventually.TrueAsync(() => !connector.GetOrderBook(Pair).IsStale, "a fresh snapshot after the reconnect");
    }

    [Fact]
    public async Task A_sequence_gap_discards_the_book_until_a_fresh_snapshot()
    {
        var connector = await StartAsync(BitgetAccountKind.Unified);
        await _server.UpdateBookAsync([(true, "50000.25", "0.7000")]);
        await Eventually.TrueAsync(() => connector.GetOrderBook(Pair).BestBid == 50000.25m, "the first update");
        await _server.UpdateBookAsync([(true, "50000.30", "0.1")], lose: true);
        await _server.UpdateBookAsync([(false, "50000.90", "0.2")]);
        await Eventually.TrueAsync(() => _published.OfType<OrderBookResyncEvent>().Any(e => e.Reason == "sequence_gap"), "the gap");
        await Eventually.TrueAsync(() => !connector.GetOrderBook(Pair).IsStale && connector.GetOrderBook(Pair).BestBid == 50000.30m, "the fresh snapshot with the lost level");
        Assert.Equal(50000.90m, connector.GetOrderBook(Pair).BestAsk);
    }

    [Fact]
    public async Task A_wrong_checksum_discards_the_book_and_a_right_one_keeps_it()
    {
        var connector = await StartAsync(BitgetAccountKind.Classic);
        await _server.UpdateBookAsync([(true, "50000.10", "1.2500"), (false, "50001.00", "0")]);
        await Eventually.TrueAsync(() => connector.GetOrderBook(Pair).BestAsk == 50001.5m, "the checked update");
        Assert.DoesNotContain(_published.OfType<OrderBookResyncEvent>(), e => e.Reason == "checksum_mismatch");
        await _server.UpdateBookAsync([(true, "50000.20", "0.5")], corruptChecksum: true);
        await Eventually.TrueAsync(() => _published.OfType<OrderBookResyncEvent>().Any(e => e.Reason == "checksum_mismatch"), "the mismatch");
        await Eventually.TrueAsync(() => !connector.GetOrderBook(Pair).IsStale && connector.GetOrderBook(Pair).BestBid == 50000.20m, "the fresh snapshot");
    }

    [Fact]
    public async Task Public_trades_are_published_but_the_history_snapshot_is_not()
    {
        await StartAsync(BitgetAccountKind.Unified);
        await _server.PushTradeAsync("50000.5", "0.25", "buy");
        await Eventually.TrueAsync(() => _published.OfType<PublicTradeEvent>().Any(), "the trade");
        var trade = Assert.Single(_published.OfType<PublicTradeEvent>());
        Assert.Equal((TradeSide.Buy, 50000.5m, 0.25m), (trade.TakerSide, trade.Price, trade.Amount));
    }

    [Theory]
    [InlineData(BitgetAccountKind.Classic, true)]
    [InlineData(BitgetAccountKind.Unified, false)]
    public async Task Restart_adopts_own_orders_and_reports_unknown_ones(BitgetAccountKind kind, bool cancelUnknown)
    {
        _server.Kind = kind;
        var own = _server.AddOpenOrder("hbBearlier1", "buy", 48_000m, 0.01m);
        var manual = _server.AddOpenOrder("manual-1", "sell", 55_000m, 0.01m);
        var connector = await StartAsync(kind, o => o.CancelUnknownOrdersOnStart = cancelUnknown);
        var adopted = Assert.Single(connector.GetOpenOrders(Pair));
        Assert.Equal(("hbBearlier1", own.OrderId), (adopted.ClientOrderId, adopted.ExchangeOrderId));
        var reconciliation = _published.OfType<ReconciliationEvent>().Single(e => e.Trigger == "start");
        Assert.Equal(1, reconciliation.UnknownOrders);
        Assert.Equal(cancelUnknown, !_server.Order("manual-1").IsOpen);
        Assert.Contains(_logs.Lines, l => l.Contains(manual.OrderId, StringComparison.Ordinal));
        await _server.FillAsync("hbBearlier1", 0.01m);
        await Eventually.TrueAsync(() => adopted.State == OrderState.Filled, "the adopted order to fill");
    }

    [Theory]
    [InlineData(BitgetAccountKind.Classic)]
    [InlineData(BitgetAccountKind.Unified)]
    public async Task Stop_cancels_the_bots_orders_and_confirms(BitgetAccountKind kind)
    {
        var connector = await StartAsync(kind);
        await connector.PlaceOrderAsync(Buy("hbS1"), default);
        await connector.PlaceOrderAsync(Buy("hbS2", price: 48_000m), default);
        await connector.StopAsync(default);
        Assert.Empty(connector.GetOpenOrders());
        Assert.DoesNotContain(_server.Orders, o => o.IsOpen);
        Assert.Equal(2, _published.OfType<OrderCancelledEvent>().Count());
        Assert.False(connector.IsReady);
    }

    [Theory]
    [InlineData(BitgetAccountKind.Classic)]
    [InlineData(BitgetAccountKind.Unified)]
    public async Task A_market_buy_is_sized_in_quote(BitgetAccountKind kind)
    {
        var connector = await StartAsync(kind);
        // The reference price is given so a book briefly stale on a loaded machine cannot change the expected quote.
        await connector.PlaceOrderAsync(new OrderRequest("hbMkt", Pair, TradeSide.Buy, OrderType.Market, 0.01m, 50_001m), default);
        var sent = _server.Order("hbMkt");
        // 0.01 BTC at the reference 50001 is spent as 500.01 USDT (the fake reads V2 "size" and V3 "qty").
        Assert.Equal(("market", 500.01m), (sent.OrderType, sent.Size));
        // The quote buys a little less base than asked at a worse price: the order still completes when the exchange says so.
        Assert.True(connector.Orders.TryGetOrder("hbMkt", out var order));
        await _server.FillAsync("hbMkt", 0.00999m, price: 50051m, maker: false);
        await Eventually.TrueAsync(() => order.State == OrderState.Filled, "the market buy to complete");
        Assert.Equal(0.00999m, Assert.Single(_published.OfType<OrderCompletedEvent>()).Amount);
    }

    [Fact]
    public async Task Orders_below_the_minimum_are_refused_without_a_request()
    {
        var connector = await StartAsync(BitgetAccountKind.Classic);
        var order = await connector.PlaceOrderAsync(Buy("hbTiny", amount: 0.00005m), default);
        Assert.Equal(OrderState.Failed, order.State);
        Assert.Equal("trading_rules", order.FailureReason);
        Assert.Equal(0, _server.PlaceRequests);
    }

    [Fact]
    public async Task An_exchange_rejection_fails_the_order_with_a_bounded_reason()
    {
        var connector = await StartAsync(BitgetAccountKind.Unified);
        var order = await connector.PlaceOrderAsync(Buy("hbBig", amount: 1m), default);
        Assert.Equal(OrderState.Failed, order.State);
        Assert.Equal("insufficient_balance", order.FailureReason);
        Assert.Equal(1, _server.PlaceRequests);
    }

    [Fact]
    public async Task Start_stops_on_an_auth_error_with_the_exchange_code()
    {
        _server.ForcedErrorCode = "40006";
        var connector = new BitgetSpotConnector(_server.Options(), _events, TimeProvider.System, _loggerFactory);
        _connectors.Add(connector);
        var error = await Assert.ThrowsAsync<BitgetApiException>(() => connector.StartAsync([Pair], default));
        Assert.Equal(("40006", BitgetErrorKind.Authentication), (error.Code, error.Kind));
        Assert.Contains("forced error", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forced_kind_is_used_and_published_as_forced()
    {
        var connector = await StartAsync(BitgetAccountKind.Classic, o => o.AccountKind = BitgetAccountKindSelection.Classic);
        Assert.Equal(BitgetAccountKind.Classic, connector.AccountKind);
        Assert.True(Assert.Single(_published.OfType<AccountKindDetectedEvent>()).Forced);
        Assert.DoesNotContain(_server.RequestLog, r => r.Contains("/api/v3/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forcing_the_wrong_kind_stops_start_up_with_40085()
    {
        _server.Kind = BitgetAccountKind.Unified;
        var options = _server.Options(BitgetAccountKindSelection.Classic);
        var connector = new BitgetSpotConnector(options, _events, TimeProvider.System, _loggerFactory);
        _connectors.Add(connector);
        var error = await Assert.ThrowsAsync<BitgetApiException>(() => connector.StartAsync([Pair], default));
        Assert.Equal("40085", error.Code);
    }

    [Fact]
    public async Task No_log_line_contains_a_secret()
    {
        var connector = await StartAsync(BitgetAccountKind.Classic);
        var order = await connector.PlaceOrderAsync(Buy("hbLog"), default);
        await _server.FillAsync("hbLog", 0.01m);
        await Eventually.TrueAsync(() => order.State == OrderState.Filled, "the fill");
        _server.ForcedErrorCode = "40009";
        await Assert.ThrowsAsync<BitgetApiException>(() => connector.CancelOrderAsync("hbLog", default).ContinueWith(_ => connector.Api.GetBalancesAsync(default)).Unwrap());
        await connector.StopAsync(default);
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(FakeBitgetServer.ApiSecret, StringComparison.Ordinal) || l.Contains(FakeBitgetServer.Passphrase, StringComparison.Ordinal)
            || l.Contains(FakeBitgetServer.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Connections_are_renewed_before_the_maximum_age()
    {
        var connector = await StartAsync(BitgetAccountKind.Classic, o => o.MaxConnectionAge = TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => _published.OfType<SocketStateChangedEvent>().Count(e => !e.Connected && e.Reason == "scheduled") >= 2, "scheduled renewals");
        await Eventually.TrueAsync(() => connector.IsPrivateSocketConnected && !connector.GetOrderBook(Pair).IsStale, "the renewed connections");
    }

    [Fact]
    public async Task A_refused_socket_login_stops_start_up_with_the_code()
    {
        _server.RejectLogins = true;
        var connector = new BitgetSpotConnector(_server.Options(), _events, TimeProvider.System, _loggerFactory);
        _connectors.Add(connector);
        var error = await Assert.ThrowsAsync<Hbot.Sdk.Connectors.Bitget.Sockets.BitgetSocketLoginException>(() => connector.StartAsync([Pair], default));
        Assert.Equal("30005", error.Code);
        await Eventually.TrueAsync(() => _server.ConnectedPublicSockets == 0, "the public socket of the failed start to close");
    }

    [Fact]
    public async Task Without_adoption_an_own_looking_order_is_reported_as_unknown()
    {
        _server.AddOpenOrder("hbBother", "buy", 48_000m, 0.01m);
        var connector = await StartAsync(BitgetAccountKind.Classic, o => o.AdoptOwnOrdersOnStart = false);
        Assert.Empty(connector.GetOpenOrders(Pair));
        Assert.Equal(1, _published.OfType<ReconciliationEvent>().Single(e => e.Trigger == "start").UnknownOrders);
        await connector.StopAsync(default);
        Assert.True(_server.Order("hbBother").IsOpen);
    }
}
