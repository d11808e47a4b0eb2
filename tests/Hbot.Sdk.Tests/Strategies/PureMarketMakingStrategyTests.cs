using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Strategies;

namespace Hbot.Sdk.Tests.Strategies;

public sealed class PureMarketMakingStrategyTests
{
    private static PureMarketMakingParameters Parameters(Action<PureMarketMakingParameters>? configure = null)
    {
        var p = new PureMarketMakingParameters
        {
            BidSpread = 0.01m,
            AskSpread = 0.01m,
            OrderAmount = 0.1m,
            OrderRefreshTime = TimeSpan.FromSeconds(30),
            FilledOrderDelay = TimeSpan.FromSeconds(60),
        };
        configure?.Invoke(p);
        return p;
    }

    [Fact]
    public async Task First_tick_places_post_only_levels_with_level_spread_and_amount()
    {
        await using var h = await StrategyHarness.StartAsync(Parameters(p =>
        {
            p.OrderLevels = 3;
            p.OrderLevelSpread = 0.005m;
            p.OrderLevelAmount = 0.05m;
            p.AskSpread = 0.02m;
        }));

        await h.TickAsync();

        Assert.Equal([99m, 98.5m, 98m], h.Bids.Select(o => o.Price!.Value));
        Assert.Equal([0.1m, 0.15m, 0.2m], h.Bids.Select(o => o.Amount));
        Assert.Equal([102m, 102.5m, 103m], h.Asks.Select(o => o.Price!.Value));
        Assert.Equal([0.1m, 0.15m, 0.2m], h.Asks.Select(o => o.Amount));
        Assert.All(h.Exchange.GetOpenOrders(), o => Assert.Equal(OrderType.LimitMaker, o.Request.OrderType));
    }

    [Fact]
    public async Task Inventory_skew_shrinks_bids_and_grows_asks_when_base_is_above_target()
    {
        // 1.05 BTC at 100 plus 95 USDT: 52.5% in base against a 50% target, half way to the band edge (±0.1 BTC).
        await using var h = await StrategyHarness.StartAsync(Parameters(p =>
        {
            p.InventorySkewEnabled = true;
            p.InventoryTargetBasePct = 0.5m;
            p.InventoryRangeMultiplier = 1m;
        }), baseBalance: 1.05m, quoteBalance: 95m);

        await h.TickAsync();

        Assert.Equal(0.05m, Assert.Single(h.Bids).Amount);
        Assert.Equal(0.15m, Assert.Single(h.Asks).Amount);
    }

    [Fact]
    public async Task Inventory_skew_stops_buying_beyond_the_band()
    {
        await using var h = await StrategyHarness.StartAsync(Parameters(p => p.InventorySkewEnabled = true), baseBalance: 1.5m, quoteBalance: 50m);

        await h.TickAsync();

        Assert.Empty(h.Bids);
        Assert.Equal(0.2m, Assert.Single(h.Asks).Amount);
    }

    [Fact]
    public async Task Orders_within_refresh_tolerance_are_kept_and_replaced_when_price_moves_beyond_it()
    {
        await using var h = await StrategyHarness.StartAsync(Parameters(p =>
        {
            p.BidSpread = p.AskSpread = 0.02m;
            p.OrderRefreshTolerancePct = 0.01m;
        }));
        await h.TickAsync();
        var first = h.Exchange.GetOpenOrders().Select(o => o.ClientOrderId).Order().ToArray();

        // Before order_refresh_time nothing is re-evaluated, even after a large move.
        h.Market.SetMid(100.3m);
        await h.TickAfterAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(first, h.Exchange.GetOpenOrders().Select(o => o.ClientOrderId).Order());

        // At the refresh time the new prices (98.29/102.31) are within 1% of 98/102: kept.
        await h.TickAfterAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(first, h.Exchange.GetOpenOrders().Select(o => o.ClientOrderId).Order());

        // Next refresh: 1.5% away, replaced at the new prices.
        h.Market.SetMid(101.5m);
        await h.TickAfterAsync(TimeSpan.FromSeconds(30));
        var open = h.Exchange.GetOpenOrders();
        Assert.Equal(2, open.Count);
        Assert.Empty(open.Select(o => o.ClientOrderId).Intersect(first));
        Assert.Equal(99.47m, Assert.Single(h.Bids).Price);
        Assert.Equal(103.53m, Assert.Single(h.Asks).Price);
        Assert.Equal(2, h.Recorded.OfType<OrderCancelledEvent>().Count());
    }

    [Fact]
    public async Task Zero_tolerance_replaces_orders_at_every_refresh()
    {
        await using var h = await StrategyHarness.StartAsync(Parameters());
        await h.TickAsync();
        h.Market.SetMid(100.2m);
        await h.TickAfterAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(99.19m, Assert.Single(h.Bids).Price);
        Assert.Equal(4, h.Recorded.OfType<OrderCreatedEvent>().Count());
    }

