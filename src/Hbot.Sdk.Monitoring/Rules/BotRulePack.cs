using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Rules.PromQl;
using Hbot.Sdk.Monitoring.Rules.RuleTests;
using Hbot.Sdk.Monitoring.Runbooks;
using static Hbot.Sdk.Monitoring.Rules.PackAlert;
using static Hbot.Sdk.Monitoring.Runbooks.RunbookCommands;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Bot and trading alerts: scrape health, ticking, kill switch, strategy state, orders, risk limits, balances and inventory.</summary>
public static class BotRulePack
{
    /// <summary>Builds the pack from the options.</summary>
    public static RulePack Build(RulePackOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var b = o.Bot;
        var s = o.Selectors;
        var bot = s.Bot;
        var target = TestBot(o);
        var market = target.With("exchange", "bitget", "trading_pair", "BTC-USDT");
        var rate = PromDuration.Format(b.RateWindow);

        var down = Create(o, "BotDown", AlertSeverity.Critical, b.DownFor,
            $"{ExternalMetrics.Up}{{{bot}}} == 0",
            "Prometheus cannot scrape a bot.",
            "Scraping bot {{ $labels.bot }} at {{ $labels.instance }} fails: the process is down or its metrics endpoint does not answer.",
            new Runbook
            {
                Meaning = $"Every scrape of the bot's `/metrics` failed for {PromDuration.Format(b.DownFor)}: the bot process is not running, hangs, or its port is not reachable from Prometheus.",
                Impact = "The bot may not be trading, or may be trading unwatched; its open orders stay on the exchange unmanaged.",
                Check =
                [
                    BotHealth(o),
                    ComposeStatus(o),
                    BotLogs(o),
                    Targets(o),
                ],
                Fix =
                [
                    RunbookStep.Shell("If the container is stopped or unhealthy, start it and watch it come up:", Compose(o, "up -d <bot> && docker compose logs -f <bot>")),
                    new RunbookStep("If the bot runs but the scrape fails, compare the target address in prometheus.yml with the bot's `HBOT_METRICS_ADDRESS`, and regenerate the stack if they differ."),
                    new RunbookStep("If the bot cannot be brought back quickly, cancel its open orders on the exchange's web interface."),
                ],
                Escalate = "Escalate at once if the bot had open orders or a position and does not come back within a few minutes.",
            },
            new AlertTest
            {
                Failing = [Series(ExternalMetrics.Up, target, SeriesValues.Constant(0))],
                Healthy = [Series(ExternalMetrics.Up, target, SeriesValues.Constant(1))],
                ExpectedLabels = target,
            });

        var notTicking = Create(o, "BotNotTicking", AlertSeverity.Critical, b.NotTickingFor,
            $"time() - {MetricCatalog.LastTickTimestamp}{{{bot}}} > clamp_min({MetricCatalog.TickInterval}{{{bot}}} * {Number(b.NotTickingIntervals)}, {Number(b.NotTickingMinimum.TotalSeconds)})",
            "A bot's strategy loop has stopped ticking.",
            "Bot {{ $labels.bot }} last completed a tick {{ $value | humanizeDuration }} ago.",
            new Runbook
            {
                Meaning = $"The last completed strategy tick is older than {Number(b.NotTickingIntervals)} tick intervals (at least {PromDuration.Format(b.NotTickingMinimum)}), while the bot still answers scrapes: the strategy loop is stuck (a hung call, a deadlock, or a tick that never ends).",
                Impact = "The bot no longer reacts to the market: orders are not refreshed or cancelled, and risk checks tied to ticks do not run.",
                Check =
                [
                    BotMetrics(o, "hbot_bot_(last_tick|tick_interval)"),
                    BotLogs(o),
                    Query("Tick age per bot, in tick intervals:", $"(time() - {MetricCatalog.LastTickTimestamp}{{{bot}}}) / {MetricCatalog.TickInterval}{{{bot}}}"),
                ],
                Fix =
                [
                    new RunbookStep("Look at the last log lines before the ticks stopped: a call to the exchange that never returned is the usual cause."),
                    Restart(o, "<bot>"),
                ],
                Escalate = "Escalate when the bot stops ticking again after a restart.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.LastTickTimestamp, target, SeriesValues.Constant(0)), Series(MetricCatalog.TickInterval, target, SeriesValues.Constant(1))],
                Healthy = [Series(MetricCatalog.LastTickTimestamp, target, SeriesValues.Clock()), Series(MetricCatalog.TickInterval, target, SeriesValues.Constant(1))],
                ActiveAfter = TimeSpan.FromSeconds(Math.Max(b.NotTickingMinimum.TotalSeconds, b.NotTickingIntervals)),
                ActiveBy = TimeSpan.FromSeconds(Math.Max(b.NotTickingMinimum.TotalSeconds, b.NotTickingIntervals)) + o.ScrapeInterval,
                ExpectedLabels = target,
                ExpectedValue = t => t.TotalSeconds,
            });

        var killSwitch = Create(o, "KillSwitchTripped", AlertSeverity.Critical, b.KillSwitchFor,
            $"{MetricCatalog.KillSwitchActive}{{{bot}}} == 1",
            "A bot's kill switch has tripped and trading is stopped.",
            "Bot {{ $labels.bot }} tripped its kill switch and stopped trading.",
            new Runbook
            {
                Meaning = "The risk guard tripped the kill switch (daily loss limit, drawdown, or another configured limit) and stopped the strategy. The bot stays stopped until someone restarts it.",
                Impact = "No trading until a person decides; if the trip came from a loss limit, money was lost today.",
                Check =
                [
                    Query("Find why it tripped (the reason label):", $"increase({MetricCatalog.KillSwitchTrips}{{{bot}}}[1d]) > 0"),
                    BotLogs(o),
                    Query("Today's loss against the limit:", $"{MetricCatalog.DailyLoss}{{{bot}}} and on (job, instance, bot) {MetricCatalog.DailyLossLimit}{{{bot}}}"),
                ],
                Fix =
                [
                    new RunbookStep("Understand the loss or fault before restarting: review today's fills in the trade store and the strategy parameters."),
                    Restart(o, "<bot>"),
                ],
                Escalate = "Always tell the bot's owner; do not restart a bot that tripped on a loss limit without their decision.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.KillSwitchActive, target, SeriesValues.Constant(1))],
                Healthy = [Series(MetricCatalog.KillSwitchActive, target, SeriesValues.Constant(0))],
                ExpectedLabels = target,
            });

        var strategyLabels = target.With("strategy", "pure_market_making");
        var stopped = Create(o, "StrategyStopped", AlertSeverity.Warning, b.StrategyStoppedFor,
            $"{MetricCatalog.StrategyRunning}{{{bot}}} == 0",
            "A bot's strategy is not running.",
            "Strategy {{ $labels.strategy }} of bot {{ $labels.bot }} is stopped while the bot process runs.",
            new Runbook
            {
                Meaning = $"The bot process is up but its strategy reports it is stopped, for {PromDuration.Format(b.StrategyStoppedFor)}: it stopped itself after an error, was stopped by the kill switch, or never started.",
                Impact = "The bot is not trading.",
                Check = [BotHealth(o), BotLogs(o), BotMetrics(o, "hbot_(strategy_running|kill_switch_active)")],
                Fix =
                [
                    new RunbookStep("If KillSwitchTripped fires too, follow that runbook instead."),
                    new RunbookStep("Otherwise fix the error the logs show when the strategy stopped (configuration, balances, trading rules), then restart."),
                    Restart(o, "<bot>"),
                ],
                Escalate = "Escalate when the strategy stops again after a restart.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.StrategyRunning, strategyLabels, SeriesValues.Constant(0))],
                Healthy = [Series(MetricCatalog.StrategyRunning, strategyLabels, SeriesValues.Constant(1))],
                ExpectedLabels = strategyLabels,
            });

        var failedLabels = market.With("reason", "rejected");
        var createdLabels = market.With("side", "buy", "order_type", "limit_maker");
        var failureRate = Create(o, "HighOrderFailureRate", AlertSeverity.Warning, b.OrderFailureFor,
            $$"""
            sum by (job, instance, bot) (rate({{MetricCatalog.OrdersFailed}}{{{bot}}}[{{rate}}]))
            /
            (
              sum by (job, instance, bot) (rate({{MetricCatalog.OrdersCreated}}{{{bot}}}[{{rate}}]))
              +
              sum by (job, instance, bot) (rate({{MetricCatalog.OrdersFailed}}{{{bot}}}[{{rate}}]))
            )
            > {{Number(b.OrderFailureRatio)}}
            """,
            "Many of a bot's orders are failing.",
            $"{{{{ $value | humanizePercentage }}}} of order attempts by bot {{{{ $labels.bot }}}} failed over the last {rate} (threshold {Percent(b.OrderFailureRatio)}).",
            new Runbook
            {
                Meaning = $"More than {Percent(b.OrderFailureRatio)} of order attempts failed over {rate}: the exchange rejects them, trading rules refuse them (size, price, notional), or they are lost.",
                Impact = "The strategy does not get the orders it wants on the book; quoting is one-sided or absent, and rejections can count against exchange limits.",
                Check =
                [
                    Query("Failures by reason:", $"sum by (bot, reason) (rate({MetricCatalog.OrdersFailed}{{{bot}}}[{rate}]))"),
                    BotLogs(o),
                    Query("Exchange error codes at the same time:", $"sum by (bot, code) (rate({MetricCatalog.ExchangeErrors}{{{bot}}}[{rate}]))"),
                ],
                Fix =
                [
                    new RunbookStep("Insufficient balance: top up or lower order amounts. Trading rule refusals: check order amount against the pair's minimum size and notional."),
                    new RunbookStep("Exchange rejections with a maintenance or symbol-status code: stop the bot until the market is open again."),
                ],
                Escalate = "Escalate when failures are exchange-side and persist, or the reason is `lost` (order state unknown).",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.OrdersFailed, failedLabels, SeriesValues.Linear(0, 0.02)), Series(MetricCatalog.OrdersCreated, createdLabels, SeriesValues.Linear(0, 0.08))],
                Healthy = [Series(MetricCatalog.OrdersFailed, failedLabels, SeriesValues.Linear(0, 0.001)), Series(MetricCatalog.OrdersCreated, createdLabels, SeriesValues.Linear(0, 0.08))],
                ExpectedLabels = target,
                ExpectedValue = _ => 0.2,
            });

        var haltedWindow = PromDuration.Format(b.HaltedWindow);
        var halted = Create(o, "TradingHalted", AlertSeverity.Critical, b.HaltedFor,
            $$"""
            (
              sum by (job, instance, bot) (increase({{MetricCatalog.OrdersCreated}}{{{bot}}}[{{haltedWindow}}]))
              or
              max by (job, instance, bot) ({{MetricCatalog.StrategyRunning}}{{{bot}}}) * 0
            ) == 0
            and on (job, instance, bot)
            max by (job, instance, bot) ({{MetricCatalog.StrategyRunning}}{{{bot}}}) == 1
            """,
            "A running bot has stopped placing orders.",
            $"Bot {{{{ $labels.bot }}}} runs its strategy but created no order in the last {haltedWindow}.",
            new Runbook
            {
                Meaning = $"The strategy reports it is running, yet no order was created in {haltedWindow}: the risk guard refuses every intent, balances are too small, the order book is stale, or the strategy waits on a condition that never comes.",
                Impact = "The bot earns nothing while looking healthy.",
                Check =
                [
                    Query("Risk refusals by reason:", $"sum by (bot, reason) (increase({MetricCatalog.RiskRefusals}{{{bot}}}[{haltedWindow}]))"),
                    Query("Order book age:", $"{MetricCatalog.OrderBookAge}{{{bot}}}"),
                    BotLogs(o),
                ],
                Fix =
                [
                    new RunbookStep("Refusals for balance: top up or lower the order amount. Stale book: see MarketDataStale. Refusals for a risk limit: review the limit with the bot's owner."),
                    Restart(o, "<bot>"),
                ],
                Escalate = "Escalate when no cause is visible in refusals, market data or logs.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.OrdersCreated, createdLabels, SeriesValues.Constant(5)), Series(MetricCatalog.StrategyRunning, strategyLabels, SeriesValues.Constant(1))],
                Healthy = [Series(MetricCatalog.OrdersCreated, createdLabels, SeriesValues.Linear(5, 0.1)), Series(MetricCatalog.StrategyRunning, strategyLabels, SeriesValues.Constant(1))],
                // The failing input holds from the first samples: no need to wait a whole window.
                ActiveBy = o.ScrapeInterval * 2,
                ExpectedLabels = target,
            });

        var stale = Create(o, "StaleOrders", AlertSeverity.Warning, b.StaleOrdersFor,
            $$"""
            {{MetricCatalog.OldestOpenOrderAge}}{{{bot}}}
              > on (job, instance, bot) group_left ()
              ({{Number(b.StaleOrderRefreshMultiple)}} * {{MetricCatalog.OrderRefreshTime}}{{{bot}}})
            and on (job, instance, bot)
            {{MetricCatalog.OrderRefreshTime}}{{{bot}}} > 0
            """,
            "A bot keeps orders open far longer than its refresh time.",
            $"The oldest open order of bot {{{{ $labels.bot }}}} on {{{{ $labels.trading_pair }}}} is {{{{ $value | humanizeDuration }}}} old, more than {Number(b.StaleOrderRefreshMultiple)} order refresh times.",
            new Runbook
            {
                Meaning = $"The oldest working order is older than {Number(b.StaleOrderRefreshMultiple)} times the strategy's order refresh time: cancels fail or are not sent, or the bot lost track of an order that still works on the exchange.",
                Impact = "Orders at old prices stay on the book and can be filled at a loss when the market moves.",
                Check =
                [
                    BotMetrics(o, "hbot_(oldest_open_order_age|open_orders|strategy_order_refresh)"),
                    Query("Cancel activity and failures:", $"sum by (bot) (rate({MetricCatalog.OrdersCancelled}{{{bot}}}[{rate}])) or sum by (bot, reason) (rate({MetricCatalog.OrdersFailed}{{{bot}}}[{rate}]))"),
                    BotLogs(o),
                ],
                Fix =
                [
                    new RunbookStep("Compare the open orders on the exchange's web interface with the bot's; cancel orphaned orders by hand."),
                    Restart(o, "<bot>"),
                ],
                Escalate = "Escalate when orders cannot be cancelled (exchange errors) or the bot keeps losing track of orders.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.OldestOpenOrderAge, market, SeriesValues.Linear(0, 1)), Series(MetricCatalog.OrderRefreshTime, target, SeriesValues.Constant(30))],
                Healthy = [Series(MetricCatalog.OldestOpenOrderAge, market, SeriesValues.Constant(10)), Series(MetricCatalog.OrderRefreshTime, target, SeriesValues.Constant(30))],
                ActiveAfter = TimeSpan.FromSeconds(30 * b.StaleOrderRefreshMultiple),
                ActiveBy = TimeSpan.FromSeconds(30 * b.StaleOrderRefreshMultiple) + o.ScrapeInterval,
                ExpectedLabels = market,
                ExpectedValue = t => t.TotalSeconds,
            });

        var dailyLoss = Create(o, "DailyLossLimitNear", AlertSeverity.Warning, b.DailyLossFor,
            $$"""
            {{MetricCatalog.DailyLoss}}{{{bot}}} / {{MetricCatalog.DailyLossLimit}}{{{bot}}} > {{Number(b.DailyLossRatio)}}
            and on (job, instance, bot)
            {{MetricCatalog.DailyLossLimit}}{{{bot}}} > 0
            """,
            "A bot is close to its daily loss limit.",
            "Bot {{ $labels.bot }} has lost {{ $value | humanizePercentage }} of its daily loss limit today.",
            new Runbook
            {
                Meaning = $"Today's loss (UTC day) is above {Percent(b.DailyLossRatio)} of the configured daily loss limit. At the limit the kill switch stops the bot.",
                Impact = "Real money was lost today; the bot is about to stop itself.",
                Check =
                [
                    Query("Loss against the limit:", $"{MetricCatalog.DailyLoss}{{{bot}}} / {MetricCatalog.DailyLossLimit}{{{bot}}}"),
                    Query("Realized and unrealized PnL:", $"{MetricCatalog.RealizedPnl}{{{bot}}} or {MetricCatalog.UnrealizedPnl}{{{bot}}}"),
                ],
                Fix =
                [
                    new RunbookStep("Review recent fills and the market: a trending market hurts a market maker; widen spreads or stop the bot."),
                    RunbookStep.Shell("Stop the bot cleanly (orders are cancelled) if the loss should not grow:", Compose(o, "stop <bot>")),
                ],
                Escalate = "Tell the bot's owner now; they decide whether it keeps trading.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.DailyLoss, target, SeriesValues.Constant(90)), Series(MetricCatalog.DailyLossLimit, target, SeriesValues.Constant(100))],
                Healthy = [Series(MetricCatalog.DailyLoss, target, SeriesValues.Constant(10)), Series(MetricCatalog.DailyLossLimit, target, SeriesValues.Constant(100))],
                ExpectedLabels = target,
                ExpectedValue = _ => 0.9,
            });

        var quote = target.With("exchange", "bitget", "asset", "USDT");
        var info = target.With("version", "0.1.0", "strategy", "pure_market_making", "exchange", "bitget", "trading_pair", "BTC-USDT");
        var lowQuote = Create(o, "LowQuoteBalance", AlertSeverity.Warning, b.LowQuoteBalanceFor,
            $$"""
            {{MetricCatalog.BalanceAvailable}}{{{bot}}} < {{Number(b.LowQuoteBalance)}}
            and on (job, instance, bot, asset)
            label_replace({{MetricCatalog.BotInfo}}{{{bot}}}, "asset", "$1", "trading_pair", "[^-]+-(.+)")
            """,
            "A bot is running out of quote currency.",
            $"Bot {{{{ $labels.bot }}}} has {{{{ $value | humanize }}}} {{{{ $labels.asset }}}} available (threshold {Number(b.LowQuoteBalance)}).",
            new Runbook
            {
                Meaning = $"The available balance of the trading pair's quote asset is below {Number(b.LowQuoteBalance)}: the bot bought inventory, or funds are reserved by open orders.",
                Impact = "The bot cannot place buy orders; a market maker quotes one side only and its inventory drifts.",
                Check =
                [
                    BotMetrics(o, "hbot_balance"),
                    Query("Balances and inventory share:", $"{MetricCatalog.BalanceAvailable}{{{bot}}} or {MetricCatalog.InventoryBaseRatio}{{{bot}}}"),
                ],
                Fix =
                [
                    new RunbookStep("Deposit quote currency, or let the strategy rebalance by selling base (lower the target base share)."),
                ],
                Escalate = "Escalate when the balance drops without matching fills (funds moved outside the bot).",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.BalanceAvailable, quote, SeriesValues.Constant(5)), Series(MetricCatalog.BotInfo, info, SeriesValues.Constant(1))],
                Healthy =
                [
                    Series(MetricCatalog.BalanceAvailable, quote, SeriesValues.Constant(500)),
                    Series(MetricCatalog.BalanceAvailable, target.With("exchange", "bitget", "asset", "BTC"), SeriesValues.Constant(0.01)),
                    Series(MetricCatalog.BotInfo, info, SeriesValues.Constant(1)),
                ],
                ExpectedLabels = quote,
                ExpectedValue = _ => 5,
            });

        var inventory = Create(o, "InventoryOutOfRange", AlertSeverity.Warning, b.InventoryFor,
            $"abs({MetricCatalog.InventoryBaseRatio}{{{bot}}} - {MetricCatalog.InventoryTargetBaseRatio}{{{bot}}}) > {Number(b.InventoryDeviation)}",
            "A bot's inventory is far from its target.",
            "The base share of bot {{ $labels.bot }} on {{ $labels.trading_pair }} is {{ $value | humanizePercentage }} away from its target.",
            new Runbook
            {
                Meaning = $"The share of portfolio value held in the base asset differs from the strategy's target by more than {Percent(b.InventoryDeviation)} for {PromDuration.Format(b.InventoryFor)}: fills went one way (a trending market) and inventory skew did not bring it back.",
                Impact = "The bot carries directional risk it was not meant to carry; a market move against the position loses money.",
                Check =
                [
                    Query("Inventory against target:", $"{MetricCatalog.InventoryBaseRatio}{{{bot}}} or {MetricCatalog.InventoryTargetBaseRatio}{{{bot}}}"),
                    Query("Fills by side over the last hour:", $"sum by (bot, side) (increase({MetricCatalog.Fills}{{{bot}}}[1h]))"),
                ],
                Fix =
                [
                    new RunbookStep("Enable or strengthen inventory skew in the strategy config, or rebalance by hand on the exchange and restart the bot."),
                ],
                Escalate = "Escalate when the deviation keeps growing or the position is large against the account.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.InventoryBaseRatio, market, SeriesValues.Constant(0.9)), Series(MetricCatalog.InventoryTargetBaseRatio, market, SeriesValues.Constant(0.5))],
                Healthy = [Series(MetricCatalog.InventoryBaseRatio, market, SeriesValues.Constant(0.55)), Series(MetricCatalog.InventoryTargetBaseRatio, market, SeriesValues.Constant(0.5))],
                ExpectedLabels = market,
                ExpectedValue = _ => 0.4,
            });

        return new RulePack("bot",
        [
            new RuleGroup("hbot-bot", [down, notTicking, killSwitch, stopped, failureRate, halted, stale, dailyLoss, lowQuote, inventory]),
        ], o.ScrapeInterval);
    }
}
