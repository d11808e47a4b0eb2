using BenchmarkDotNet.Attributes;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Benchmarks.OrderBooks;

/// <summary>Applying one delta to a 200-level book and reading the top of book.</summary>
[MemoryDiagnoser]
public class OrderBookBenchmarks
{
    private readonly OrderBook _book = new(TradingPair.Parse("BTC-USDT"));
    private readonly DateTimeOffset _now = DateTimeOffset.UnixEpoch;
    private decimal _size = 1m;

    [GlobalSetup]
    public void Setup()
    {
        var bids = Enumerable.Range(0, 200).Select(i => new OrderBookLevel(50_000m - i * 0.5m, 1m + i)).ToArray();
        var asks = Enumerable.Range(0, 200).Select(i => new OrderBookLevel(50_000.5m + i * 0.5m, 1m + i)).ToArray();
        _book.ApplySnapshot(bids, asks, 1, _now);
    }

    [Benchmark]
    public decimal ApplyDeltaAndReadTop()
    {
        _size = _size == 1m ? 2m : 1m;
        _book.ApplyLevel(TradeSide.Buy, 49_990m, _size, _now);
        return _book.BestBid!.Value + _book.BestAsk!.Value;
    }
}
