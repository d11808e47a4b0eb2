using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Monitoring.Metrics;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Monitoring.Tests.Metrics;

public sealed class MetricsObserverTests
{
    private static readonly (string, string) BotLabel = ("bot", TradingScenario.Bot);
    private static readonly (string, string) PairLabel = ("trading_pair", "BTC-USDT");

    [Theory]
    [InlineData(MetricsExporter.PrometheusNet)]
    [InlineData(MetricsExporter.OpenTelemetry)]
    public async Task A_fill_increments_fills_volumes_and_fees(MetricsExporter kind)
    {
        using var s = new TradingScenario(kind);

        s.Publish(s.Fill("b1", TradeSide.Buy, 100m, 0.5m, 0.05m));
        s.Publish(s.Fill("b1", TradeSide.Buy, 101m, 0.25m, 0.025m));
        s.Publish(s.Fill("s1", TradeSide.Sell, 102m, 1m, 0.0001m, feeAsset: "BTC"));
        var scrape = await s.ScrapeAsync();

        (string, string) buy = ("side", "buy"), sell = ("side", "sell");
        Assert.Equal(2, scrape.Value("hbot_fills_total", BotLabel, PairLabel, buy));
        Assert.Equal(1, scrape.Value("hbot_fills_total", BotLabel, PairLabel, sell));
        Assert.Equal(0.75, scrape.Value("hbot_fill_base_volume_total", buy), 9);
        Assert.Equal(50 + 25.25, scrape.Value("hbot_fill_quote_volume_total", buy), 9);
        Assert.Equal(102, scrape.Value("hbot_fill_quote_volume_total", sell), 9);
        Assert.Equal(0.075, scrape.Value("hbot_fees_paid_total", ("asset", "USDT")), 9);
        Assert.Equal(0.0001, scrape.Value("hbot_fees_paid_total", ("asset", "BTC")), 9);
    }

    [Fact]
    public async Task A_rebate_is_not_counted_as_a_fee()
    {
        using var s = new TradingScenario(MetricsExporter.PrometheusNet);

        s.Publish(s.Fill("b1", TradeSide.Buy, 100m, 1m, -0.01m));
        var scrape = await s.ScrapeAsync();

        Assert.Equal(1, scrape.Value("hbot_fills_total", ("side", "buy")));
        Assert.Null(scrape.ValueOrNull("hbot_fees_paid_total", ("asset", "USDT")));
    }

    [Theory]
    [InlineData(MetricsExporter.PrometheusNet)]
    [InlineData(MetricsExporter.OpenTelemetry)]
    public async Task The_order_lifecycle_updates_counters_and_open_order_gauges(MetricsExporter kind)
    {
        using var s = new TradingScenario(kind);
        var pair = TradingScenario.Pair;
        const string paper = TradingScenario.Exchange;

        s.Publish(new OrderCreatedEvent(s.Now, paper, pair, "b1", null, TradeSide.Buy, OrderType.LimitMaker, 99m, 1m));
        s.Time.Advance(TimeSpan.FromSeconds(10));
        s.Publish(new OrderCreatedEvent(s.Now, paper, pair, "s1", null, TradeSide.Sell, OrderType.LimitMaker, 101m, 1m));
        s.Publish(new OrderCreatedEvent(s.Now, paper, pair, "s2", null, TradeSide.Sell, OrderType.Limit, 102m, 1m));
        s.Time.Advance(TimeSpan.FromSeconds(5));
        var whileOpen = await s.ScrapeAsync();

        Assert.Equal(1, whileOpen.Value("hbot_orders_created_total", ("side", "buy"), ("order_type", "limit_maker")));
        Assert.Equal(1, whileOpen.Value("hbot_orders_created_total", ("side", "sell"), ("order_type", "limit_maker")));
        Assert.Equal(1, whileOpen.Value("hbot_orders_created_total", ("side", "sell"), ("order_type", "limit")));
        Assert.Equal(3, whileOpen.Value("hbot_open_orders", BotLabel, PairLabel, ("exchange", paper)));
        Assert.Equal(15, whileOpen.Value("hbot_oldest_open_order_age_seconds", PairLabel), 6);

        s.Publish(new OrderCompletedEvent(s.Now, paper, pair, "b1", TradeSide.Buy, OrderType.LimitMaker, 1m, 99m, s.Now.AddSeconds(-15)));
        s.Publish(new OrderCancelledEvent(s.Now, paper, pair, "s1", TradeSide.Sell));
        s.Time.Advance(TimeSpan.FromSeconds(1));
        var afterTwo = await s.ScrapeAsync();

        Assert.Equal(1, afterTwo.Value("hbot_orders_filled_total", ("side", "buy"), ("order_type", "limit_maker")));
        Assert.Equal(1, afterTwo.Value("hbot_orders_cancelled_total", ("side", "sell")));
        Assert.Equal(1, afterTwo.Value("hbot_open_orders", PairLabel));
        Assert.Equal(6, afterTwo.Value("hbot_oldest_open_order_age_seconds", PairLabel), 6);
        Assert.Equal(1, afterTwo.Value("hbot_order_fill_latency_seconds_count", ("side", "buy")));
        Assert.Equal(15, afterTwo.Value("hbot_order_fill_latency_seconds_sum", ("side", "buy")), 6);
        Assert.Equal(1, afterTwo.Value("hbot_order_fill_latency_seconds_bucket", ("side", "buy"), ("le", "30")));
        Assert.Equal(0, afterTwo.Value("hbot_order_fill_latency_seconds_bucket", ("side", "buy"), ("le", "10")));

        s.Publish(new OrderFailedEvent(s.Now, paper, pair, "s2", TradeSide.Sell, "lost", "not found 3 times"));
        var afterAll = await s.ScrapeAsync();

        Assert.Equal(1, afterAll.Value("hbot_orders_failed_total", ("reason", "lost")));
        Assert.Equal(0, afterAll.Value("hbot_open_orders", PairLabel));
        Assert.Equal(0, afterAll.Value("hbot_oldest_open_order_age_seconds", PairLabel));
    }

