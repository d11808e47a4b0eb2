using System.Globalization;
using BenchmarkDotNet.Attributes;
using Hbot.Sdk.Connectors.Bitget.Sockets;
using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Benchmarks.Bitget;

/// <summary>Applying one Bitget book update to a 200-level book with the sequence continuity and CRC-32 checksum checks.</summary>
[MemoryDiagnoser]
public class BitgetBookUpdateBenchmarks
{
    private readonly BitgetBookKeeper _keeper = new(TradingPair.Parse("BTC-USDT"));
    private readonly BitgetRawLevel[] _none = [];
    private BitgetRawLevel[][] _updates = null!;
    private int[] _checksums = null!;
    private long _sequence;

    [GlobalSetup]
    public void Setup()
    {
        static BitgetRawLevel L(decimal p, decimal s)
        {
            var pt = p.ToString("0.00", CultureInfo.InvariantCulture);
            var st = s.ToString("0.0000", CultureInfo.InvariantCulture);
            return new BitgetRawLevel(p, s, pt, st);
        }
        var bids = Enumerable.Range(0, 200).Select(i => L(50_000m - i * 0.5m, 1m + i * 0.01m)).ToArray();
        var asks = Enumerable.Range(0, 200).Select(i => L(50_000.5m + i * 0.5m, 1m + i * 0.01m)).ToArray();
        _sequence = 1;
        _keeper.ApplySnapshot(bids, asks, _sequence, 0, DateTimeOffset.UnixEpoch);
        // Two alternating sizes for the third bid level: the checksum of each resulting book is precomputed.
        _updates = [[L(49_999m, 2.5m)], [L(49_999m, 1.02m)]];
        _checksums = new int[2];
        for (var i = 0; i < 2; i++)
        {
            var b = bids.ToArray();
            b[2] = _updates[i][0];
            _checksums[i] = BitgetBookChecksum.Compute(b, asks);
        }
    }

    [Benchmark]
    public BitgetBookApplyResult ApplyUpdateWithChecks()
    {
        var i = (int)(_sequence & 1);
        var result = _keeper.ApplyUpdate(_updates[i], _none, _sequence + 1, _sequence, _checksums[i], DateTimeOffset.UnixEpoch);
        _sequence++;
        if (result != BitgetBookApplyResult.Applied) throw new InvalidOperationException($"update {_sequence} was {result}");
        return result;
    }
}
