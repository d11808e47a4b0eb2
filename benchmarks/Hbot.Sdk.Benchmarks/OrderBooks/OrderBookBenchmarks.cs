using BenchmarkDotNet.Attributes;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Benchmarks.OrderBooks;

/// <summary>
/// Applying one delta to a 200-level book and reading the top of book: the work done per socket message.
/// Target: under 200 ns and no allocation.
/// </summary>
[MemoryDiagnoser]
public class OrderBookBenchmarks
{
    private readonly OrderBook _book = new(TradingPair.Parse("BTC-USDT"));
    private readonly DateTimeOffset _now = DateTimeOffset.UnixEpoch;
    private readonly OrderBookLevel[] _bidDelta = new OrderBookLevel[1];
    private decimal _size = 1m;
    private long _sequence = 1;

    /// <summary>A 200-level book each side, 0.5 apart.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var bids = Enumerable.Range(0, 200).Select(i => new OrderBookLevel(50_000m - i * 0.5m, 1m + i)).ToArray();
        var asks = Enumerable.Range(0, 200).Select(i => new OrderBookLevel(50_000.5m + i * 0.5m, 1m + i)).ToArray();
        _book.ApplySnapshot(bids, asks, _sequence, _now);
    }

    /// <summary>One sequenced delta (one bid level changed, previous sequence checked), then best bid and ask.</summary>
    [Benchmark(Baseline = true)]
    public decimal ApplyDeltaAndReadTop()
    {
        _size = _size == 1m ? 2m : 1m;
        _bidDelta[0] = new OrderBookLevel(49_990m, _size);
        var previous = _sequence++;
        _book.ApplyUpdate(_bidDelta, [], _sequence, _now, previous);
        return _book.BestBid!.Value + _book.BestAsk!.Value;
    }

    /// <summary>One single-level push (no sequence), then best bid and ask.</summary>
    [Benchmark]
    public decimal ApplyLevelAndReadTop()
    {
        _size = _size == 1m ? 2m : 1m;
        _book.ApplyLevel(TradeSide.Buy, 49_990m, _size, _now);
        return _book.BestBid!.Value + _book.BestAsk!.Value;
    }

    /// <summary>Removing and re-adding the best level (array shifts at the front), then best bid and ask.</summary>
    [Benchmark]
    public decimal ReplaceTouchAndReadTop()
    {
        _book.ApplyLevel(TradeSide.Buy, 50_000m, 0m, _now);
        _book.ApplyLevel(TradeSide.Buy, 50_000m, 1m, _now);
        return _book.BestBid!.Value + _book.BestAsk!.Value;
    }
}