    [Theory]
    [InlineData(MetricsExporter.PrometheusNet)]
    [InlineData(MetricsExporter.OpenTelemetry)]
    public async Task An_exchange_request_updates_the_latency_histogram_and_errors(MetricsExporter kind)
    {
        using var s = new TradingScenario(kind);
        const string endpoint = "/api/v2/spot/trade/place-order";

        s.Publish(new ExchangeRequestEvent(s.Now, "bitget", endpoint, "POST", 200, TimeSpan.FromMilliseconds(40), null));
        s.Publish(new ExchangeRequestEvent(s.Now, "bitget", endpoint, "POST", 400, TimeSpan.FromMilliseconds(120), "43012"));
        s.Publish(new ExchangeRequestEvent(s.Now, "bitget", endpoint, "POST", 429, TimeSpan.FromMilliseconds(20), "429"));
        s.Publish(new ExchangeRequestEvent(s.Now, "bitget", endpoint, "POST", 0, TimeSpan.FromSeconds(10), "timeout"));
        var scrape = await s.ScrapeAsync();

        (string, string) ok = ("status_class", "2xx"), client = ("status_class", "4xx");
        Assert.Equal(1, scrape.Value("hbot_exchange_request_duration_seconds_count", ok, ("method", "POST"), ("endpoint", endpoint)));
        Assert.Equal(0.04, scrape.Value("hbot_exchange_request_duration_seconds_sum", ok), 9);
        Assert.Equal(1, scrape.Value("hbot_exchange_request_duration_seconds_bucket", ok, ("le", "0.05")));
        Assert.Equal(0, scrape.Value("hbot_exchange_request_duration_seconds_bucket", ok, ("le", "0.025")));
        Assert.Equal(2, scrape.Value("hbot_exchange_request_duration_seconds_count", client));
        Assert.Equal(1, scrape.Value("hbot_exchange_request_duration_seconds_count", ("status_class", "error")));
        Assert.Equal(1, scrape.Value("hbot_exchange_errors_total", ("code", "43012"), ("exchange", "bitget")));
        Assert.Equal(1, scrape.Value("hbot_exchange_errors_total", ("code", "timeout")));
        Assert.Equal(1, scrape.Value("hbot_exchange_rate_limit_rejections_total", ("endpoint", endpoint)));
    }

    [Fact]
    public async Task Order_book_age_and_market_gauges_follow_the_feed()
    {
        using var s = new TradingScenario(MetricsExporter.PrometheusNet);

        s.Publish(new OrderBookUpdatedEvent(s.Now, TradingScenario.Exchange, TradingScenario.Pair, 99m, 101m));
        s.Time.Advance(TimeSpan.FromSeconds(7));
        var stale = await s.ScrapeAsync();
        s.Publish(new OrderBookUpdatedEvent(s.Now, TradingScenario.Exchange, TradingScenario.Pair, 100m, 100.5m));
        var fresh = await s.ScrapeAsync();

        Assert.Equal(7, stale.Value("hbot_order_book_age_seconds", PairLabel), 6);
        Assert.Equal(100, stale.Value("hbot_market_mid_price", PairLabel), 9);
        Assert.Equal(0.02, stale.Value("hbot_market_spread_ratio", PairLabel), 9);
        Assert.Equal(0, fresh.Value("hbot_order_book_age_seconds", PairLabel), 6);
        Assert.Equal(100.25, fresh.Value("hbot_market_mid_price", PairLabel), 9);
    }

    [Fact]
    public async Task Bot_start_publishes_identity_and_zero_series_for_what_it_trades()
    {
        using var s = new TradingScenario(MetricsExporter.OpenTelemetry);

        s.Publish(new BotStartedEvent(s.Now, TradingScenario.Bot, "pure_market_making", "paper", TradingScenario.Pair, "1.2.3",
            TimeSpan.FromSeconds(2), null));
        var scrape = await s.ScrapeAsync();

        Assert.Equal(1, scrape.Value("hbot_bot_info", ("version", "1.2.3"), ("strategy", "pure_market_making"), PairLabel));
        Assert.Equal(s.Now.ToUnixTimeSeconds(), scrape.Value("hbot_bot_start_time_seconds", BotLabel));
        Assert.Equal(2, scrape.Value("hbot_bot_tick_interval_seconds", BotLabel));
        Assert.Equal(0, scrape.Value("hbot_strategy_order_refresh_time_seconds", BotLabel));
        Assert.Equal(0, scrape.Value("hbot_fills_total", ("side", "sell")));
        Assert.Equal(0, scrape.Value("hbot_orders_created_total", ("side", "buy"), ("order_type", "market")));
        Assert.Equal(0, scrape.Value("hbot_fees_paid_total", ("asset", "BTC")));
    }

