using BenchmarkDotNet.Attributes;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Monitoring;
using Hbot.Sdk.Monitoring.Exporters;
using Hbot.Sdk.Monitoring.Metrics;

namespace Hbot.Sdk.Benchmarks.Metrics;

/// <summary>Recording one event through the metrics observer, on both exporters (target: a fill under 100 ns, no allocation on prometheus-net).</summary>
[MemoryDiagnoser]
public class MetricsRecordingBenchmarks
{
    private static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");
    private MetricExporter _exporter = null!;
    private MetricsObserver _observer = null!;
    private OrderFilledEvent _fill = null!;
    private OrderFilledEvent _sellFill = null!;
    private OrderBookUpdatedEvent _book = null!;
    private ExchangeRequestEvent _request = null!;

    /// <summary>The exporter under test.</summary>
    [Params(MetricsExporter.PrometheusNet, MetricsExporter.OpenTelemetry)]
    public MetricsExporter Exporter { get; set; }

    /// <summary>Creates the observer and records each event once so its series exist, as in a running bot.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _exporter = MetricExporter.Create(Exporter);
        _observer = new MetricsObserver(_exporter, "bench", TimeProvider.System);
        var now = DateTimeOffset.UtcNow;
        _fill = new OrderFilledEvent(now, "paper", OrderType.LimitMaker,
            new TradeFill("hbB1", "x1", "t1", Pair, TradeSide.Buy, 50_000.12m, 0.015m, "USDT", 0.75m, true, now));
        _sellFill = _fill with { Fill = _fill.Fill with { Side = TradeSide.Sell, ClientOrderId = "hbS1", TradeId = "t2" } };
        _book = new OrderBookUpdatedEvent(now, "paper", Pair, 50_000m, 50_000.5m);
        _request = new ExchangeRequestEvent(now, "bitget", "/api/v2/spot/trade/place-order", "POST", 200, TimeSpan.FromMilliseconds(42), null);
        _observer.OnEvent(_fill);
        _observer.OnEvent(_sellFill);
        _observer.OnEvent(_book);
        _observer.OnEvent(_request);
    }

    /// <summary>Disposes the exporter.</summary>
    [GlobalCleanup]
    public void Cleanup() => _exporter.Dispose();

    /// <summary>One fill: fills, base and quote volume, fees.</summary>
    [Benchmark(Baseline = true)]
    public void RecordFill() => _observer.OnEvent(_fill);

    /// <summary>A buy fill then a sell fill (two label sets in turn, so the last-used series shortcut misses), per fill.</summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public void RecordFillAlternatingSides()
    {
        _observer.OnEvent(_fill);
        _observer.OnEvent(_sellFill);
    }

    /// <summary>One order book update: last update time, mid and spread.</summary>
    [Benchmark]
    public void RecordOrderBookUpdate() => _observer.OnEvent(_book);

    /// <summary>One REST call: the latency histogram.</summary>
    [Benchmark]
    public void RecordExchangeRequest() => _observer.OnEvent(_request);
}
