using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;
using Hbot.Sdk.Risk;
using Hbot.Sdk.Strategies;
using Hbot.Sdk.Tests.Strategies;

namespace Hbot.Sdk.Tests.Risk;

public sealed class RiskGuardTests
{
    private static readonly TradingPair Pair = StrategyHarness.Pair;

    private static PureMarketMakingParameters Pmm() => new()
    {
        BidSpread = 0.01m,
        AskSpread = 0.01m,
        OrderAmount = 0.1m,
        OrderRefreshTime = TimeSpan.FromSeconds(30),
    };

    private static OrderRequest Limit(TradeSide side, decimal amount, decimal price) =>
        new(ClientOrderIds.New(side, DateTimeOffset.UnixEpoch), Pair, side, OrderType.Limit, amount, price);

    [Fact]
    public async Task Orders_worth_more_than_max_order_size_are_refused_and_published()
    {
        await using var h = await StrategyHarness.StartAsync(Pmm(), new RiskLimits { MaxOrderSizeQuote = 50m });

        Assert.Null(await h.Risk.PlaceOrderAsync(Limit(TradeSide.Buy, 1m, 99m), CancellationToken.None));
        Assert.NotNull(await h.Risk.PlaceOrderAsync(Limit(TradeSide.Buy, 0.5m, 99m), CancellationToken.None));

        var refusal = Assert.Single(h.Recorded.OfType<RiskRefusalEvent>());
        Assert.Equal("max_order_size", refusal.Reason);
        Assert.Contains("above the limit of 50", refusal.Message);
        Assert.Single(h.Exchange.GetOpenOrders());
    }

    [Fact]
    public async Task Orders_beyond_max_open_orders_are_refused()
    {
        await using var h = await StrategyHarness.StartAsync(Pmm(), new RiskLimits { MaxOpenOrders = 2 });

        Assert.NotNull(await h.Risk.PlaceOrderAsync(Limit(TradeSide.Buy, 0.1m, 99m), CancellationToken.None));
        Assert.NotNull(await h.Risk.PlaceOrderAsync(Limit(TradeSide.Sell, 0.1m, 101m), CancellationToken.None));
        Assert.Null(await h.Risk.PlaceOrderAsync(Limit(TradeSide.Buy, 0.1m, 98m), CancellationToken.None));

        Assert.Equal("max_open_orders", Assert.Single(h.Recorded.OfType<RiskRefusalEvent>()).Reason);
        Assert.Equal(2, h.Exchange.GetOpenOrders().Count);
    }

    [Fact]
    public async Task Buys_that_would_exceed_max_base_position_counting_open_buys_are_refused_and_sells_are_not()
    {
        await using var h = await StrategyHarness.StartAsync(Pmm(), new RiskLimits { MaxBasePosition = 1.2m }, baseBalance: 1m);

        Assert.NotNull(await h.Risk.PlaceOrderAsync(Limit(TradeSide.Buy, 0.1m, 99m), CancellationToken.None));
        Assert.Null(await h.Risk.PlaceOrderAsync(Limit(TradeSide.Buy, 0.15m, 98m), CancellationToken.None));
        Assert.NotNull(await h.Risk.PlaceOrderAsync(Limit(TradeSide.Sell, 0.5m, 101m), CancellationToken.None));

        var refusal = Assert.Single(h.Recorded.OfType<RiskRefusalEvent>());
        Assert.Equal("max_base_position", refusal.Reason);
        Assert.Contains("1.25", refusal.Message);
    }

    [Fact]
    public async Task Strategy_orders_go_through_the_guard()
    {
        await using var h = await StrategyHarness.StartAsync(Pmm(), new RiskLimits { MaxOpenOrders = 1 });

        await h.TickAsync();

        Assert.Single(h.Exchange.GetOpenOrders());
        Assert.Equal("max_open_orders", Assert.Single(h.Recorded.OfType<RiskRefusalEvent>()).Reason);
    }