    [Fact]
    public async Task Ticks_risk_sockets_and_the_trade_store_are_recorded()
    {
        using var s = new TradingScenario(MetricsExporter.PrometheusNet);

        s.Publish(new StrategyTickedEvent(s.Now, "pmm", TimeSpan.FromMilliseconds(2)));
        s.Publish(new StrategyStateChangedEvent(s.Now, "pmm", false, "kill_switch"));
        s.Publish(new KillSwitchTrippedEvent(s.Now, "max_daily_loss", "limit reached"));
        s.Publish(new SocketStateChangedEvent(s.Now, "bitget", "public", true, null, "start"));
        s.Publish(new SocketStateChangedEvent(s.Now, "bitget", "public", false, null, "pong_missing"));
        s.Publish(new SocketStateChangedEvent(s.Now, "bitget", "public", true, TimeSpan.FromSeconds(2), "pong_missing"));
        s.Publish(new SocketMessageEvent(s.Now, "bitget", "books"));
        s.Publish(new SocketMessageEvent(s.Now, "bitget", "books"));
        s.Publish(new TradeStoreWrittenEvent(s.Now, "orders", 3));
        s.Publish(new RateLimitEvent(s.Now, "bitget", "/x", TimeSpan.FromMilliseconds(500), false));
        var scrape = await s.ScrapeAsync();

        var unix = s.Now.ToUnixTimeSeconds();
        Assert.Equal(unix, scrape.Value("hbot_bot_last_tick_timestamp_seconds", BotLabel));
        Assert.Equal(1, scrape.Value("hbot_bot_tick_duration_seconds_count", BotLabel));
        Assert.Equal(0, scrape.Value("hbot_strategy_running", ("strategy", "pmm")));
        Assert.Equal(1, scrape.Value("hbot_kill_switch_active", BotLabel));
        Assert.Equal(1, scrape.Value("hbot_kill_switch_trips_total", ("reason", "max_daily_loss")));
        Assert.Equal(1, scrape.Value("hbot_exchange_socket_connected", ("socket", "public")));
        Assert.Equal(1, scrape.Value("hbot_exchange_socket_reconnects_total", ("reason", "pong_missing")));
        Assert.Null(scrape.ValueOrNull("hbot_exchange_socket_reconnects_total", ("reason", "start")));
        Assert.Equal(2, scrape.Value("hbot_exchange_socket_messages_total", ("channel", "books")));
        Assert.Equal(unix, scrape.Value("hbot_exchange_socket_last_message_timestamp_seconds", ("channel", "books")));
        Assert.Equal(3, scrape.Value("hbot_trade_store_rows_written_total", ("table", "orders")));
        Assert.Equal(1, scrape.Value("hbot_exchange_rate_limit_waits_total", ("endpoint", "/x")));
        Assert.Equal(0.5, scrape.Value("hbot_exchange_rate_limit_wait_seconds_total", ("endpoint", "/x")), 9);
    }

    [Fact]
    public async Task The_logger_provider_counts_log_events_by_level()
    {
        using var s = new TradingScenario(MetricsExporter.PrometheusNet);
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(new MetricsLoggerProvider(s.LogEvents)));
        var logger = factory.CreateLogger("Test");

        logger.LogDebug("filtered out");
        logger.LogInformation("one");
        logger.LogError("two");
        logger.LogError("three");
        var scrape = await s.ScrapeAsync();

        Assert.Equal(1, scrape.Value("hbot_log_events_total", ("level", "information")));
        Assert.Equal(2, scrape.Value("hbot_log_events_total", ("level", "error")));
        Assert.Equal(0, scrape.Value("hbot_log_events_total", ("level", "debug")));
    }

    [Fact]
    public async Task Process_metrics_are_read_at_scrape_time()
    {
        using var s = new TradingScenario(MetricsExporter.OpenTelemetry);

        var before = await s.ScrapeAsync();
        GC.Collect(0);
        var after = await s.ScrapeAsync();

        Assert.True(after.Value("process_cpu_seconds_total") > 0);
        Assert.True(after.Value("process_resident_memory_bytes") > 10_000_000);
        Assert.True(after.Value("process_open_fds") > 0);
        Assert.True(after.Value("dotnet_gc_heap_size_bytes") > 0);
        Assert.InRange(after.Value("process_start_time_seconds"), DateTimeOffset.UtcNow.AddDays(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.True(after.Value("dotnet_gc_collections_total", ("generation", "gen0")) > before.Value("dotnet_gc_collections_total", ("generation", "gen0")));
    }
}
