using BenchmarkDotNet.Attributes;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Monitoring;
using Hbot.Sdk.Monitoring.Exporters;
using Hbot.Sdk.Monitoring.Metrics;

namespace Hbot.Sdk.Benchmarks.Metrics;

/// <summary>One <c>/metrics</c> scrape of a bot trading 10 pairs, on both exporters (target: under 2 ms).</summary>
[MemoryDiagnoser]
public class MetricsScrapeBenchmarks
{
    private static readonly string[] Bases = ["BTC", "ETH", "SOL", "XRP", "DOGE", "ADA", "LINK", "AVAX", "DOT", "LTC"];
    private readonly MemoryStream _body = new();
    private MetricExporter _exporter = null!;

    /// <summary>The exporter under test.</summary>
    [Params(MetricsExporter.PrometheusNet, MetricsExporter.OpenTelemetry)]
    public MetricsExporter Exporter { get; set; }

    /// <summary>Builds the series a bot trading 10 pairs has after a while: orders, fills, books, balances, requests, sockets.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _exporter = MetricExporter.Create(Exporter);
        var observer = new MetricsObserver(_exporter, "bench", TimeProvider.System, new LogEventTally());
        _ = new ProcessMetrics(_exporter);
        var now = DateTimeOffset.UtcNow;
        string[] endpoints = ["/api/v2/spot/trade/place-order", "/api/v2/spot/trade/cancel-order", "/api/v2/spot/account/assets", "/api/v2/spot/trade/unfilled-orders"];
        foreach (var (asset, i) in Bases.Select((b, i) => (b, i)))
        {
            var pair = new TradingPair(asset, "USDT");
            observer.OnEvent(new BotStartedEvent(now, "bench", "pure_market_making", "bitget", pair, "1.0.0", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15)));
            observer.OnEvent(new OrderBookUpdatedEvent(now, "bitget", pair, 100m + i, 100.1m + i));
            observer.OnEvent(new BalanceChangedEvent(now, "bitget", new Balance(asset, 10m, 9m)));
            observer.OnEvent(new PortfolioValuedEvent(now, "bitget", pair, 100m, 0.001m, 2000m, 0.5m, 0.5m, 1m, 0.5m));
            observer.OnEvent(new OrderBookResyncEvent(now, "bitget", pair, "sequence_gap"));
            observer.OnEvent(new SocketMessageEvent(now, "bitget", "books"));
            for (var o = 0; o < 4; o++)
            {
                var side = o % 2 == 0 ? TradeSide.Buy : TradeSide.Sell;
                var id = $"{asset}-{o}";
                observer.OnEvent(new OrderCreatedEvent(now, "bitget", pair, id, null, side, OrderType.LimitMaker, 100m, 1m));
                observer.OnEvent(new OrderFilledEvent(now, "bitget", OrderType.LimitMaker,
                    new TradeFill(id, null, "t" + id, pair, side, 100m, 0.5m, "USDT", 0.05m, true, now)));
            }
            observer.OnEvent(new OrderCompletedEvent(now, "bitget", pair, $"{asset}-0", TradeSide.Buy, OrderType.LimitMaker, 1m, 100m, now.AddSeconds(-3)));
            observer.OnEvent(new OrderCancelledEvent(now, "bitget", pair, $"{asset}-1", TradeSide.Sell));
        }
        observer.OnEvent(new BalanceChangedEvent(now, "bitget", new Balance("USDT", 10_000m, 9_000m)));
        foreach (var endpoint in endpoints)
        {
            observer.OnEvent(new ExchangeRequestEvent(now, "bitget", endpoint, "POST", 200, TimeSpan.FromMilliseconds(40), null));
            observer.OnEvent(new ExchangeRequestEvent(now, "bitget", endpoint, "POST", 400, TimeSpan.FromMilliseconds(60), "43012"));
        }
        observer.OnEvent(new StrategyTickedEvent(now, "pure_market_making", TimeSpan.FromMilliseconds(1)));
        observer.OnEvent(new SocketStateChangedEvent(now, "bitget", "public", true, null, "start"));
        observer.OnEvent(new SocketStateChangedEvent(now, "bitget", "private", true, null, "start"));
    }

    /// <summary>Disposes the exporter.</summary>
    [GlobalCleanup]
    public void Cleanup() => _exporter.Dispose();

    /// <summary>Renders one scrape in the classic text format through the same middleware as <c>/metrics</c>.</summary>
    [Benchmark]
    public async Task<long> Scrape()
    {
        _body.SetLength(0);
        await _exporter.ScrapeAsync(_body, accept: null, CancellationToken.None);
        return _body.Length;
    }
}
