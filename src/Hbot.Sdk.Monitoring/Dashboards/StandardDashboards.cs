using Hbot.Sdk.Monitoring.Metrics;
using static Hbot.Sdk.Monitoring.Dashboards.Promql;
using C = Hbot.Sdk.Monitoring.Metrics.MetricCatalog;
using E = Hbot.Sdk.Monitoring.Metrics.ExternalMetrics;
using I = Hbot.Sdk.Monitoring.Metrics.InfrastructureMetrics;

namespace Hbot.Sdk.Monitoring.Dashboards;

/// <summary>
/// The dashboards every stack gets: Infrastructure, Bot trading, Exchange connectivity, SLO overview and, when the
/// logs part is on, Logs. Every query is built from catalog entries.
/// </summary>
public static class StandardDashboards
{
    private const string BotFilter = "bot=~\"$bot\"";
    private const string NetworkDevices = "device!~\"lo|veth.*|docker.*|br-.*\"";
    private const string RealFilesystems = "fstype!~\"tmpfs|fuse.*|squashfs|overlay|nsfs\"";
    private const string NamedContainers = "name!=\"\"";

    /// <summary>Builds the dashboards for the options, in a stable order.</summary>
    public static IReadOnlyList<Dashboard> Create(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dashboards = new List<Dashboard> { Infrastructure(options), BotTrading(options), ExchangeConnectivity(options), ServiceLevels(options) };
        if (options.IncludeLogs) dashboards.Add(Logs(options));
        return dashboards;
    }

    private static DashboardBuilder Start(string title, string uid, string description, DashboardOptions options, params string[] runbookAlerts)
    {
        var builder = new DashboardBuilder(title).Uid(uid).Description(description).Tags("hbot").WithVariable(TemplateVariable.PrometheusDataSource);
        if (options.RunbookUrlPattern is { } pattern)
        {
            foreach (var alert in runbookAlerts)
                builder.WithLink("Runbook: " + alert, pattern.Replace("{alertname}", alert, StringComparison.Ordinal));
        }
        return builder;
    }

    private static TemplateVariable BotVariable(DashboardOptions options) =>
        TemplateVariable.LabelValues("bot", "Bot", Select(E.Up, $"job=\"{options.BotJob}\""), "bot");

