using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Rules.PromQl;
using Hbot.Sdk.Monitoring.Rules.RuleTests;
using Hbot.Sdk.Monitoring.Runbooks;
using static Hbot.Sdk.Monitoring.Rules.PackAlert;
using static Hbot.Sdk.Monitoring.Runbooks.RunbookCommands;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>
/// Silent failures: a bot that looks healthy but where something that must change does not (no fills while quoting,
/// balances frozen despite fills, logs or the trade store not growing, no exchange traffic while running). Counters
/// with labels appear only after their first increment, so "no series yet" is treated as zero where it matters.
/// </summary>
public static class SilentFailureRulePack
{
    /// <summary>Builds the pack from the options.</summary>
    public static RulePack Build(RulePackOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var f = o.SilentFailures;
        var bot = o.Selectors.Bot;
        var target = TestBot(o);
        var market = target.With("exchange", "bitget", "trading_pair", "BTC-USDT");
        var fillLabels = market.With("side", "buy");
        var running = target.With("strategy", "pure_market_making");
        var noFillsWindow = PromDuration.Format(f.NoFillsWindow);

        var noFills = Create(o, "NoFillsWhileQuoting", AlertSeverity.Warning, f.NoFillsFor,
            $$"""
            (
              sum by (job, instance, bot) (increase({{MetricCatalog.Fills}}{{{bot}}}[{{noFillsWindow}}]))
              or
              max by (job, instance, bot) ({{MetricCatalog.OpenOrders}}{{{bot}}}) * 0
            ) == 0
            and on (job, instance, bot)
            max by (job, instance, bot) ({{MetricCatalog.OpenOrders}}{{{bot}}}) > 0
            """,
            "A bot has orders on the book but gets no fills.",
            $"Bot {{{{ $labels.bot }}}} has had open orders but no fill in the last {noFillsWindow}.",
            new Runbook
            {
                Meaning = $"The bot keeps orders on the book but received no fill within {noFillsWindow}: its quotes are too far from the market, or fills happen but never reach the bot (private socket or order tracking broken).",
                Impact = "A market maker without fills earns nothing; if fills do happen unseen, the bot's balances and inventory are wrong.",
                Check =
                [
                    Query("Spread and quotes against the market:", $"{MetricCatalog.SpreadRatio}{{{bot}}} or {MetricCatalog.OpenOrders}{{{bot}}}"),
                    new RunbookStep("Compare with the exchange's trade history for the account: fills there but not in the bot mean the private socket or fill tracking is broken."),
                    BotLogs(o),
                ],
                Fix =
                [
                    new RunbookStep("Quotes too wide for the market: tighten the spread parameters. Fills missing in the bot: restart it so it resyncs orders and balances."),
                    Restart(o, "<bot>"),
                ],
                Escalate = "Escalate when the exchange shows fills the bot did not see.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.Fills, fillLabels, SeriesValues.Constant(3)), Series(MetricCatalog.OpenOrders, market, SeriesValues.Constant(2))],
                Healthy = [Series(MetricCatalog.Fills, fillLabels, SeriesValues.Linear(3, 0.01)), Series(MetricCatalog.OpenOrders, market, SeriesValues.Constant(2))],
                // The failing input holds from the first samples: no need to wait a whole window.
                ActiveBy = o.ScrapeInterval * 2,
                ExpectedLabels = target,
            });

        var balanceWindow = PromDuration.Format(f.BalanceWindow);
        var balanceLabels = target.With("exchange", "bitget", "asset", "USDT");
        var balance = Create(o, "BalanceNotUpdating", AlertSeverity.Warning, f.BalanceFor,
            $$"""
            max by (job, instance, bot) (changes({{MetricCatalog.BalanceTotal}}{{{bot}}}[{{balanceWindow}}])) == 0
            and on (job, instance, bot)
            sum by (job, instance, bot) (increase({{MetricCatalog.Fills}}{{{bot}}}[{{balanceWindow}}])) > 0
            """,
            "A bot's balances do not change although it gets fills.",
            $"Bot {{{{ $labels.bot }}}} received fills but none of its balances changed in the last {balanceWindow}.",
            new Runbook
            {
                Meaning = $"Fills arrived within {balanceWindow} yet no balance changed: balance updates from the exchange stopped (private socket channel or balance polling broken).",
                Impact = "The bot sizes orders and checks risk against stale balances; it may over-trade or place orders that fail for insufficient funds.",
                Check =
                [
                    BotMetrics(o, "hbot_balance"),
                    new RunbookStep("Compare with the balances shown on the exchange."),
                    BotLogs(o),
                ],
                Fix = [Restart(o, "<bot>")],
                Escalate = "Escalate when balances stay frozen after a restart.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.BalanceTotal, balanceLabels, SeriesValues.Constant(1000)), Series(MetricCatalog.Fills, fillLabels, SeriesValues.Linear(0, 0.01))],
                Healthy = [Series(MetricCatalog.BalanceTotal, balanceLabels, SeriesValues.Linear(1000, 0.01)), Series(MetricCatalog.Fills, fillLabels, SeriesValues.Linear(0, 0.01))],
                // The failing input holds from the first samples: no need to wait a whole window.
                ActiveBy = o.ScrapeInterval * 2,
                ExpectedLabels = target,
            });

        var logsWindow = PromDuration.Format(f.LogsWindow);
        var logs = Create(o, "LogsNotGrowing", AlertSeverity.Warning, f.LogsFor,
            $$"""
            (
              sum by (job, instance, bot) (increase({{MetricCatalog.LogEvents}}{{{bot}}}[{{logsWindow}}]))
              or
              max by (job, instance, bot) ({{MetricCatalog.StrategyRunning}}{{{bot}}}) * 0
            ) == 0
            and on (job, instance, bot)
            max by (job, instance, bot) ({{MetricCatalog.StrategyRunning}}{{{bot}}}) == 1
            """,
            "A running bot has stopped writing logs.",
            $"Bot {{{{ $labels.bot }}}} runs its strategy but wrote no log event in the last {logsWindow}.",
            new Runbook
            {
                Meaning = $"The strategy reports it is running, but no log event was written within {logsWindow}. A trading bot logs its activity regularly, so its logging (or the process behind it) is stuck.",
                Impact = "Incidents cannot be investigated; a stuck logger can also block the threads that write to it.",
                Check = [BotLogs(o), BotMetrics(o, "hbot_log_events_total"), BotHealth(o)],
                Fix =
                [
                    new RunbookStep("Check that the disk is not full (HighDiskUsage) and that the log level is not set to none."),
                    Restart(o, "<bot>"),
                ],
                Escalate = "Escalate when logging stops again after a restart.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.LogEvents, target.With("level", "information"), SeriesValues.Constant(100)), Series(MetricCatalog.StrategyRunning, running, SeriesValues.Constant(1))],
                Healthy = [Series(MetricCatalog.LogEvents, target.With("level", "information"), SeriesValues.Linear(100, 0.1)), Series(MetricCatalog.StrategyRunning, running, SeriesValues.Constant(1))],
                // The failing input holds from the first samples: no need to wait a whole window.
                ActiveBy = o.ScrapeInterval * 2,
                ExpectedLabels = target,
            });

        var storeWindow = PromDuration.Format(f.StoreWindow);
        var store = Create(o, "TradeStoreNotGrowing", AlertSeverity.Warning, f.StoreFor,
            $$"""
            (
              sum by (job, instance, bot) (increase({{MetricCatalog.TradeStoreRows}}{{{bot}}}[{{storeWindow}}]))
              or
              sum by (job, instance, bot) (increase({{MetricCatalog.Fills}}{{{bot}}}[{{storeWindow}}])) * 0
            ) == 0
            and on (job, instance, bot)
            sum by (job, instance, bot) (increase({{MetricCatalog.Fills}}{{{bot}}}[{{storeWindow}}])) > 0
            """,
            "A bot gets fills but its trade store does not grow.",
            $"Bot {{{{ $labels.bot }}}} received fills in the last {storeWindow} but wrote no row to its trade store.",
            new Runbook
            {
                Meaning = $"Fills arrived within {storeWindow} but the SQLite trade store committed no row: writes fail (disk full, file locked, permissions) or the store writer stopped.",
                Impact = "Fills are not recorded: PnL history, tax records and restarts that rebuild state from the store are wrong.",
                Check =
                [
                    BotMetrics(o, "hbot_trade_store"),
                    BotLogs(o),
                    RunbookStep.Shell("Check space and permissions of the bot's data volume:", Compose(o, $"exec <bot> sh -c 'df -h \"$HBOT_DATA_DIR\" && ls -l \"$HBOT_DATA_DIR\"'")),
                ],
                Fix =
                [
                    new RunbookStep("Free disk space or fix the data volume's permissions, then restart the bot; fills are re-read from the exchange on start where the connector supports it."),
                    Restart(o, "<bot>"),
                ],
                Escalate = "Escalate when the store cannot be written after fixing disk and permissions (possible database corruption).",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.TradeStoreRows, target.With("table", "fills"), SeriesValues.Constant(10)), Series(MetricCatalog.Fills, fillLabels, SeriesValues.Linear(0, 0.01))],
                Healthy = [Series(MetricCatalog.TradeStoreRows, target.With("table", "fills"), SeriesValues.Linear(10, 0.01)), Series(MetricCatalog.Fills, fillLabels, SeriesValues.Linear(0, 0.01))],
                // The failing input holds from the first samples: no need to wait a whole window.
                ActiveBy = o.ScrapeInterval * 2,
                ExpectedLabels = target,
            });

        var trafficWindow = PromDuration.Format(f.TrafficWindow);
        var requestCount = MetricCatalog.ExchangeRequestDuration.Name + "_count";
        var info = target.With("version", "0.1.0", "strategy", "pure_market_making", "exchange", "bitget", "trading_pair", "BTC-USDT");
        var requests = target.With("exchange", "bitget", "endpoint", "place_order", "method", "POST", "status_class", "2xx");
        var messages = target.With("exchange", "bitget", "channel", "books");
        var traffic = Create(o, "NoExchangeTraffic", AlertSeverity.Critical, f.TrafficFor,
            $$"""
            (
              sum by (job, instance, bot) (
                increase({{requestCount}}{{{bot}}}[{{trafficWindow}}])
                or
                increase({{MetricCatalog.SocketMessages}}{{{bot}}}[{{trafficWindow}}])
              )
              or
              max by (job, instance, bot) ({{MetricCatalog.StrategyRunning}}{{{bot}}}) * 0
            ) == 0
            and on (job, instance, bot)
            max by (job, instance, bot) ({{MetricCatalog.StrategyRunning}}{{{bot}}}) == 1
            and on (job, instance, bot)
            {{MetricCatalog.BotInfo}}{{{bot}},exchange!~"{{f.OfflineExchanges}}"}
            """,
            "A running bot exchanges no traffic with its exchange.",
            $"Bot {{{{ $labels.bot }}}} runs its strategy but made no REST request and received no socket message in the last {trafficWindow}.",
            new Runbook
            {
                Meaning = $"The strategy is running on a real exchange, yet within {trafficWindow} the bot sent no REST request and received no socket message: its connector is stuck or its network is cut.",
                Impact = "The bot is blind and cannot act, while its status looks healthy.",
                Check =
                [
                    BotMetrics(o, "hbot_exchange_(socket|request)"),
                    RunbookStep.Shell("Test that the container reaches the exchange:", Compose(o, "exec <bot> sh -c 'getent hosts api.bitget.com'")),
                    BotLogs(o),
                ],
                Fix = [Restart(o, "<bot>")],
                Escalate = "Escalate at once if the bot has open orders.",
            },
            new AlertTest
            {
                Failing =
                [
                    new TestSeries(requestCount, requests, SeriesValues.Constant(50)),
                    Series(MetricCatalog.SocketMessages, messages, SeriesValues.Constant(1000)),
                    Series(MetricCatalog.StrategyRunning, running, SeriesValues.Constant(1)),
                    Series(MetricCatalog.BotInfo, info, SeriesValues.Constant(1)),
                ],
                Healthy =
                [
                    new TestSeries(requestCount, requests, SeriesValues.Constant(50)),
                    Series(MetricCatalog.SocketMessages, messages, SeriesValues.Linear(1000, 5)),
                    Series(MetricCatalog.StrategyRunning, running, SeriesValues.Constant(1)),
                    Series(MetricCatalog.BotInfo, info, SeriesValues.Constant(1)),
                ],
                // The failing input holds from the first samples: no need to wait a whole window.
                ActiveBy = o.ScrapeInterval * 2,
                ExpectedLabels = target,
            });

        return new RulePack("silent-failures",
            [new RuleGroup("hbot-silent-failures", [noFills, balance, logs, store, traffic])], o.ScrapeInterval);
    }
}