    [Fact]
    public async Task Daily_loss_trips_the_kill_switch_which_cancels_all_orders_stops_the_strategy_and_refuses_new_orders()
    {
        await using var h = await StrategyHarness.StartAsync(Pmm(), new RiskLimits { MaxDailyLossQuote = 5m }, baseBalance: 1m);
        await h.TickAsync();
        Assert.Equal(2, h.Exchange.GetOpenOrders().Count);
        var tripped = new List<string>();
        h.Risk.KillSwitchTripped += tripped.Add;

        // 1 BTC valued at 100 drops to 94.5 (the 99 bid fills on the way): a loss above 5 USDT.
        h.Market.SetMid(94.5m);
        await h.TickAfterAsync(TimeSpan.FromSeconds(1));

        Assert.True(h.Risk.IsKillSwitchActive);
        Assert.Equal(["max_daily_loss"], tripped);
        var kill = Assert.Single(h.Recorded.OfType<KillSwitchTrippedEvent>());
        Assert.Equal("max_daily_loss", kill.Reason);
        Assert.Empty(h.Exchange.GetOpenOrders());
        Assert.False(h.Strategy.IsRunning);
        var stopped = h.Recorded.OfType<StrategyStateChangedEvent>().Last();
        Assert.False(stopped.Running);
        Assert.Equal("max_daily_loss", stopped.Reason);
        var state = h.Recorded.OfType<RiskStateEvent>().Last();
        Assert.True(state.KillSwitchActive);
        Assert.True(state.DailyLossQuote >= 5m);

        Assert.Null(await h.Risk.PlaceOrderAsync(Limit(TradeSide.Sell, 0.1m, 101m), CancellationToken.None));
        Assert.Equal("kill_switch", h.Recorded.OfType<RiskRefusalEvent>().Last().Reason);

        // Stopped strategies tick no more.
        var ticks = h.Recorded.OfType<StrategyTickedEvent>().Count();
        await h.TickAfterAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(ticks, h.Recorded.OfType<StrategyTickedEvent>().Count());
    }

    [Fact]
    public async Task A_loss_within_the_limit_does_not_trip_and_the_kill_switch_can_be_disabled()
    {
        await using var h = await StrategyHarness.StartAsync(Pmm(), new RiskLimits { MaxDailyLossQuote = 5m, KillSwitchEnabled = false });
        await h.TickAsync();
        h.Market.SetMid(90m);
        await h.TickAfterAsync(TimeSpan.FromSeconds(1));

        Assert.False(h.Risk.IsKillSwitchActive);
        Assert.True(h.Strategy.IsRunning);
        Assert.True(h.Risk.DailyLossQuote > 5m);
    }

    [Fact]
    public async Task The_first_evaluation_of_a_day_announces_its_baseline_and_a_restored_baseline_counts_earlier_losses()
    {
        await using var h = await StrategyHarness.StartAsync(Pmm(), new RiskLimits { MaxDailyLossQuote = 5m });
        var days = new List<(DateOnly, decimal)>();
        h.Risk.DayStarted += (day, pnl) => days.Add((day, pnl));

        await h.Risk.EvaluateAsync(100m, CancellationToken.None);
        await h.Risk.EvaluateAsync(100m, CancellationToken.None);
        Assert.Equal([(new DateOnly(2026, 1, 5), 0m)], days);

        // An earlier run of the same day had started 6 USDT higher: that loss still counts after the restart.
        h.Risk.RestoreDayStart(new DateOnly(2026, 1, 5), 6m);
        await h.Risk.EvaluateAsync(100m, CancellationToken.None);

        Assert.Equal(6m, h.Risk.DailyLossQuote);
        Assert.True(h.Risk.IsKillSwitchActive);
        Assert.Single(days);
    }

    [Fact]
    public async Task Manual_trip_is_published_once()
    {
        await using var h = await StrategyHarness.StartAsync(Pmm());
        await h.TickAsync();

        await h.Risk.TripKillSwitchAsync("manual", "operator request", CancellationToken.None);
        await h.Risk.TripKillSwitchAsync("manual", "again", CancellationToken.None);

        Assert.Single(h.Recorded.OfType<KillSwitchTrippedEvent>());
        Assert.Empty(h.Exchange.GetOpenOrders());
        Assert.False(h.Strategy.IsRunning);
    }
}