    [Fact]
    public async Task No_new_orders_during_filled_order_delay_after_a_complete_fill()
    {
        await using var h = await StrategyHarness.StartAsync(Parameters());
        await h.TickAsync();
        var bid = Assert.Single(h.Bids);

        h.Market.Trade(TradeSide.Sell, 98.9m, 1m); // prints through the 99 bid: it fills completely
        Assert.Single(h.Recorded.OfType<OrderFilledEvent>());
        await h.TickAfterAsync(TimeSpan.FromSeconds(1)); // the fill hook runs: next orders at +61s

        await h.TickAfterAsync(TimeSpan.FromSeconds(30)); // refresh time: the remaining ask is cancelled, nothing placed
        Assert.Empty(h.Exchange.GetOpenOrders());
        await h.TickAfterAsync(TimeSpan.FromSeconds(29));
        Assert.Empty(h.Exchange.GetOpenOrders());

        await h.TickAfterAsync(TimeSpan.FromSeconds(2));
        Assert.Single(h.Bids);
        Assert.Single(h.Asks);
        Assert.DoesNotContain(h.Exchange.GetOpenOrders(), o => o.ClientOrderId == bid.ClientOrderId);
        Assert.Equal(1.1m, h.Pnl.Position);
    }

    [Fact]
    public async Task Order_sizes_are_cut_to_the_available_balances()
    {
        await using var h = await StrategyHarness.StartAsync(Parameters(p => p.OrderAmount = 1m), baseBalance: 0.05m, quoteBalance: 50m);
        await h.TickAsync();

        Assert.Equal(0.505m, Assert.Single(h.Bids).Amount); // 50 USDT at 99, on the 0.0001 step
        Assert.Equal(0.05m, Assert.Single(h.Asks).Amount);
    }

    [Fact]
    public async Task No_bids_at_or_above_the_price_ceiling()
    {
        await using var h = await StrategyHarness.StartAsync(Parameters(p => p.PriceCeiling = 105m), mid: 106m);
        await h.TickAsync();

        Assert.Empty(h.Strategy.LastProposal!.Buys);
        Assert.Empty(h.Bids);
        Assert.Single(h.Asks);
    }

    [Fact]
    public async Task No_asks_at_or_below_the_price_floor()
    {
        await using var h = await StrategyHarness.StartAsync(Parameters(p => p.PriceFloor = 95m), mid: 94m);
        await h.TickAsync();

        Assert.Single(h.Bids);
        Assert.Empty(h.Asks);
    }

    [Fact]
    public async Task Orders_closer_than_minimum_spread_are_cancelled()
    {
        await using var h = await StrategyHarness.StartAsync(Parameters(p => p.MinimumSpread = 0.005m));
        await h.TickAsync();

        h.Market.SetMid(99.3m); // the 99 bid is now 0.3% from the mid
        await h.TickAfterAsync(TimeSpan.FromSeconds(1));

        Assert.Empty(h.Bids);
        Assert.Equal(101m, Assert.Single(h.Asks).Price);
    }

    [Fact]
    public async Task A_stale_book_cancels_quotes_and_quoting_resumes_when_it_recovers()
    {
        await using var h = await StrategyHarness.StartAsync(Parameters(p => p.OrderRefreshTime = TimeSpan.FromSeconds(5)));
        await h.TickAsync();
        Assert.Equal(2, h.Exchange.GetOpenOrders().Count);

        h.Market.MarkStale("sequence_gap");
        await h.TickAfterAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(h.Exchange.GetOpenOrders());
        await h.TickAfterAsync(TimeSpan.FromSeconds(1));
        Assert.Empty(h.Exchange.GetOpenOrders());

        h.Market.SetMid(100m);
        await h.TickAfterAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(2, h.Exchange.GetOpenOrders().Count);
    }

    [Fact]
    public async Task Start_and_every_tick_publish_state_tick_portfolio_and_risk_events()
    {
        await using var h = await StrategyHarness.StartAsync(Parameters(p => p.InventorySkewEnabled = true));
        var started = Assert.Single(h.Recorded.OfType<StrategyStateChangedEvent>());
        Assert.True(started.Running);

        await h.TickAsync();
        await h.TickAfterAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(2, h.Recorded.OfType<StrategyTickedEvent>().Count());
        Assert.Equal(2, h.Recorded.OfType<RiskStateEvent>().Count());
        var portfolio = h.Recorded.OfType<PortfolioValuedEvent>().Last();
        Assert.Equal(100m, portfolio.MidPrice);
        Assert.Equal(100_100m, portfolio.PortfolioValueQuote);
        Assert.Equal(0.5m, portfolio.TargetBaseRatio);

        await h.Strategy.StopAsync("test", CancellationToken.None);
        Assert.Empty(h.Exchange.GetOpenOrders());
        var stopped = h.Recorded.OfType<StrategyStateChangedEvent>().Last();
        Assert.False(stopped.Running);
        Assert.Equal("test", stopped.Reason);
    }

    [Fact]
    public async Task Status_table_shows_balances_orders_fills_and_pnl()
    {
        await using var h = await StrategyHarness.StartAsync(Parameters());
        await h.TickAsync();
        h.Market.Trade(TradeSide.Sell, 98.9m, 1m);
        await h.TickAfterAsync(TimeSpan.FromSeconds(1));

        var status = h.Strategy.FormatStatus();

        Assert.Contains("Balances:", status);
        Assert.Contains("USDT", status);
        Assert.Contains("Open orders (1):", status);
        Assert.Contains("Recent fills (1 total):", status);
        Assert.Contains("Buy", status);
        Assert.Contains("PnL: realized", status);
        Assert.Contains("unrealized", status);
        Assert.Contains("kill switch off", status);
    }
}