    /// <summary>Host and container resources.</summary>
    public static Dashboard Infrastructure(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var idleRate = Rate(E.NodeCpuSeconds, "mode=\"idle\"");
        var botJob = $"job=\"{options.BotJob}\"";
        return Start("Hbot / Infrastructure", "hbot-infrastructure", "Host (node-exporter) and container (cAdvisor) resources.", options, "BotDown")
            .Tags("infrastructure")
            .WithRow("Host")
            .WithPanel(Panel.Stat("CPU busy").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithThresholds(0.7, 0.9)
                .WithInstantTarget($"1 - avg by (instance) ({idleRate})", "{{instance}}"))
            .WithPanel(Panel.Stat("Memory used").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithThresholds(0.8, 0.9)
                .WithInstantTarget($"1 - {E.NodeMemoryAvailable.Name} / {E.NodeMemoryTotal.Name}", "{{instance}}"))
            .WithPanel(Panel.Stat("Fullest disk").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithThresholds(0.8, 0.95)
                .WithInstantTarget($"max by (instance) (1 - {Select(E.NodeFilesystemAvailable, RealFilesystems)} / {Select(E.NodeFilesystemSize, RealFilesystems)})", "{{instance}}"))
            .WithPanel(Panel.Stat("Uptime").WithUnit(GrafanaUnit.Seconds).WithLowThresholds(600, 3600)
                .WithInstantTarget($"time() - {I.NodeBootTime.Name}", "{{instance}}"))
            .WithPanel(Panel.TimeSeries("CPU busy by host").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithThresholds(0.7, 0.9)
                .WithTarget($"1 - avg by (instance) ({idleRate})", "{{instance}}")
                .WithTarget($"{I.NodeLoad1.Name} / on (instance) count by (instance) ({Select(E.NodeCpuSeconds, "mode=\"idle\"")})", "load per core {{instance}}"))
            .WithPanel(Panel.TimeSeries("Memory used").WithUnit(GrafanaUnit.Bytes).WithRange(0, null)
                .WithTarget($"{E.NodeMemoryTotal.Name} - {E.NodeMemoryAvailable.Name}", "used {{instance}}")
                .WithTarget(E.NodeMemoryTotal.Name, "total {{instance}}"))
            .WithPanel(Panel.BarGauge("Disk used by mount").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithThresholds(0.8, 0.95)
                .WithInstantTarget($"1 - {Select(E.NodeFilesystemAvailable, RealFilesystems)} / {Select(E.NodeFilesystemSize, RealFilesystems)}", "{{mountpoint}}"))
            .WithPanel(Panel.TimeSeries("Network").WithUnit(GrafanaUnit.BytesPerSecond)
                .WithTarget($"sum by (instance) ({Rate(I.NodeNetworkReceive, NetworkDevices)})", "in {{instance}}")
                .WithTarget($"-sum by (instance) ({Rate(I.NodeNetworkTransmit, NetworkDevices)})", "out {{instance}}"))
            .WithRow("Containers")
            .WithPanel(Panel.TimeSeries("CPU by container").WithUnit(GrafanaUnit.PercentUnit).WithDescription("1 = one full core.").WithThresholds(0.8, 1.5)
                .WithTarget($"sum by (name) ({Rate(I.ContainerCpu, NamedContainers)})", "{{name}}"))
            .WithPanel(Panel.TimeSeries("Memory by container").WithUnit(GrafanaUnit.Bytes).WithRange(0, null)
                .WithTarget($"sum by (name) ({Select(E.ContainerMemoryWorkingSet, NamedContainers)})", "{{name}}"))
            .WithPanel(Panel.TimeSeries("Network I/O by container").WithUnit(GrafanaUnit.BytesPerSecond)
                .WithTarget($"sum by (name) ({Rate(I.ContainerNetworkReceive, NamedContainers)})", "in {{name}}")
                .WithTarget($"-sum by (name) ({Rate(I.ContainerNetworkTransmit, NamedContainers)})", "out {{name}}"))
            .WithPanel(Panel.BarGauge("Memory used of limit").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithThresholds(0.8, 0.9)
                .WithInstantTarget($"sum by (name) ({Select(E.ContainerMemoryWorkingSet, NamedContainers)}) / sum by (name) ({Select(E.ContainerSpecMemoryLimit, NamedContainers)} > 0)", "{{name}}"))
            .WithPanel(Panel.Table("Bot restarts in 24h").WithUnit(GrafanaUnit.Short).WithThresholds(1, 3)
                .WithDescription("Process restarts seen through process_start_time_seconds; cAdvisor cannot see in-place restarts.")
                .WithInstantTarget($"changes({Select(C.ProcessStartTime, botJob)}[24h])", "{{bot}}"))
            .WithPanel(Panel.Table("Scrape targets").WithUnit(GrafanaUnit.OnOff).WithLowThresholds(0.5, 1)
                .WithInstantTarget(E.Up.Name, "{{job}} {{instance}}"))
            .Build();
    }

    /// <summary>Orders, fills, market, portfolio, PnL and risk per bot.</summary>
    public static Dashboard BotTrading(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stale = options.StaleOrderBookSeconds;
        return Start("Hbot / Bot trading", "hbot-bot-trading", "Orders, fills, market, inventory, PnL and risk of each bot.", options, "BotDown", "KillSwitchActive")
            .Tags("trading")
            .WithVariable(BotVariable(options))
            .WithRow("Status")
            .WithPanel(Panel.Stat("Bot up").WithUnit(GrafanaUnit.OnOff).WithLowThresholds(0.5, 1)
                .WithInstantTarget($"max by (bot) ({Select(E.Up, $"job=\"{options.BotJob}\", {BotFilter}")})", "{{bot}}"))
            .WithPanel(Panel.Stat("Kill switch").WithUnit(GrafanaUnit.For(C.KillSwitchActive)).WithThresholds(0.5, 1)
                .WithInstantTarget($"max by (bot) ({Select(C.KillSwitchActive, BotFilter)})", "{{bot}}"))
            .WithPanel(Panel.Stat("Portfolio value").WithUnit(GrafanaUnit.Number)
                .WithInstantTarget($"sum by (bot) ({Select(C.PortfolioValue, BotFilter)})", "{{bot}}"))
            .WithPanel(Panel.Stat("Last tick").WithUnit(GrafanaUnit.Seconds).WithThresholds(10, 60)
                .WithInstantTarget($"time() - max by (bot) ({Select(C.LastTickTimestamp, BotFilter)})", "{{bot}}"))
            .WithRow("Orders")
            .WithPanel(Panel.TimeSeries("Orders and fills per minute").WithUnit(GrafanaUnit.PerMinute)
                .WithTarget($"{SumRate(C.OrdersCreated, BotFilter, "bot")} * 60", "created {{bot}}")
                .WithTarget($"{SumRate(C.OrdersCancelled, BotFilter, "bot")} * 60", "cancelled {{bot}}")
                .WithTarget($"{SumRate(C.Fills, BotFilter, "bot, side")} * 60", "fills {{side}} {{bot}}"))
            .WithPanel(Panel.TimeSeries("Fill ratio").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1)
                .WithDescription("Orders completely filled per order created.")
                .WithTarget($"{SumRate(C.OrdersFilled, BotFilter, "bot")} / {SumRate(C.OrdersCreated, BotFilter, "bot")}", "{{bot}}"))
            .WithPanel(Panel.TimeSeries("Open orders").WithUnit(GrafanaUnit.Short).WithRange(0, null)
                .WithTarget($"sum by (bot, trading_pair) ({Select(C.OpenOrders, BotFilter)})", "{{bot}} {{trading_pair}}"))
            .WithPanel(Panel.TimeSeries("Oldest open order age").WithUnit(GrafanaUnit.For(C.OldestOpenOrderAge)).WithRange(0, null)
                .WithTarget($"max by (bot) ({Select(C.OldestOpenOrderAge, BotFilter)})", "{{bot}}")
                .WithTarget($"max by (bot) ({Select(C.OrderRefreshTime, BotFilter)})", "refresh time {{bot}}"))
            .WithRow("Market")
            .WithPanel(Panel.TimeSeries("Mid price").WithUnit(GrafanaUnit.For(C.MidPrice))
                .WithTarget(Select(C.MidPrice, BotFilter), "{{bot}} {{trading_pair}}"))
            .WithPanel(Panel.TimeSeries("Spread").WithUnit(GrafanaUnit.For(C.SpreadRatio)).WithRange(0, null)
                .WithTarget(Select(C.SpreadRatio, BotFilter), "{{bot}} {{trading_pair}}"))
            .WithRow("Portfolio")
            .WithPanel(Panel.TimeSeries("Inventory base share").WithUnit(GrafanaUnit.For(C.InventoryBaseRatio)).WithRange(0, 1)
                .WithTarget(Select(C.InventoryBaseRatio, BotFilter), "actual {{bot}}")
                .WithTarget(Select(C.InventoryTargetBaseRatio, BotFilter), "target {{bot}}"))
            .WithPanel(Panel.BarGauge("Balances").WithUnit(GrafanaUnit.For(C.BalanceTotal))
                .WithInstantTarget(Select(C.BalanceTotal, BotFilter), "total {{asset}} {{bot}}")
                .WithInstantTarget(Select(C.BalanceAvailable, BotFilter), "available {{asset}} {{bot}}"))
            .WithPanel(Panel.TimeSeries("PnL").WithUnit(GrafanaUnit.Number)
                .WithTarget($"sum by (bot) ({Select(C.RealizedPnl, BotFilter)})", "realized {{bot}}")
                .WithTarget($"sum by (bot) ({Select(C.UnrealizedPnl, BotFilter)})", "unrealized {{bot}}"))
            .WithPanel(Panel.TimeSeries("Traded volume per minute").WithUnit(GrafanaUnit.Number)
                .WithTarget($"{SumRate(C.FillQuoteVolume, BotFilter, "bot, side")} * 60", "{{side}} {{bot}}"))
            .WithRow("Risk")
            .WithPanel(Panel.TimeSeries("Risk refusals per minute").WithUnit(GrafanaUnit.PerMinute)
                .WithTarget($"{SumRate(C.RiskRefusals, BotFilter, "bot, reason")} * 60", "{{reason}} {{bot}}"))
            .WithPanel(Panel.TimeSeries("Daily loss and limit").WithUnit(GrafanaUnit.Number)
                .WithTarget(Select(C.DailyLoss, BotFilter), "loss {{bot}}")
                .WithTarget(Select(C.DailyLossLimit, BotFilter), "limit {{bot}}"))
            .WithPanel(Panel.TimeSeries("Order failures per minute").WithUnit(GrafanaUnit.PerMinute)
                .WithTarget($"{SumRate(C.OrdersFailed, BotFilter, "bot, reason")} * 60", "{{reason}} {{bot}}"))
            .WithPanel(Panel.TimeSeries("Book age").WithUnit(GrafanaUnit.Seconds).WithRange(0, null).WithThresholds(stale / 2, stale)
                .WithTarget($"max by (bot, trading_pair) ({Select(C.OrderBookAge, BotFilter)})", "{{bot}} {{trading_pair}}"))
            .Build();
    }

    /// <summary>REST latency and errors, rate limits, sockets and book freshness.</summary>
    public static Dashboard ExchangeConnectivity(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stale = options.StaleOrderBookSeconds;
        var latency = C.ExchangeRequestDuration;
        return Start("Hbot / Exchange connectivity", "hbot-exchange", "Exchange REST latency and errors, rate limiting, sockets and order book freshness.", options, "ExchangeSocketDisconnected", "OrderBookStale")
            .Tags("exchange")
            .WithVariable(BotVariable(options))
            .WithRow("REST")
            .WithPanel(Panel.TimeSeries("Request latency").WithUnit(GrafanaUnit.Seconds).WithRange(0, null)
                .WithTarget(Quantile(0.5, latency, BotFilter, "exchange"), "p50 {{exchange}}")
                .WithTarget(Quantile(0.95, latency, BotFilter, "exchange"), "p95 {{exchange}}")
                .WithTarget(Quantile(0.99, latency, BotFilter, "exchange"), "p99 {{exchange}}"))
            .WithPanel(Panel.TimeSeries("p95 latency by endpoint").WithUnit(GrafanaUnit.Seconds).WithRange(0, null)
                .WithTarget(Quantile(0.95, latency, BotFilter, "exchange, endpoint"), "{{endpoint}}"))
            .WithPanel(Panel.TimeSeries("Requests per minute by status").WithUnit(GrafanaUnit.PerMinute)
                .WithTarget($"sum by (exchange, status_class) ({HistogramCountRate(latency, BotFilter)}) * 60", "{{status_class}} {{exchange}}"))
            .WithPanel(Panel.TimeSeries("Errors per minute by code").WithUnit(GrafanaUnit.PerMinute)
                .WithTarget($"{SumRate(C.ExchangeErrors, BotFilter, "exchange, code")} * 60", "{{code}} {{exchange}}"))
            .WithRow("Rate limits")
            .WithPanel(Panel.TimeSeries("Rate-limit waits per minute").WithUnit(GrafanaUnit.PerMinute)
                .WithTarget($"{SumRate(C.RateLimitWaits, BotFilter, "exchange, endpoint")} * 60", "waits {{endpoint}}")
                .WithTarget($"{SumRate(C.RateLimitRejections, BotFilter, "exchange, endpoint")} * 60", "rejections {{endpoint}}"))
            .WithPanel(Panel.TimeSeries("Time waiting for the rate limiter").WithUnit(GrafanaUnit.PercentUnit).WithDescription("Seconds waited per second.")
                .WithTarget(SumRate(C.RateLimitWaitSeconds, BotFilter, "exchange"), "{{exchange}}"))
            .WithRow("Sockets and books")
            .WithPanel(Panel.Stat("Sockets connected").WithUnit(GrafanaUnit.For(C.SocketConnected)).WithLowThresholds(0.5, 1)
                .WithInstantTarget(Select(C.SocketConnected, BotFilter), "{{bot}} {{socket}}"))
            .WithPanel(Panel.TimeSeries("Reconnects per minute").WithUnit(GrafanaUnit.PerMinute).WithWidthOf(9)
                .WithTarget($"{SumRate(C.SocketReconnects, BotFilter, "bot, socket, reason")} * 60", "{{socket}} {{reason}} {{bot}}"))
            .WithPanel(Panel.TimeSeries("Socket messages per second").WithUnit(GrafanaUnit.PerSecond).WithWidthOf(9)
                .WithTarget(SumRate(C.SocketMessages, BotFilter, "bot, channel"), "{{channel}} {{bot}}"))
            .WithPanel(Panel.TimeSeries("Order book age").WithUnit(GrafanaUnit.Seconds).WithRange(0, null).WithThresholds(stale / 2, stale)
                .WithTarget($"max by (bot, trading_pair) ({Select(C.OrderBookAge, BotFilter)})", "{{bot}} {{trading_pair}}"))
            .WithPanel(Panel.TimeSeries("Time since last socket message").WithUnit(GrafanaUnit.Seconds).WithRange(0, null).WithThresholds(stale / 2, stale)
                .WithTarget($"time() - max by (bot, channel) ({Select(C.SocketLastMessage, BotFilter)})", "{{channel}} {{bot}}"))
            .WithPanel(Panel.TimeSeries("Order book resyncs per minute").WithUnit(GrafanaUnit.PerMinute)
                .WithTarget($"{SumRate(C.OrderBookResyncs, BotFilter, "bot, reason")} * 60", "{{reason}} {{bot}}"))
            .Build();
    }

    /// <summary>Availability, order success and latency against their objectives, with error budgets.</summary>
    public static Dashboard ServiceLevels(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Objectives;
        var up = Select(E.Up, $"job=\"{options.BotJob}\", {BotFilter}");
        var failed = SumRate(C.OrdersFailed, BotFilter, "bot");
        var created = SumRate(C.OrdersCreated, BotFilter, "bot");
        // A bot with no failure series yet has a 100% success ratio, not none: fill the gap with created * 0.
        var failedOrZero = $"({failed} or {created} * 0)";
        var orderSuccess = $"1 - {failedOrZero} / ({created} + {failedOrZero})";
        var latency = ShareAtOrBelow(C.ExchangeRequestDuration, o.ApiLatencySeconds, BotFilter, "bot");
        var availability = $"avg by (bot) (avg_over_time({up}[$__range]))";
        return Start("Hbot / SLO overview", "hbot-slo", "Service levels of each bot against their objectives, over the selected time range.", options, "BotDown")
            .Tags("slo")
            .WithVariable(BotVariable(options))
            .WithRow("Over the selected range")
            .WithPanel(Panel.Stat("Availability").WithUnit(GrafanaUnit.PercentUnit).WithLowThresholds(o.BotAvailabilityTarget - (1 - o.BotAvailabilityTarget), o.BotAvailabilityTarget).WithWidthOf(8)
                .WithInstantTarget(availability, "{{bot}}"))
            .WithPanel(Panel.Stat("Order success").WithUnit(GrafanaUnit.PercentUnit).WithLowThresholds(o.OrderSuccessTarget - (1 - o.OrderSuccessTarget), o.OrderSuccessTarget).WithWidthOf(8)
                .WithInstantTarget($"avg_over_time(({orderSuccess})[$__range:])", "{{bot}}"))
            .WithPanel(Panel.Stat($"Requests under {Format(o.ApiLatencySeconds)}s").WithUnit(GrafanaUnit.PercentUnit).WithLowThresholds(o.ApiLatencyTarget - (1 - o.ApiLatencyTarget), o.ApiLatencyTarget).WithWidthOf(8)
                .WithInstantTarget($"avg_over_time(({latency})[$__range:])", "{{bot}}"))
            .WithPanel(Panel.Gauge("Availability error budget left").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithLowThresholds(0.1, 0.25).WithWidthOf(8)
                .WithInstantTarget($"clamp_min(1 - (1 - {availability}) / {Format(1 - o.BotAvailabilityTarget)}, 0)", "{{bot}}"))
            .WithPanel(Panel.Gauge("Order success error budget left").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithLowThresholds(0.1, 0.25).WithWidthOf(8)
                .WithInstantTarget($"clamp_min(1 - (1 - avg_over_time(({orderSuccess})[$__range:])) / {Format(1 - o.OrderSuccessTarget)}, 0)", "{{bot}}"))
            .WithPanel(Panel.Gauge("Latency error budget left").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithLowThresholds(0.1, 0.25).WithWidthOf(8)
                .WithInstantTarget($"clamp_min(1 - (1 - avg_over_time(({latency})[$__range:])) / {Format(1 - o.ApiLatencyTarget)}, 0)", "{{bot}}"))
            .WithRow("Over time")
            .WithPanel(Panel.TimeSeries("Availability").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithWidthOf(8)
                .WithTarget($"avg by (bot) ({up})", "{{bot}}")
                .WithTarget($"vector({Format(o.BotAvailabilityTarget)})", "objective"))
            .WithPanel(Panel.TimeSeries("Order success").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithWidthOf(8)
                .WithTarget(orderSuccess, "{{bot}}")
                .WithTarget($"vector({Format(o.OrderSuccessTarget)})", "objective"))
            .WithPanel(Panel.TimeSeries($"Requests under {Format(o.ApiLatencySeconds)}s").WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithWidthOf(8)
                .WithTarget(latency, "{{bot}}")
                .WithTarget($"vector({Format(o.ApiLatencyTarget)})", "objective"))
            .WithRow("30-day error budget and burn rates (SLO recording rules)")
            .WithPanel(BudgetGauge("Availability budget left (30d)", "bot:up_errors:budget_remaining30d"))
            .WithPanel(BudgetGauge("Order success budget left (30d)", "bot:hbot_orders_failed_per_attempt:budget_remaining30d"))
            .WithPanel(BudgetGauge("Latency budget left (30d)", "bot_exchange:hbot_exchange_requests_slow_per_request:budget_remaining30d"))
            .WithPanel(BurnRate("Availability burn rate", "bot:up_errors"))
            .WithPanel(BurnRate("Order success burn rate", "bot:hbot_orders_failed_per_attempt"))
            .WithPanel(BurnRate("Latency burn rate", "bot_exchange:hbot_exchange_requests_slow_per_request"))
            .Build();
    }

    // The worst exchange of a bot counts, so budgets and burn rates are reduced with min/max by bot.
    private static Panel BudgetGauge(string title, string recordedBudget) =>
        Panel.Gauge(title).WithUnit(GrafanaUnit.PercentUnit).WithRange(0, 1).WithLowThresholds(0.1, 0.25).WithWidthOf(8)
            .WithDescription($"Recording rule {recordedBudget}: share of the 30-day error budget not yet spent.")
            .WithInstantTarget($"clamp_min(min by (bot) ({recordedBudget}{{{BotFilter}}}), 0)", "{{bot}}");

    private static Panel BurnRate(string title, string recordedPrefix) =>
        Panel.TimeSeries(title).WithUnit(GrafanaUnit.Short).WithRange(0, null).WithThresholds(1, 14.4).WithWidthOf(8)
            .WithDescription("Error budget spend speed: 1 spends exactly the budget in 30 days; 14.4 over 1h spends 2% of it in an hour.")
            .WithTarget($"max by (bot) ({recordedPrefix}:burnrate1h{{{BotFilter}}})", "1h {{bot}}")
            .WithTarget($"max by (bot) ({recordedPrefix}:burnrate6h{{{BotFilter}}})", "6h {{bot}}");

    /// <summary>Bot logs from Loki, with log volume by level.</summary>
    public static Dashboard Logs(DashboardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var loki = new DataSourceRef("loki", options.LokiDataSourceUid);
        return Start("Hbot / Logs", "hbot-logs", "Structured JSON logs of the bots, collected by Grafana Alloy into Loki.", options)
            .Tags("logs")
            .WithVariable(BotVariable(options))
            .WithPanel(Panel.TimeSeries("Log events per minute by level").WithUnit(GrafanaUnit.PerMinute)
                .WithTarget($"{SumRate(C.LogEvents, BotFilter, "bot, level")} * 60", "{{level}} {{bot}}"))
            .WithPanel(Panel.TimeSeries("Log lines by level").WithUnit(GrafanaUnit.Lines).WithDataSource(loki)
                .WithTarget("sum by (level) (count_over_time({bot=~\"$bot\"} | json level=\"LogLevel\" [$__auto]))", "{{level}}"))
            .WithPanel(Panel.Logs("Warnings and errors").WithUnit(GrafanaUnit.Lines).WithDataSource(loki).WithSize(24, 10)
                .WithTarget("{bot=~\"$bot\"} | json | LogLevel=~\"Warning|Error|Critical\""))
            .WithPanel(Panel.Logs("All logs").WithUnit(GrafanaUnit.Lines).WithDataSource(loki)
                .WithTarget("{bot=~\"$bot\"}"))
            .Build();
    }
}
