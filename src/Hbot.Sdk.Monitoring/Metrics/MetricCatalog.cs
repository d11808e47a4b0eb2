namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>
/// Every metric the SDK exports. Exporters create their instruments from these entries, and rule packs and
/// dashboards reference them, so a name exists in exactly one place.
/// </summary>
public static class MetricCatalog
{
    private static readonly string[] Bot = ["bot"];
    private static readonly string[] Market = ["bot", "exchange", "trading_pair"];
    private static readonly double[] TickBuckets = [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5];
    private static readonly double[] FillLatencyBuckets = [0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600];
    private static readonly double[] RequestBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];

    // Bot
    /// <summary>Bot identity; value 1, identity in labels.</summary>
    public static readonly MetricDefinition BotInfo = new("hbot_bot_info", MetricType.Gauge, MetricUnit.None,
        "Bot identity: always 1, with version, strategy, exchange and trading pair as labels.", ["bot", "version", "strategy", "exchange", "trading_pair"]);
    /// <summary>Bot start time.</summary>
    public static readonly MetricDefinition BotStartTime = new("hbot_bot_start_time_seconds", MetricType.Gauge, MetricUnit.Timestamp,
        "Unix time the bot started.", Bot);
    /// <summary>Last completed tick.</summary>
    public static readonly MetricDefinition LastTickTimestamp = new("hbot_bot_last_tick_timestamp_seconds", MetricType.Gauge, MetricUnit.Timestamp,
        "Unix time of the last completed strategy tick.", Bot);
    /// <summary>Configured tick interval.</summary>
    public static readonly MetricDefinition TickInterval = new("hbot_bot_tick_interval_seconds", MetricType.Gauge, MetricUnit.Seconds,
        "Configured interval between strategy ticks.", Bot);
    /// <summary>Tick duration.</summary>
    public static readonly MetricDefinition TickDuration = new("hbot_bot_tick_duration_seconds", MetricType.Histogram, MetricUnit.Seconds,
        "Time spent in one strategy tick.", Bot, TickBuckets);
    /// <summary>Strategy running state.</summary>
    public static readonly MetricDefinition StrategyRunning = new("hbot_strategy_running", MetricType.Gauge, MetricUnit.Boolean,
        "1 while the strategy runs, 0 when it stopped.", ["bot", "strategy"]);
    /// <summary>Configured order refresh time.</summary>
    public static readonly MetricDefinition OrderRefreshTime = new("hbot_strategy_order_refresh_time_seconds", MetricType.Gauge, MetricUnit.Seconds,
        "Configured order refresh time of the strategy (0 when it has none).", Bot);
    /// <summary>Kill switch state.</summary>
    public static readonly MetricDefinition KillSwitchActive = new("hbot_kill_switch_active", MetricType.Gauge, MetricUnit.Boolean,
        "1 when the kill switch has tripped and trading is stopped.", Bot);
    /// <summary>Kill switch trips.</summary>
    public static readonly MetricDefinition KillSwitchTrips = new("hbot_kill_switch_trips_total", MetricType.Counter, MetricUnit.None,
        "Kill switch trips by reason.", ["bot", "reason"]);
    /// <summary>Risk refusals.</summary>
    public static readonly MetricDefinition RiskRefusals = new("hbot_risk_refusals_total", MetricType.Counter, MetricUnit.None,
        "Order intents refused by the risk guard, by reason.", ["bot", "trading_pair", "reason"]);
    /// <summary>Daily loss so far.</summary>
    public static readonly MetricDefinition DailyLoss = new("hbot_risk_daily_loss_quote", MetricType.Gauge, MetricUnit.Quote,
        "Loss since the start of the UTC day in quote (positive means a loss).", Bot);
    /// <summary>Daily loss limit.</summary>
    public static readonly MetricDefinition DailyLossLimit = new("hbot_risk_max_daily_loss_quote", MetricType.Gauge, MetricUnit.Quote,
        "Configured daily loss limit in quote (0 means none).", Bot);

    // Orders
    /// <summary>Orders created.</summary>
    public static readonly MetricDefinition OrdersCreated = new("hbot_orders_created_total", MetricType.Counter, MetricUnit.None,
        "Orders accepted by the exchange.", ["bot", "exchange", "trading_pair", "side", "order_type"]);
    /// <summary>Orders completely filled.</summary>
    public static readonly MetricDefinition OrdersFilled = new("hbot_orders_filled_total", MetricType.Counter, MetricUnit.None,
        "Orders completely filled.", ["bot", "exchange", "trading_pair", "side", "order_type"]);
    /// <summary>Orders cancelled.</summary>
    public static readonly MetricDefinition OrdersCancelled = new("hbot_orders_cancelled_total", MetricType.Counter, MetricUnit.None,
        "Orders cancelled.", ["bot", "exchange", "trading_pair", "side"]);
    /// <summary>Orders failed.</summary>
    public static readonly MetricDefinition OrdersFailed = new("hbot_orders_failed_total", MetricType.Counter, MetricUnit.None,
        "Orders that failed (rejected, refused by trading rules, or lost), by reason.", ["bot", "exchange", "trading_pair", "reason"]);
    /// <summary>Open orders.</summary>
    public static readonly MetricDefinition OpenOrders = new("hbot_open_orders", MetricType.Gauge, MetricUnit.None,
        "Orders currently working on the exchange.", Market);
    /// <summary>Oldest open order age.</summary>
    public static readonly MetricDefinition OldestOpenOrderAge = new("hbot_oldest_open_order_age_seconds", MetricType.Gauge, MetricUnit.Seconds,
        "Age of the oldest working order (0 when none).", Market);
    /// <summary>Order-to-fill latency.</summary>
    public static readonly MetricDefinition OrderFillLatency = new("hbot_order_fill_latency_seconds", MetricType.Histogram, MetricUnit.Seconds,
        "Time from order creation to complete fill.", ["bot", "exchange", "trading_pair", "side"], FillLatencyBuckets);

    // Fills
    /// <summary>Fill events.</summary>
    public static readonly MetricDefinition Fills = new("hbot_fills_total", MetricType.Counter, MetricUnit.None,
        "Executions (fills) received.", ["bot", "exchange", "trading_pair", "side"]);
    /// <summary>Filled base volume.</summary>
    public static readonly MetricDefinition FillBaseVolume = new("hbot_fill_base_volume_total", MetricType.Counter, MetricUnit.Asset,
        "Executed volume in base.", ["bot", "exchange", "trading_pair", "side"]);
    /// <summary>Filled quote volume.</summary>
    public static readonly MetricDefinition FillQuoteVolume = new("hbot_fill_quote_volume_total", MetricType.Counter, MetricUnit.Quote,
        "Executed volume in quote.", ["bot", "exchange", "trading_pair", "side"]);
    /// <summary>Fees paid.</summary>
    public static readonly MetricDefinition FeesPaid = new("hbot_fees_paid_total", MetricType.Counter, MetricUnit.Asset,
        "Trading fees paid, in the fee asset.", ["bot", "exchange", "asset"]);

    // Portfolio
    /// <summary>Total balance.</summary>
    public static readonly MetricDefinition BalanceTotal = new("hbot_balance", MetricType.Gauge, MetricUnit.Asset,
        "Total balance of an asset, including amounts reserved by open orders.", ["bot", "exchange", "asset"]);
    /// <summary>Available balance.</summary>
    public static readonly MetricDefinition BalanceAvailable = new("hbot_balance_available", MetricType.Gauge, MetricUnit.Asset,
        "Balance of an asset available for new orders.", ["bot", "exchange", "asset"]);
    /// <summary>Base inventory share.</summary>
    public static readonly MetricDefinition InventoryBaseRatio = new("hbot_inventory_base_ratio", MetricType.Gauge, MetricUnit.Ratio,
        "Share of portfolio value held in the base asset, 0 to 1.", Market);
    /// <summary>Target base share.</summary>
    public static readonly MetricDefinition InventoryTargetBaseRatio = new("hbot_inventory_target_base_ratio", MetricType.Gauge, MetricUnit.Ratio,
        "Target share of portfolio value in the base asset, 0 to 1.", Market);
    /// <summary>Portfolio value.</summary>
    public static readonly MetricDefinition PortfolioValue = new("hbot_portfolio_value_quote", MetricType.Gauge, MetricUnit.Quote,
        "Base valued at mid plus quote, in quote.", Market);
    /// <summary>Realized PnL.</summary>
    public static readonly MetricDefinition RealizedPnl = new("hbot_pnl_realized_quote", MetricType.Gauge, MetricUnit.Quote,
        "Realized profit and loss in quote, fees included.", Market);
    /// <summary>Unrealized PnL.</summary>
    public static readonly MetricDefinition UnrealizedPnl = new("hbot_pnl_unrealized_quote", MetricType.Gauge, MetricUnit.Quote,
        "Unrealized profit and loss of the open position at mid, in quote.", Market);

    // Market
    /// <summary>Mid price.</summary>
    public static readonly MetricDefinition MidPrice = new("hbot_market_mid_price", MetricType.Gauge, MetricUnit.Price,
        "Mid price of the order book.", Market);
    /// <summary>Relative spread.</summary>
    public static readonly MetricDefinition SpreadRatio = new("hbot_market_spread_ratio", MetricType.Gauge, MetricUnit.Ratio,
        "Relative spread of the order book, (ask - bid) / mid.", Market);
    /// <summary>Order book age.</summary>
    public static readonly MetricDefinition OrderBookAge = new("hbot_order_book_age_seconds", MetricType.Gauge, MetricUnit.Seconds,
        "Time since the last order book update.", Market);
    /// <summary>Order book resyncs.</summary>
    public static readonly MetricDefinition OrderBookResyncs = new("hbot_order_book_resyncs_total", MetricType.Counter, MetricUnit.None,
        "Order books discarded and rebuilt, by reason.", ["bot", "exchange", "trading_pair", "reason"]);

    // Exchange
    /// <summary>REST latency.</summary>
    public static readonly MetricDefinition ExchangeRequestDuration = new("hbot_exchange_request_duration_seconds", MetricType.Histogram, MetricUnit.Seconds,
        "Exchange REST request duration.", ["bot", "exchange", "endpoint", "method", "status_class"], RequestBuckets);
    /// <summary>Exchange errors.</summary>
    public static readonly MetricDefinition ExchangeErrors = new("hbot_exchange_errors_total", MetricType.Counter, MetricUnit.None,
        "Exchange API errors by exchange error code.", ["bot", "exchange", "endpoint", "code"]);
    /// <summary>Rate-limit waits.</summary>
    public static readonly MetricDefinition RateLimitWaits = new("hbot_exchange_rate_limit_waits_total", MetricType.Counter, MetricUnit.None,
        "Requests delayed by the client-side rate limiter.", ["bot", "exchange", "endpoint"]);
    /// <summary>Rate-limit wait time.</summary>
    public static readonly MetricDefinition RateLimitWaitSeconds = new("hbot_exchange_rate_limit_wait_seconds_total", MetricType.Counter, MetricUnit.Seconds,
        "Time requests spent waiting for the client-side rate limiter.", ["bot", "exchange", "endpoint"]);
    /// <summary>Rate-limit rejections.</summary>
    public static readonly MetricDefinition RateLimitRejections = new("hbot_exchange_rate_limit_rejections_total", MetricType.Counter, MetricUnit.None,
        "Requests refused by a rate limit (client-side, or HTTP 429 from the exchange).", ["bot", "exchange", "endpoint"]);
    /// <summary>Socket state.</summary>
    public static readonly MetricDefinition SocketConnected = new("hbot_exchange_socket_connected", MetricType.Gauge, MetricUnit.Boolean,
        "1 while the socket is connected.", ["bot", "exchange", "socket"]);
    /// <summary>Socket reconnects.</summary>
    public static readonly MetricDefinition SocketReconnects = new("hbot_exchange_socket_reconnects_total", MetricType.Counter, MetricUnit.None,
        "Socket reconnections, by reason.", ["bot", "exchange", "socket", "reason"]);
    /// <summary>Socket messages.</summary>
    public static readonly MetricDefinition SocketMessages = new("hbot_exchange_socket_messages_total", MetricType.Counter, MetricUnit.None,
        "Socket messages received, by channel.", ["bot", "exchange", "channel"]);
    /// <summary>Last socket message time.</summary>
    public static readonly MetricDefinition SocketLastMessage = new("hbot_exchange_socket_last_message_timestamp_seconds", MetricType.Gauge, MetricUnit.Timestamp,
        "Unix time of the last message on a channel.", ["bot", "exchange", "channel"]);

    // Persistence and logs
    /// <summary>Trade store rows.</summary>
    public static readonly MetricDefinition TradeStoreRows = new("hbot_trade_store_rows_written_total", MetricType.Counter, MetricUnit.None,
        "Rows committed to the trade store, by table.", ["bot", "table"]);
    /// <summary>Trade store last write.</summary>
    public static readonly MetricDefinition TradeStoreLastWrite = new("hbot_trade_store_last_write_timestamp_seconds", MetricType.Gauge, MetricUnit.Timestamp,
        "Unix time of the last trade store commit.", Bot);
    /// <summary>Log events.</summary>
    public static readonly MetricDefinition LogEvents = new("hbot_log_events_total", MetricType.Counter, MetricUnit.None,
        "Log events written, by level.", ["bot", "level"]);

    // Process (standard names, exported by the SDK itself so both exporters agree)
    /// <summary>CPU time.</summary>
    public static readonly MetricDefinition ProcessCpu = new("process_cpu_seconds_total", MetricType.Counter, MetricUnit.Seconds,
        "Total user and system CPU time spent in seconds.", []);
    /// <summary>Resident memory.</summary>
    public static readonly MetricDefinition ProcessResidentMemory = new("process_resident_memory_bytes", MetricType.Gauge, MetricUnit.Bytes,
        "Resident memory size in bytes.", []);
    /// <summary>Process start time.</summary>
    public static readonly MetricDefinition ProcessStartTime = new("process_start_time_seconds", MetricType.Gauge, MetricUnit.Timestamp,
        "Start time of the process since unix epoch in seconds.", []);
    /// <summary>Open file descriptors.</summary>
    public static readonly MetricDefinition ProcessOpenFds = new("process_open_fds", MetricType.Gauge, MetricUnit.None,
        "Number of open file descriptors.", []);
    /// <summary>GC collections.</summary>
    public static readonly MetricDefinition GcCollections = new("dotnet_gc_collections_total", MetricType.Counter, MetricUnit.None,
        "Garbage collections since the process started, by generation.", ["generation"]);
    /// <summary>GC heap size.</summary>
    public static readonly MetricDefinition GcHeapSize = new("dotnet_gc_heap_size_bytes", MetricType.Gauge, MetricUnit.Bytes,
        "Bytes in the managed heap.", []);

    /// <summary>Every metric the SDK exports, in a stable order.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        BotInfo, BotStartTime, LastTickTimestamp, TickInterval, TickDuration, StrategyRunning, OrderRefreshTime,
        KillSwitchActive, KillSwitchTrips, RiskRefusals, DailyLoss, DailyLossLimit,
        OrdersCreated, OrdersFilled, OrdersCancelled, OrdersFailed, OpenOrders, OldestOpenOrderAge, OrderFillLatency,
        Fills, FillBaseVolume, FillQuoteVolume, FeesPaid,
        BalanceTotal, BalanceAvailable, InventoryBaseRatio, InventoryTargetBaseRatio, PortfolioValue, RealizedPnl, UnrealizedPnl,
        MidPrice, SpreadRatio, OrderBookAge, OrderBookResyncs,
        ExchangeRequestDuration, ExchangeErrors, RateLimitWaits, RateLimitWaitSeconds, RateLimitRejections,
        SocketConnected, SocketReconnects, SocketMessages, SocketLastMessage,
        TradeStoreRows, TradeStoreLastWrite, LogEvents,
        ProcessCpu, ProcessResidentMemory, ProcessStartTime, ProcessOpenFds, GcCollections, GcHeapSize,
    ];

    /// <summary>Finds an entry by metric name or by one of its series names (<c>_bucket</c>, <c>_sum</c>, <c>_count</c>).</summary>
    public static MetricDefinition? Find(string name) =>
        All.FirstOrDefault(m => m.Name == name || m.SeriesNames.Contains(name));
}
