using System.Globalization;
using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Rules.PromQl;
using Hbot.Sdk.Monitoring.Rules.RuleTests;
using Hbot.Sdk.Monitoring.Runbooks;
using static Hbot.Sdk.Monitoring.Rules.PackAlert;
using static Hbot.Sdk.Monitoring.Runbooks.RunbookCommands;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Exchange connectivity alerts: REST latency and errors, rate limits, market data freshness and sockets.</summary>
public static class ExchangeRulePack
{
    /// <summary>Builds the pack from the options.</summary>
    public static RulePack Build(RulePackOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var x = o.Exchange;
        var bot = o.Selectors.Bot;
        var target = TestBot(o);
        var exchange = target.With("exchange", "bitget");
        var market = exchange.With("trading_pair", "BTC-USDT");
        var request = exchange.With("endpoint", "place_order", "method", "POST", "status_class", "2xx");
        var rate = PromDuration.Format(x.RateWindow);
        var duration = MetricCatalog.ExchangeRequestDuration;
        var requestCount = duration.Name + "_count";

        var latency = Create(o, "ExchangeApiLatencyHigh", AlertSeverity.Warning, x.LatencyFor,
            $"histogram_quantile(0.95, sum by (job, instance, bot, exchange, le) (rate({duration}_bucket{{{bot}}}[{rate}]))) > {Number(x.LatencyP95Seconds)}",
            "Exchange API requests are slow.",
            $"p95 REST latency of bot {{{{ $labels.bot }}}} to {{{{ $labels.exchange }}}} is {{{{ $value | humanizeDuration }}}} (threshold {Number(x.LatencyP95Seconds)}s).",
            new Runbook
            {
                Meaning = $"The 95th percentile of REST request duration to the exchange was above {Number(x.LatencyP95Seconds)}s over {rate}, for {PromDuration.Format(x.LatencyFor)}.",
                Impact = "Orders and cancels arrive late; quotes lag the market and the bot is picked off by faster traders.",
                Check =
                [
                    Query("Latency by endpoint:", $"histogram_quantile(0.95, sum by (endpoint, le) (rate({duration}_bucket{{{bot}}}[{rate}])))"),
                    RunbookStep.Shell("Measure the network path from the host:", "curl -s -o /dev/null -w 'connect %{time_connect}s total %{time_total}s\\n' https://api.bitget.com/api/v2/public/time"),
                    new RunbookStep("Check the exchange's status page and announcements for degraded service."),
                ],
                Fix =
                [
                    new RunbookStep("If the host is busy (HighCpuUsage), fix that first. If the exchange is degraded, widen spreads or pause the bot until it recovers."),
                    new RunbookStep("If only this host is slow, check its network (DNS, provider) or move the bot closer to the exchange."),
                ],
                Escalate = "Escalate when latency stays high for more than 30 minutes while the exchange reports no incident.",
            },
            new AlertTest
            {
                // Failing: every request slower than the largest bucket, where histogram_quantile reports that bound.
                Failing = Buckets(request, _ => false),
                Healthy = Buckets(request, upper => upper >= 0.05),
                ExpectedLabels = exchange,
                ExpectedValue = _ => duration.Buckets[^1],
            });

        var errors = Create(o, "ExchangeErrorsHigh", AlertSeverity.Warning, x.ErrorsFor,
            $$"""
            sum by (job, instance, bot, exchange) (rate({{MetricCatalog.ExchangeErrors}}{{{bot}}}[{{rate}}]))
            /
            sum by (job, instance, bot, exchange) (rate({{requestCount}}{{{bot}}}[{{rate}}]))
            > {{Number(x.ErrorRatio)}}
            """,
            "The exchange returns many API errors.",
            $"Bot {{{{ $labels.bot }}}} gets {{{{ $value | humanize }}}} errors per REST request from {{{{ $labels.exchange }}}} (threshold {Number(x.ErrorRatio)}).",
            new Runbook
            {
                Meaning = $"API errors per REST request were above {Number(x.ErrorRatio)} over {rate}: the exchange rejects requests (bad parameters, auth, maintenance) or fails them.",
                Impact = "Orders and cancels fail; the bot's view of its orders and balances may drift from the exchange.",
                Check =
                [
                    Query("Errors by endpoint and exchange error code:", $"sum by (endpoint, code) (rate({MetricCatalog.ExchangeErrors}{{{bot}}}[{rate}]))"),
                    BotLogs(o),
                ],
                Fix =
                [
                    new RunbookStep("Authentication errors: check the API key, its permissions and IP allow-list on the exchange; rotate the key if needed. Timestamp errors: see ClockSkew."),
                    new RunbookStep("Parameter errors after an exchange change: update the SDK. Maintenance: pause the bot."),
                ],
                Escalate = "Escalate authentication errors at once (possible key revocation or compromise).",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.ExchangeErrors, exchange.With("endpoint", "place_order", "code", "43012"), SeriesValues.Linear(0, 0.2)), new TestSeries(requestCount, request, SeriesValues.Linear(0, 1))],
                Healthy = [Series(MetricCatalog.ExchangeErrors, exchange.With("endpoint", "place_order", "code", "43012"), SeriesValues.Constant(0)), new TestSeries(requestCount, request, SeriesValues.Linear(0, 1))],
                ExpectedLabels = exchange,
                ExpectedValue = _ => 0.2,
            });

        var rateLimited = Create(o, "RateLimited", AlertSeverity.Warning, x.RateLimitedFor,
            $"sum by (job, instance, bot, exchange) (increase({MetricCatalog.RateLimitRejections}{{{bot}}}[{rate}])) > 0",
            "Exchange requests are being refused by a rate limit.",
            $"{{{{ $value | humanize }}}} requests of bot {{{{ $labels.bot }}}} to {{{{ $labels.exchange }}}} were refused by a rate limit in the last {rate}.",
            new Runbook
            {
                Meaning = "Requests were refused by a rate limit, either by the SDK's client-side limiter or by the exchange (HTTP 429), continuously for the alert's duration.",
                Impact = "Orders and cancels are delayed or dropped; repeated 429s can get the API key or IP banned for a while.",
                Check =
                [
                    Query("Refusals and waits by endpoint:", $"sum by (endpoint) (increase({MetricCatalog.RateLimitRejections}{{{bot}}}[{rate}])) or sum by (endpoint) (increase({MetricCatalog.RateLimitWaits}{{{bot}}}[{rate}]))"),
                    new RunbookStep("Check whether several bots share one API key or IP: limits apply per key or IP."),
                ],
                Fix =
                [
                    new RunbookStep("Lengthen the order refresh time or tick interval, reduce the number of order levels, or give each bot its own API key."),
                ],
                Escalate = "Escalate when the exchange reports a ban or the refusals continue after reducing request volume.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.RateLimitRejections, exchange.With("endpoint", "place_order"), SeriesValues.Linear(0, 0.1))],
                Healthy = [Series(MetricCatalog.RateLimitRejections, exchange.With("endpoint", "place_order"), SeriesValues.Constant(0))],
                ExpectedLabels = exchange,
                ExpectedValue = _ => 0.1 * x.RateWindow.TotalSeconds,
            });

        var bookStale = Create(o, "MarketDataStale", AlertSeverity.Critical, x.BookStaleFor,
            $"{MetricCatalog.OrderBookAge}{{{bot}}} > {Number(x.BookStaleSeconds)}",
            "A bot's order book is not being updated.",
            "The order book of bot {{ $labels.bot }} for {{ $labels.trading_pair }} on {{ $labels.exchange }} was last updated {{ $value | humanizeDuration }} ago.",
            new Runbook
            {
                Meaning = $"The bot's local order book has not been updated for more than {Number(x.BookStaleSeconds)}s: the market data socket is down or silent, or the book failed to resync.",
                Impact = "The bot prices its quotes from an old book; if it keeps quoting, it trades at wrong prices.",
                Check =
                [
                    BotMetrics(o, "hbot_(order_book_age|exchange_socket_connected|exchange_socket_last_message)"),
                    Query("Socket state and resyncs:", $"{MetricCatalog.SocketConnected}{{{bot}}} or increase({MetricCatalog.OrderBookResyncs}{{{bot}}}[15m])"),
                    BotLogs(o),
                ],
                Fix =
                [
                    new RunbookStep("If the socket is disconnected, see SocketDisconnected. If the exchange halted the market, stop the bot until it reopens."),
                    Restart(o, "<bot>"),
                ],
                Escalate = "Escalate at once if the bot keeps quoting on a stale book.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.OrderBookAge, market, SeriesValues.Linear(0, 1))],
                Healthy = [Series(MetricCatalog.OrderBookAge, market, SeriesValues.Constant(0.5))],
                ActiveAfter = TimeSpan.FromSeconds(x.BookStaleSeconds),
                ActiveBy = TimeSpan.FromSeconds(x.BookStaleSeconds) + o.ScrapeInterval,
                ExpectedLabels = market,
                ExpectedValue = t => t.TotalSeconds,
            });

        var reconnectWindow = PromDuration.Format(x.ReconnectWindow);
        var socket = exchange.With("socket", "public");
        var reconnects = Create(o, "SocketReconnectLoop", AlertSeverity.Warning, x.ReconnectFor,
            $"sum by (job, instance, bot, exchange, socket) (increase({MetricCatalog.SocketReconnects}{{{bot}}}[{reconnectWindow}])) > {x.ReconnectLimit}",
            "An exchange socket keeps reconnecting.",
            $"Socket {{{{ $labels.socket }}}} of bot {{{{ $labels.bot }}}} to {{{{ $labels.exchange }}}} reconnected {{{{ $value | humanize }}}} times in the last {reconnectWindow}.",
            new Runbook
            {
                Meaning = $"The websocket reconnected more than {x.ReconnectLimit} times within {reconnectWindow}: the connection is dropped by the exchange, a proxy or the network, or the bot fails its heartbeat.",
                Impact = "Each reconnect loses updates and forces order book resyncs; the bot trades on gaps in market and order data.",
                Check =
                [
                    Query("Reconnects by reason:", $"sum by (socket, reason) (increase({MetricCatalog.SocketReconnects}{{{bot}}}[{reconnectWindow}]))"),
                    BotLogs(o),
                ],
                Fix =
                [
                    new RunbookStep("Reason `heartbeat`: the host or bot is too slow to answer pings (see HighCpuUsage). Reason `closed by server`: too many subscriptions per connection or exchange maintenance."),
                    new RunbookStep("Check the host's network stability (packet loss) with the provider."),
                ],
                Escalate = "Escalate when reconnects continue for more than an hour.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.SocketReconnects, socket.With("reason", "closed"), SeriesValues.Linear(0, 0.05))],
                Healthy = [Series(MetricCatalog.SocketReconnects, socket.With("reason", "closed"), SeriesValues.Constant(1))],
                ExpectedLabels = socket,
                ExpectedValue = _ => 0.05 * x.ReconnectWindow.TotalSeconds,
            });

        var disconnected = Create(o, "SocketDisconnected", AlertSeverity.Critical, x.DisconnectedFor,
            $"{MetricCatalog.SocketConnected}{{{bot}}} == 0",
            "An exchange socket is disconnected.",
            "Socket {{ $labels.socket }} of bot {{ $labels.bot }} to {{ $labels.exchange }} is disconnected.",
            new Runbook
            {
                Meaning = $"The websocket has been disconnected for {PromDuration.Format(x.DisconnectedFor)} and reconnecting does not succeed.",
                Impact = "No market data (public socket) or no order and fill updates (private socket): the bot is blind.",
                Check =
                [
                    BotMetrics(o, "hbot_exchange_socket"),
                    RunbookStep.Shell("Test that the host reaches the exchange:", "curl -s -o /dev/null -w '%{http_code}\\n' https://api.bitget.com/api/v2/public/time"),
                    BotLogs(o),
                ],
                Fix =
                [
                    new RunbookStep("Private socket: verify the API key still works (login errors in the logs). Public socket: check the exchange status page."),
                    Restart(o, "<bot>"),
                ],
                Escalate = "Escalate at once if the private socket stays down while the bot has open orders.",
            },
            new AlertTest
            {
                Failing = [Series(MetricCatalog.SocketConnected, socket, SeriesValues.Constant(0))],
                Healthy = [Series(MetricCatalog.SocketConnected, socket, SeriesValues.Constant(1))],
                ExpectedLabels = socket,
            });

        return new RulePack("exchange",
            [new RuleGroup("hbot-exchange", [latency, errors, rateLimited, bookStale, reconnects, disconnected])], o.ScrapeInterval);

        // One request per second, every one landing in the buckets the predicate accepts (plus +Inf).
        List<TestSeries> Buckets(IReadOnlyList<RuleLabel> labels, Func<double, bool> counts) =>
        [
            .. duration.Buckets.Select(upper => new TestSeries(duration.Name + "_bucket", labels.With("le", upper.ToString("R", CultureInfo.InvariantCulture)),
                counts(upper) ? SeriesValues.Linear(0, 1) : SeriesValues.Constant(0))),
            new TestSeries(duration.Name + "_bucket", labels.With("le", "+Inf"), SeriesValues.Linear(0, 1)),
        ];
    }
}
