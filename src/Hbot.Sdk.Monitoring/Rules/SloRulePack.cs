using System.Globalization;
using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Rules.RuleTests;
using static Hbot.Sdk.Monitoring.Rules.PackAlert;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>
/// Recording rules for dashboards and SLOs, named <c>level:metric:operations</c>: per-bot order and fill rates, fill
/// ratio, API latency quantiles, error ratio, 24h PnL, availability over 24h and 30d, and for each objective (bot
/// availability, order success, API latency) the error ratio, its burn rate over 1h and 6h, and the error budget left
/// over 30d. Ratios aggregate numerator and denominator separately; no ratio is averaged.
/// </summary>
public static class SloRulePack
{
    /// <summary>Name of the recorded per-bot order creation rate.</summary>
    public const string OrdersCreatedRate = "bot:hbot_orders_created:rate5m";

    /// <summary>Name of the recorded 30-day bot availability.</summary>
    public const string Availability30d = "bot:up:avg_over_time30d";

    /// <summary>Builds the pack from the options.</summary>
    public static RulePack Build(RulePackOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var slo = o.Slo;
        var bot = o.Selectors.Bot;
        const string byBot = "sum by (job, instance, bot)";
        const string byExchange = "sum by (job, instance, bot, exchange)";
        var duration = MetricCatalog.ExchangeRequestDuration;
        var count = duration.Name + "_count";
        var bucket = duration.Name + "_bucket";
        var fastLe = LeMatcher(slo.ApiLatencySeconds);

        // Scenario inputs whose results are exact in Prometheus 2 and 3: constant counters (rate 0), equal counters
        // divided (ratio 1 or 0.5), requests all slower than the largest bucket (quantile = that bound), constant gauges.
        var target = Labels("job", o.Selectors.BotJob, "instance", "bot-a:9400", "bot", "bot-a");
        var exchange = target.With("exchange", "bitget");
        var market = exchange.With("trading_pair", "BTC-USDT");
        var order = market.With("side", "buy", "order_type", "limit_maker");
        var request = exchange.With("endpoint", "place_order", "method", "POST", "status_class", "2xx");
        TestSeries Counter(MetricDefinition metric, IReadOnlyList<RuleLabel> labels, bool growing) =>
            Series(metric, labels, growing ? SeriesValues.Linear(0, 0.5) : SeriesValues.Constant(7));
        RecordingTest Test(double value, IReadOnlyList<RuleLabel> labels, params TestSeries[] input) =>
            new() { Input = input, ExpectedLabels = labels, ExpectedValue = value };
        var upDown = Series(ExternalMetrics.Up, target, SeriesValues.Constant(0));
        var failedAndCreated = new[] { Counter(MetricCatalog.OrdersFailed, market.With("reason", "rejected"), true), Counter(MetricCatalog.OrdersCreated, order, true) };
        var slowRequests = SlowRequests(request);
        var noFastRequests = new[]
        {
            new TestSeries(bucket, request.With("le", slo.ApiLatencySeconds.ToString("R", CultureInfo.InvariantCulture)), SeriesValues.Constant(0)),
            new TestSeries(count, request, SeriesValues.Linear(0, 1)),
        };
        var availabilityBudget = 1 - slo.BotAvailabilityTarget;
        var orderBudget = 1 - slo.OrderSuccessTarget;
        var latencyBudget = 1 - slo.ApiLatencyTarget;

        var rates = new List<Rule>
        {
            Record(OrdersCreatedRate, $"{byBot} (rate({MetricCatalog.OrdersCreated}{{{bot}}}[5m]))",
                Test(0, target, Counter(MetricCatalog.OrdersCreated, order, false))),
            Record("bot:hbot_orders_failed:rate5m", $"{byBot} (rate({MetricCatalog.OrdersFailed}{{{bot}}}[5m]))",
                Test(0, target, Counter(MetricCatalog.OrdersFailed, market.With("reason", "rejected"), false))),
            Record("bot:hbot_orders_filled:rate5m", $"{byBot} (rate({MetricCatalog.OrdersFilled}{{{bot}}}[5m]))",
                Test(0, target, Counter(MetricCatalog.OrdersFilled, order, false))),
            Record("bot:hbot_orders_cancelled:rate5m", $"{byBot} (rate({MetricCatalog.OrdersCancelled}{{{bot}}}[5m]))",
                Test(0, target, Counter(MetricCatalog.OrdersCancelled, market.With("side", "sell"), false))),
            Record("bot:hbot_fills:rate5m", $"{byBot} (rate({MetricCatalog.Fills}{{{bot}}}[5m]))",
                Test(0, target, Counter(MetricCatalog.Fills, market.With("side", "buy"), false))),
            Record("bot:hbot_fill_quote_volume:rate5m", $"{byBot} (rate({MetricCatalog.FillQuoteVolume}{{{bot}}}[5m]))",
                Test(0, target, Counter(MetricCatalog.FillQuoteVolume, market.With("side", "buy"), false))),
            Record("bot:hbot_orders_filled_per_created:ratio_rate1h",
                $"{byBot} (rate({MetricCatalog.OrdersFilled}{{{bot}}}[1h]))\n/\n{byBot} (rate({MetricCatalog.OrdersCreated}{{{bot}}}[1h]))",
                Test(1, target, Counter(MetricCatalog.OrdersFilled, order, true), Counter(MetricCatalog.OrdersCreated, order, true))),
            Record("bot_exchange:hbot_exchange_request_duration_seconds:p50_rate5m",
                $"histogram_quantile(0.5, sum by (job, instance, bot, exchange, le) (rate({bucket}{{{bot}}}[5m])))",
                Test(duration.Buckets[^1], exchange, slowRequests)),
            Record("bot_exchange:hbot_exchange_request_duration_seconds:p95_rate5m",
                $"histogram_quantile(0.95, sum by (job, instance, bot, exchange, le) (rate({bucket}{{{bot}}}[5m])))",
                Test(duration.Buckets[^1], exchange, slowRequests)),
            Record("bot_exchange:hbot_exchange_request_duration_seconds:p99_rate5m",
                $"histogram_quantile(0.99, sum by (job, instance, bot, exchange, le) (rate({bucket}{{{bot}}}[5m])))",
                Test(duration.Buckets[^1], exchange, slowRequests)),
            Record("bot_exchange:hbot_exchange_errors_per_request:ratio_rate5m",
                $"{byExchange} (rate({MetricCatalog.ExchangeErrors}{{{bot}}}[5m]))\n/\n{byExchange} (rate({count}{{{bot}}}[5m]))",
                Test(1, exchange, new TestSeries(count, request, SeriesValues.Linear(0, 1)),
                    Series(MetricCatalog.ExchangeErrors, exchange.With("endpoint", "place_order", "code", "43012"), SeriesValues.Linear(0, 1)))),
        };

        var burn = new List<Rule>();
        var budget = new List<Rule>();
        foreach (var window in new[] { "1h", "6h", "30d" })
        {
            var group = window == "30d" ? budget : burn;
            group.Add(Record($"bot:up_errors:ratio_avg{window}", $"1 - avg_over_time({ExternalMetrics.Up}{{{bot}}}[{window}])",
                Test(1, target, upDown)));
            group.Add(Record($"bot:hbot_orders_failed_per_attempt:ratio_rate{window}",
                $"{byBot} (rate({MetricCatalog.OrdersFailed}{{{bot}}}[{window}]))\n/\n(\n  {byBot} (rate({MetricCatalog.OrdersCreated}{{{bot}}}[{window}]))\n  +\n  {byBot} (rate({MetricCatalog.OrdersFailed}{{{bot}}}[{window}]))\n)",
                Test(0.5, target, failedAndCreated)));
            group.Add(Record($"bot_exchange:hbot_exchange_requests_slow_per_request:ratio_rate{window}",
                $"1 - {byExchange} (rate({bucket}{{{bot},{fastLe}}}[{window}]))\n/\n{byExchange} (rate({count}{{{bot}}}[{window}]))",
                Test(1, exchange, noFastRequests)));
        }
        foreach (var window in new[] { "1h", "6h" })
        {
            burn.Add(Record($"bot:up_errors:burnrate{window}", $"bot:up_errors:ratio_avg{window} / (1 - {Number(slo.BotAvailabilityTarget)})",
                Test(1 / availabilityBudget, target, upDown)));
            burn.Add(Record($"bot:hbot_orders_failed_per_attempt:burnrate{window}", $"bot:hbot_orders_failed_per_attempt:ratio_rate{window} / (1 - {Number(slo.OrderSuccessTarget)})",
                Test(0.5 / orderBudget, target, failedAndCreated)));
            burn.Add(Record($"bot_exchange:hbot_exchange_requests_slow_per_request:burnrate{window}", $"bot_exchange:hbot_exchange_requests_slow_per_request:ratio_rate{window} / (1 - {Number(slo.ApiLatencyTarget)})",
                Test(1 / latencyBudget, exchange, noFastRequests)));
        }
        budget.Add(Record("bot:up_errors:budget_remaining30d", $"1 - bot:up_errors:ratio_avg30d / (1 - {Number(slo.BotAvailabilityTarget)})",
            Test(1 - 1 / availabilityBudget, target, upDown)));
        budget.Add(Record("bot:hbot_orders_failed_per_attempt:budget_remaining30d", $"1 - bot:hbot_orders_failed_per_attempt:ratio_rate30d / (1 - {Number(slo.OrderSuccessTarget)})",
            Test(1 - 0.5 / orderBudget, target, failedAndCreated)));
        budget.Add(Record("bot_exchange:hbot_exchange_requests_slow_per_request:budget_remaining30d", $"1 - bot_exchange:hbot_exchange_requests_slow_per_request:ratio_rate30d / (1 - {Number(slo.ApiLatencyTarget)})",
            Test(1 - 1 / latencyBudget, exchange, noFastRequests)));
        budget.Add(Record("bot:up:avg_over_time24h", $"avg_over_time({ExternalMetrics.Up}{{{bot}}}[24h])",
            Test(1, target, Series(ExternalMetrics.Up, target, SeriesValues.Constant(1)))));
        budget.Add(Record(Availability30d, $"avg_over_time({ExternalMetrics.Up}{{{bot}}}[30d])",
            Test(1, target, Series(ExternalMetrics.Up, target, SeriesValues.Constant(1)))));
        budget.Add(Record("bot:hbot_pnl_realized_quote:delta24h", $"{byBot} (delta({MetricCatalog.RealizedPnl}{{{bot}}}[24h]))",
            Test(0, target, Series(MetricCatalog.RealizedPnl, market, SeriesValues.Constant(12.5)))));

        return new RulePack("slo",
        [
            new RuleGroup("hbot-trading-records", rates),
            new RuleGroup("hbot-slo-burn", burn),
            new RuleGroup("hbot-slo-budget", budget, slo.SlowGroupInterval),
        ], o.ScrapeInterval);
    }

    private static RecordingRule Record(string name, string expression, RecordingTest test) => new() { Record = name, Expression = expression, Test = test };

    /// <summary>One request per second, every one slower than the largest bucket: only +Inf counts.</summary>
    private static TestSeries[] SlowRequests(IReadOnlyList<RuleLabel> labels)
    {
        var duration = MetricCatalog.ExchangeRequestDuration;
        return
        [
            .. duration.Buckets.Select(upper => new TestSeries(duration.Name + "_bucket", labels.With("le", upper.ToString("R", CultureInfo.InvariantCulture)), SeriesValues.Constant(0))),
            new TestSeries(duration.Name + "_bucket", labels.With("le", "+Inf"), SeriesValues.Linear(0, 1)),
        ];
    }

    /// <summary>
    /// Matches a histogram bucket bound in both Prometheus 2 and 3: Prometheus 3 writes integral bounds as "1.0",
    /// Prometheus 2 keeps the exporter's "1".
    /// </summary>
    private static string LeMatcher(double bound)
    {
        var text = bound.ToString("R", CultureInfo.InvariantCulture);
        return Math.Floor(bound) == bound ? $"le=~\"{text}|{text}\\\\.0\"" : $"le=\"{text}\"";
    }
}
