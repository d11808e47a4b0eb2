using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>
/// Keeps one pair's <see cref="OrderBook"/> consistent with Bitget's <c>books</c> channel: a snapshot, then updates
/// checked for sequence continuity (<c>pseq</c> must equal the last <c>seq</c>) and, where a non-zero checksum is
/// pushed, for the CRC-32 of the top 25 levels over the original strings. On a gap, mismatch or crossing the book is
/// discarded (marked stale) until a fresh snapshot; the caller resubscribes.
/// </summary>
public sealed class BitgetBookKeeper
{
    private readonly RawSide _bids = new(descending: true);
    private readonly RawSide _asks = new(descending: false);
    private OrderBookLevel[] _scratchBids = new OrderBookLevel[64];
    private OrderBookLevel[] _scratchAsks = new OrderBookLevel[64];
    private bool _initialized;
    private bool _firstUpdate;
    private long _sequence;

    /// <summary>Creates a keeper with an empty, stale book.</summary>
    public BitgetBookKeeper(TradingPair pair) => Book = new OrderBook(pair);

    /// <summary>The kept book.</summary>
    public OrderBook Book { get; }

    /// <summary>Sequence of the last applied push.</summary>
    public long Sequence => _sequence;

    /// <summary>Replaces the book with a snapshot.</summary>
    public BitgetBookApplyResult ApplySnapshot(ReadOnlySpan<BitgetRawLevel> bids, ReadOnlySpan<BitgetRawLevel> asks, long sequence, int checksum, DateTimeOffset timestamp)
    {
        _bids.Clear();
        _asks.Clear();
        foreach (var l in bids) _bids.Set(l);
        foreach (var l in asks) _asks.Set(l);
        var b = Convert(bids, ref _scratchBids);
        var a = Convert(asks, ref _scratchAsks);
        Book.ApplySnapshot(b, a, sequence, timestamp);
        _sequence = sequence;
        _initialized = true;
        _firstUpdate = true;
        if (Book.IsStale) return Discard("crossed", BitgetBookApplyResult.Crossed);
        if (checksum != 0 && BitgetBookChecksum.Compute(_bids.Top, _asks.Top) != checksum) return Discard("checksum_mismatch", BitgetBookApplyResult.ChecksumMismatch);
        return BitgetBookApplyResult.Applied;
    }

    /// <summary>Applies an update (size 0 removes a level). Pass 0 for values the push did not carry.</summary>
    public BitgetBookApplyResult ApplyUpdate(ReadOnlySpan<BitgetRawLevel> bids, ReadOnlySpan<BitgetRawLevel> asks, long sequence, long previousSequence, int checksum, DateTimeOffset timestamp)
    {
        if (!_initialized) return BitgetBookApplyResult.Ignored;
        if (sequence != 0 && sequence <= _sequence) return BitgetBookApplyResult.Ignored;
        if (previousSequence != 0)
        {
            // Right after a snapshot some feeds send pseq from before it; only a jump past the snapshot is a gap then.
            var gap = _firstUpdate ? previousSequence > _sequence : previousSequence != _sequence;
            if (gap) return Discard("sequence_gap", BitgetBookApplyResult.SequenceGap);
        }
        foreach (var l in bids) _bids.Set(l);
        foreach (var l in asks) _asks.Set(l);
        var result = Book.ApplyUpdate(Convert(bids, ref _scratchBids), Convert(asks, ref _scratchAsks), sequence, timestamp);
        if (result == OrderBookApplyResult.Crossed) return Discard("crossed", BitgetBookApplyResult.Crossed);
        if (sequence != 0) _sequence = sequence;
        _firstUpdate = false;
        if (checksum != 0 && BitgetBookChecksum.Compute(_bids.Top, _asks.Top) != checksum) return Discard("checksum_mismatch", BitgetBookApplyResult.ChecksumMismatch);
        return BitgetBookApplyResult.Applied;
    }

    /// <summary>Discards the book until the next snapshot.</summary>
    public void Invalidate(string reason)
    {
        _initialized = false;
        Book.MarkStale(reason);
    }

    private BitgetBookApplyResult Discard(string reason, BitgetBookApplyResult result)
    {
        Invalidate(reason);
        return result;
    }

    private static ReadOnlySpan<OrderBookLevel> Convert(ReadOnlySpan<BitgetRawLevel> levels, ref OrderBookLevel[] scratch)
    {
        if (scratch.Length < levels.Length) scratch = new OrderBookLevel[Math.Max(levels.Length, scratch.Length * 2)];
        for (var i = 0; i < levels.Length; i++) scratch[i] = new OrderBookLevel(levels[i].Price, levels[i].Size);
        return scratch.AsSpan(0, levels.Length);
    }

    /// <summary>One side of raw levels, best first, for the checksum.</summary>
    private sealed class RawSide(bool descending)
    {
        private BitgetRawLevel[] _items = new BitgetRawLevel[64];
        private int _count;

        public ReadOnlySpan<BitgetRawLevel> Top => _items.AsSpan(0, Math.Min(_count, BitgetBookChecksum.Depth));

        public void Clear() => _count = 0;

        public void Set(in BitgetRawLevel level)
        {
            var i = Find(level.Price);
            if (i >= 0)
            {
                if (level.Size > 0) _items[i] = level;
                else
                {
                    Array.Copy(_items, i + 1, _items, i, _count - i - 1);
                    _count--;
                }
                return;
            }
            if (level.Size <= 0) return;
            i = ~i;
            if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
            Array.Copy(_items, i, _items, i + 1, _count - i);
            _items[i] = level;
            _count++;
        }

        private int Find(decimal price)
        {
            int lo = 0, hi = _count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var c = _items[mid].Price.CompareTo(price);
                if (descending) c = -c;
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }
    }
}
