using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;
using Hbot.Sdk.Paper;

namespace Hbot.Sdk.Tests.Paper;

public sealed class PaperExchangeTests
{
    [Fact]
    public async Task Crossing_model_fills_the_whole_order_when_a_trade_prints_through_its_price()
    {
        await using var h = await PaperHarness.StartAsync(o => o.FillModel = PaperFillModel.Crossing);
        var order = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 1m, 99.99m);
        Assert.Equal(OrderState.Open, order.State);

        h.Market.Trade(TradeSide.Sell, 99.99m, 50m);
        Assert.Equal(0m, order.FilledAmount);

        h.Market.Trade(TradeSide.Sell, 99.98m, 0.1m);
        Assert.Equal(OrderState.Filled, order.State);
        var fill = Assert.Single(order.Fills);
        Assert.Equal(99.99m, fill.Price);
        Assert.Equal(1m, fill.Amount);
        Assert.True(fill.IsMaker);
        Assert.Equal("BTC", fill.FeeAsset);
        Assert.Equal(0.001m, fill.FeeAmount);
        Assert.Equal(new Balance("BTC", 10.999m, 10.999m), h.Balance("BTC"));
        Assert.Equal(new Balance("USDT", 10_000m - 99.99m, 10_000m - 99.99m), h.Balance("USDT"));
        Assert.Single(h.Of<OrderCompletedEvent>());
    }

    [Fact]
    public async Task Crossing_model_fills_when_the_opposite_best_price_reaches_the_order()
    {
        await using var h = await PaperHarness.StartAsync(o => o.FillModel = PaperFillModel.Crossing);
        var order = await h.PlaceAsync(TradeSide.Sell, OrderType.Limit, 2m, 100.05m);

        h.Market.Snapshot([(99.99m, 5m)], [(100.10m, 1m)]);
        h.Market.Level(TradeSide.Buy, 100.04m, 3m);
        Assert.Equal(OrderState.Open, order.State);

        h.Market.Level(TradeSide.Buy, 100.05m, 1m);
        Assert.Equal(OrderState.Filled, order.State);
        Assert.Equal(2m, order.FilledAmount);
        Assert.Equal(100.05m, order.AverageFillPrice);
        Assert.Equal(new Balance("USDT", 10_000m + 200.1m - 0.2001m, 10_000m + 200.1m - 0.2001m), h.Balance("USDT"));
        Assert.Equal(8m, h.Balance("BTC").Total);
    }

    [Fact]
    public async Task Queue_model_fills_only_after_the_queue_ahead_traded_and_in_proportion_to_the_volume()
    {
        await using var h = await PaperHarness.StartAsync();
        var order = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 2m, 99.99m);

        h.Market.Trade(TradeSide.Sell, 99.99m, 4m);
        Assert.Equal(0m, order.FilledAmount);
        Assert.Equal(OrderState.Open, order.State);

        h.Market.Trade(TradeSide.Sell, 99.99m, 1.5m);
        Assert.Equal(0.5m, order.FilledAmount);
        Assert.Equal(OrderState.PartiallyFilled, order.State);

        h.Market.Trade(TradeSide.Sell, 99.98m, 0.7m);
        Assert.Equal(1.2m, order.FilledAmount);

        h.Market.Trade(TradeSide.Sell, 99.98m, 5m);
        Assert.Equal(OrderState.Filled, order.State);
        Assert.Equal([0.5m, 0.7m, 0.8m], order.Fills.Select(f => f.Amount));
        Assert.All(order.Fills, f => Assert.Equal(99.99m, f.Price));
        Assert.Equal(3, h.Of<OrderFilledEvent>().Count);
        Assert.Single(h.Of<OrderCompletedEvent>());
        Assert.Equal(0m, h.Balance("USDT").Reserved);
    }

    [Fact]
    public async Task Queue_model_ignores_takers_on_the_orders_own_side_and_shrinks_the_queue_with_the_level()
    {
        await using var h = await PaperHarness.StartAsync();
        var order = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 1m, 99.99m);

        h.Market.Trade(TradeSide.Buy, 99.99m, 10m);
        Assert.Equal(0m, order.FilledAmount);

        h.Market.Level(TradeSide.Buy, 99.99m, 2m);
        h.Market.Trade(TradeSide.Sell, 99.99m, 2.25m);
        Assert.Equal(0.25m, order.FilledAmount);
    }

    [Fact]
    public async Task Queue_model_puts_an_order_that_improves_the_touch_first_in_line()
    {
        await using var h = await PaperHarness.StartAsync();
        var order = await h.PlaceAsync(TradeSide.Sell, OrderType.Limit, 1m, 100.00m);

        h.Market.Trade(TradeSide.Buy, 100.00m, 0.4m);
        Assert.Equal(0.4m, order.FilledAmount);
        Assert.Equal(100.00m, order.Fills[0].Price);
        Assert.Equal("USDT", order.Fills[0].FeeAsset);
        Assert.Equal(0.04m, order.Fills[0].FeeAmount);
    }

    [Fact]
    public async Task A_limit_order_that_crosses_on_arrival_takes_liquidity_at_book_prices_with_the_taker_fee_and_rests_the_rest()
    {
        await using var h = await PaperHarness.StartAsync();
        var order = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 8m, 100.01m);

        var taker = Assert.Single(order.Fills);
        Assert.False(taker.IsMaker);
        Assert.Equal(100.01m, taker.Price);
        Assert.Equal(5m, taker.Amount);
        Assert.Equal(0.01m, taker.FeeAmount);
        Assert.Equal(OrderState.PartiallyFilled, order.State);
        Assert.Equal(10m + 5m - 0.01m, h.Balance("BTC").Total);
        // The 3 left rest at 100.01 and reserve their quote.
        Assert.Equal(3m * 100.01m, h.Balance("USDT").Reserved);
        Assert.Equal(10_000m - 500.05m, h.Balance("USDT").Total);
        Assert.Single(h.Exchange.GetOpenOrders());
    }

    [Fact]
    public async Task Quote_fee_mode_charges_buys_in_quote_and_reserves_the_fee()
    {
        await using var h = await PaperHarness.StartAsync(o => o.FeeAsset = PaperFeeAsset.Quote);
        var resting = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 1m, 99m);
        Assert.Equal(99m * 1.002m, h.Balance("USDT").Reserved);

        var taker = await h.PlaceAsync(TradeSide.Buy, OrderType.Market, 1m, null);
        var fill = Assert.Single(taker.Fills);
        Assert.Equal("USDT", fill.FeeAsset);
        Assert.Equal(100.01m * 0.002m, fill.FeeAmount);
        Assert.Equal(11m, h.Balance("BTC").Total);
        Assert.Equal(10_000m - 100.01m * 1.002m, h.Balance("USDT").Total);
        Assert.Equal(99m * 1.002m, h.Balance("USDT").Reserved);
        Assert.Equal(OrderState.Open, resting.State);
    }

    [Fact]
    public async Task Open_orders_reserve_balance_and_a_cancel_releases_it()
    {
        await using var h = await PaperHarness.StartAsync();
        var buy = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 1m, 99m);
        var sell = await h.PlaceAsync(TradeSide.Sell, OrderType.Limit, 2m, 101m);
        Assert.Equal(new Balance("USDT", 10_000m, 9_901m), h.Balance("USDT"));
        Assert.Equal(new Balance("BTC", 10m, 8m), h.Balance("BTC"));

        await h.Exchange.CancelOrderAsync(buy.ClientOrderId, CancellationToken.None);
        await h.Exchange.CancelOrderAsync(sell.ClientOrderId, CancellationToken.None);
        Assert.Equal(OrderState.Cancelled, buy.State);
        Assert.Equal(OrderState.Cancelled, sell.State);
        Assert.Equal(new Balance("USDT", 10_000m, 10_000m), h.Balance("USDT"));
        Assert.Equal(new Balance("BTC", 10m, 10m), h.Balance("BTC"));
        Assert.Equal(2, h.Of<OrderCancelledEvent>().Count);
        Assert.Empty(h.Exchange.GetOpenOrders());
    }

    [Fact]
    public async Task A_partly_filled_order_releases_only_its_unfilled_reservation_on_cancel()
    {
        await using var h = await PaperHarness.StartAsync();
        var sell = await h.PlaceAsync(TradeSide.Sell, OrderType.Limit, 3m, 100.00m);
        h.Market.Trade(TradeSide.Buy, 100.00m, 1m);
        Assert.Equal(new Balance("BTC", 9m, 7m), h.Balance("BTC"));

        await h.Exchange.CancelOrderAsync(sell.ClientOrderId, CancellationToken.None);
        Assert.Equal(new Balance("BTC", 9m, 9m), h.Balance("BTC"));
        Assert.Equal(OrderState.Cancelled, sell.State);
        Assert.Equal(1m, sell.FilledAmount);
    }

    [Fact]
    public async Task An_order_the_balance_cannot_cover_fails_with_insufficient_balance_and_changes_nothing()
    {
        await using var h = await PaperHarness.StartAsync();
        var first = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 60m, 99m);
        var second = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 60m, 99m);
        var sell = await h.PlaceAsync(TradeSide.Sell, OrderType.Limit, 10.5m, 101m);

        Assert.Equal(OrderState.Open, first.State);
        Assert.Equal(OrderState.Failed, second.State);
        Assert.Equal("insufficient_balance", second.FailureReason);
        Assert.Equal("insufficient_balance", sell.FailureReason);
        Assert.Equal(new Balance("USDT", 10_000m, 10_000m - 5_940m), h.Balance("USDT"));
        Assert.Equal(new Balance("BTC", 10m, 10m), h.Balance("BTC"));
        Assert.Equal(2, h.Of<OrderFailedEvent>().Count(e => e.Reason == "insufficient_balance"));
    }

    [Fact]
    public async Task A_market_buy_walks_the_asks()
    {
        await using var h = await PaperHarness.StartAsync();
        var order = await h.PlaceAsync(TradeSide.Buy, OrderType.Market, 12m, null);

        Assert.Equal(OrderState.Filled, order.State);
        Assert.Equal([(100.01m, 5m), (100.02m, 7m)], order.Fills.Select(f => (f.Price, f.Amount)));
        Assert.All(order.Fills, f => Assert.False(f.IsMaker));
        Assert.Equal((500.05m + 700.14m) / 12m, order.AverageFillPrice);
        Assert.Equal(new Balance("USDT", 10_000m - 1_200.19m, 10_000m - 1_200.19m), h.Balance("USDT"));
        Assert.Equal(10m + 12m - 0.024m, h.Balance("BTC").Total);
    }

    [Fact]
    public async Task A_market_sell_larger_than_the_book_fills_what_is_there_and_cancels_the_rest()
    {
        await using var h = await PaperHarness.StartAsync(o => o.InitialBalances = new Dictionary<string, decimal> { ["BTC"] = 50m });
        var order = await h.PlaceAsync(TradeSide.Sell, OrderType.Market, 40m, null);

        Assert.Equal(35m, order.FilledAmount);
        Assert.Equal(OrderState.Cancelled, order.State);
        Assert.Equal(new Balance("BTC", 15m, 15m), h.Balance("BTC"));
        var proceeds = 5m * 99.99m + 10m * 99.98m + 20m * 99.97m;
        Assert.Equal(proceeds * 0.998m, h.Balance("USDT").Total);
    }

    [Fact]
    public async Task A_post_only_order_that_would_take_is_rejected()
    {
        await using var h = await PaperHarness.StartAsync();
        var crossing = await h.PlaceAsync(TradeSide.Buy, OrderType.LimitMaker, 1m, 100.01m);
        var passive = await h.PlaceAsync(TradeSide.Buy, OrderType.LimitMaker, 1m, 100.00m);

        Assert.Equal(OrderState.Failed, crossing.State);
        Assert.Equal("post_only_would_take", crossing.FailureReason);
        Assert.Empty(crossing.Fills);
        Assert.Equal(OrderState.Open, passive.State);
        Assert.Equal(100m, h.Balance("USDT").Reserved);
    }

    [Fact]
    public async Task Prices_and_sizes_are_quantized_and_orders_below_the_minimums_are_refused_unsent()
    {
        await using var h = await PaperHarness.StartAsync();
        var buy = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 0.123456m, 99.999m);
        var sell = await h.PlaceAsync(TradeSide.Sell, OrderType.Limit, 0.5m, 100.501m);
        var tiny = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 0.00005m, 99m);
        var cheap = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 0.005m, 99m);

        Assert.Equal((99.99m, 0.1234m), (buy.Price!.Value, buy.Amount));
        Assert.Equal(100.51m, sell.Price);
        Assert.Equal(OrderState.Failed, tiny.State);
        Assert.Equal("trading_rules", tiny.FailureReason);
        Assert.Contains("minimum size", h.Of<OrderFailedEvent>().Single(e => e.ClientOrderId == tiny.ClientOrderId).Message);
        Assert.Equal("trading_rules", cheap.FailureReason);
        Assert.Contains("minimum notional", h.Of<OrderFailedEvent>().Single(e => e.ClientOrderId == cheap.ClientOrderId).Message);
        Assert.DoesNotContain(h.Of<OrderCreatedEvent>(), e => e.ClientOrderId == tiny.ClientOrderId || e.ClientOrderId == cheap.ClientOrderId);
    }

    [Fact]
    public async Task Placing_the_same_client_order_id_twice_returns_the_first_order()
    {
        await using var h = await PaperHarness.StartAsync();
        var first = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 1m, 99m, id: "same");
        var again = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 5m, 98m, id: "same");

        Assert.Same(first, again);
        Assert.Single(h.Of<OrderCreatedEvent>());
        Assert.Equal(99m, h.Balance("USDT").Reserved);
    }

    [Fact]
    public async Task Immediate_or_cancel_and_fill_or_kill_never_rest()
    {
        await using var h = await PaperHarness.StartAsync();
        var ioc = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 8m, 100.01m, TimeInForce.ImmediateOrCancel);
        var fok = await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 16m, 100.02m, TimeInForce.FillOrKill);

        Assert.Equal((OrderState.Cancelled, 5m), (ioc.State, ioc.FilledAmount));
        Assert.Equal((OrderState.Cancelled, 0m), (fok.State, fok.FilledAmount));
        Assert.Empty(h.Exchange.GetOpenOrders());
        Assert.Equal(0m, h.Balance("USDT").Reserved);
    }

    [Fact]
    public async Task Latency_delays_the_acknowledgment_on_the_time_provider()
    {
        await using var h = await PaperHarness.StartAsync(o => o.Latency = TimeSpan.FromMilliseconds(100));
        var placing = h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 1m, 99m, id: "slow");
        Assert.False(placing.IsCompleted);
        Assert.True(h.Exchange.TryGetOrder("slow", out var pending));
        Assert.Equal(OrderState.PendingCreate, pending.State);
        Assert.Equal(0m, h.Balance("USDT").Reserved);

        h.Time.Advance(TimeSpan.FromMilliseconds(99));
        Assert.False(placing.IsCompleted);
        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        var order = await placing;
        Assert.Equal(OrderState.Open, order.State);
        Assert.Equal(99m, h.Balance("USDT").Reserved);
        Assert.Equal(h.Time.GetUtcNow(), h.Of<OrderCreatedEvent>().Single().Timestamp);

        // Stopping cancels the order, which takes the latency too.
        var stopping = h.Exchange.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        h.Time.Advance(TimeSpan.FromMilliseconds(100));
        await stopping;
        Assert.Equal(OrderState.Cancelled, order.State);
    }

    [Fact]
    public async Task A_cancel_sent_before_the_acknowledgment_keeps_the_order_off_the_book()
    {
        await using var h = await PaperHarness.StartAsync(o => o.Latency = TimeSpan.FromMilliseconds(50));
        var placing = h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 1m, 99m, id: "racy");
        var cancelling = h.Exchange.CancelOrderAsync("racy", CancellationToken.None);
        h.Time.Advance(TimeSpan.FromMilliseconds(50));
        await Task.WhenAll(placing, cancelling);

        var order = await placing;
        Assert.Equal(OrderState.Cancelled, order.State);
        Assert.Empty(h.Of<OrderCreatedEvent>());
        Assert.Equal(0m, h.Balance("USDT").Reserved);
    }

    [Fact]
    public async Task Fills_that_happen_while_a_cancel_is_in_flight_still_count()
    {
        await using var h = await PaperHarness.StartAsync(o => o.Latency = TimeSpan.FromMilliseconds(50));
        var placing = h.PlaceAsync(TradeSide.Sell, OrderType.Limit, 1m, 100.00m);
        h.Time.Advance(TimeSpan.FromMilliseconds(50));
        var order = await placing;

        var cancelling = h.Exchange.CancelOrderAsync(order.ClientOrderId, CancellationToken.None);
        Assert.Equal(OrderState.PendingCancel, order.State);
        h.Market.Trade(TradeSide.Buy, 100.00m, 1m);
        h.Time.Advance(TimeSpan.FromMilliseconds(50));
        await cancelling;

        Assert.Equal(OrderState.Filled, order.State);
        Assert.Empty(h.Of<OrderCancelledEvent>());
        Assert.Empty(h.Of<OrderTransitionIgnoredEvent>());
    }

    [Fact]
    public async Task Stop_cancels_open_orders_and_cancel_all_counts_what_it_cancelled()
    {
        await using var h = await PaperHarness.StartAsync();
        await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 1m, 99m);
        await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 1m, 98m);
        await h.PlaceAsync(TradeSide.Sell, OrderType.Limit, 1m, 101m);
        Assert.Equal(3, h.Exchange.GetOpenOrders(PaperHarness.Pair).Count);
        Assert.Equal([99m, 98m, 101m], h.Exchange.GetOpenOrders().Select(o => o.Price!.Value));

        Assert.Equal(3, await h.Exchange.CancelAllAsync(TradingPair.Parse("BTC-USDT"), CancellationToken.None));
        await h.PlaceAsync(TradeSide.Buy, OrderType.Limit, 1m, 97m);
        await h.Exchange.StopAsync(CancellationToken.None);

        Assert.Empty(h.Exchange.GetOpenOrders());
        Assert.Equal(4, h.Of<OrderCancelledEvent>().Count);
        Assert.False(h.Exchange.IsReady);
        Assert.All(h.Exchange.GetBalances(), b => Assert.Equal(b.Total, b.Available));
    }

    [Fact]
    public async Task Events_follow_the_state_they_describe_in_order()
    {
        await using var h = await PaperHarness.StartAsync();
        var seen = new List<string>();
        h.Events.Subscribe(e =>
        {
            if (e is OrderFilledEvent f)
                seen.Add($"fill {h.Exchange.GetBalance("BTC").Total:0.######}");
            else if (e is OrderCreatedEvent or OrderCompletedEvent)
                seen.Add(e.GetType().Name);
        });
        await h.PlaceAsync(TradeSide.Buy, OrderType.Market, 1m, null);

        Assert.Equal(["OrderCreatedEvent", "fill 10.998", "OrderCompletedEvent"], seen);
        Assert.Contains(h.Of<BalanceChangedEvent>(), e => e.Balance == new Balance("BTC", 10.998m, 10.998m));
        Assert.Contains(h.Of<BalanceChangedEvent>(), e => e.Balance.Asset == "USDT" && e.Balance.Total == 10_000m);
    }

    [Fact]
    public async Task Book_updates_and_trades_are_published_on_the_stream()
    {
        await using var h = await PaperHarness.StartAsync();
        h.Market.Level(TradeSide.Buy, 100.00m, 1m);
        h.Market.Trade(TradeSide.Sell, 100.00m, 0.5m);

        var book = h.Of<OrderBookUpdatedEvent>()[^1];
        Assert.Equal((100.00m, 100.01m), (book.BestBid, book.BestAsk));
        var trade = Assert.Single(h.Of<PublicTradeEvent>());
        Assert.Equal((TradeSide.Sell, 100.00m, 0.5m, "paper"), (trade.TakerSide, trade.Price, trade.Amount, trade.Exchange));
    }

    [Fact]
    public void Invalid_options_are_refused_with_the_setting_named()
    {
        var market = new ScriptedMarket(TimeProvider.System, new TradingRules(PaperHarness.Pair, 0.01m, 0.0001m, 0, 0));
        var error = Assert.Throws<ArgumentException>(() => new PaperExchange(market, new TradingEventStream(), TimeProvider.System,
            new PaperExchangeOptions { TakerFeeRate = -0.001m }));
        Assert.Contains("TakerFeeRate", error.Message);
        error = Assert.Throws<ArgumentException>(() => new PaperExchange(market, new TradingEventStream(), TimeProvider.System,
            new PaperExchangeOptions { InitialBalances = new Dictionary<string, decimal> { ["USDT"] = -1 } }));
        Assert.Contains("InitialBalances['USDT']", error.Message);
    }
}
