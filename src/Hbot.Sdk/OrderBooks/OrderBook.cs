using Hbot.Sdk.Markets;

namespace Hbot.Sdk.OrderBooks;

/// <summary>
/// An L2 order book for one pair: a snapshot, then deltas (size 0 removes a level). Levels are kept in sorted
/// arrays so a delta and a best-price read allocate nothing. Out-of-order, gapped and crossed updates are
/// detected; a gapped or crossed book marks itself stale and strategies must not quote on it until the next snapshot.
/// Thread-safe: a socket thread writes while the strategy reads.
/// </summary>
public sealed class OrderBook
{
    private readonly Lock _gate = new();
    private readonly LevelList _bids = new(descending: true);
    private readonly LevelList _asks = new(descending: false);
    private bool _initialized;

    /// <summary>Creates an empty (not yet initialized) book.</summary>
    public OrderBook(TradingPair pair) => Pair = pair;

    /// <summary>The pair.</summary>
    public TradingPair Pair { get; }

    /// <summary>Sequence of the last applied snapshot or update.</summary>
    public long Sequence { get { lock (_gate) return _sequence; } }
    private long _sequence;

    /// <summary>Time of the last applied snapshot or update.</summary>
    public DateTimeOffset LastUpdate { get { lock (_gate) return _lastUpdate; } }
    private DateTimeOffset _lastUpdate;

    /// <summary>Whether the book must not be used (no snapshot yet, or discarded after a gap or crossing).</summary>
    public bool IsStale { get { lock (_gate) return !_initialized || _staleReason is not null; } }

    /// <summary>Why the book is stale, or null.</summary>
    public string? StaleReason { get { lock (_gate) return _initialized ? _staleReason : _staleReason ?? "no_snapshot"; } }
    private string? _staleReason;

    /// <summary>Best bid price, or null when there is none.</summary>
    public decimal? BestBid { get { lock (_gate) return _bids.Count > 0 ? _bids[0].Price : null; } }

    /// <summary>Best ask price, or null when there is none.</summary>
    public decimal? BestAsk { get { lock (_gate) return _asks.Count > 0 ? _asks[0].Price : null; } }

    /// <summary>Best bid level, or null.</summary>
    public OrderBookLevel? BestBidLevel { get { lock (_gate) return _bids.Count > 0 ? _bids[0] : null; } }

    /// <summary>Best ask level, or null.</summary>
    public OrderBookLevel? BestAskLevel { get { lock (_gate) return _asks.Count > 0 ? _asks[0] : null; } }

    /// <summary>Mid price, or null unless both sides have a level.</summary>
    public decimal? MidPrice
    {
        get
        {
            lock (_gate) return _bids.Count > 0 && _asks.Count > 0 ? (_bids[0].Price + _asks[0].Price) / 2 : null;
        }
    }

    /// <summary>Absolute spread (ask - bid), or null.</summary>
    public decimal? Spread
    {
        get
        {
            lock (_gate) return _bids.Count > 0 && _asks.Count > 0 ? _asks[0].Price - _bids[0].Price : null;
        }
    }

    /// <summary>Number of bid levels.</summary>
    public int BidCount { get { lock (_gate) return _bids.Count; } }

    /// <summary>Number of ask levels.</summary>
    public int AskCount { get { lock (_gate) return _asks.Count; } }

    /// <summary>Replaces the whole book and clears any stale state.</summary>
    public void ApplySnapshot(ReadOnlySpan<OrderBookLevel> bids, ReadOnlySpan<OrderBookLevel> asks, long sequence, DateTimeOffset timestamp)
    {
        lock (_gate)
        {
            _bids.Clear();
            _asks.Clear();
            // Snapshots usually come best first; adding from the far end appends instead of shifting.
            for (var i = bids.Length - 1; i >= 0; i--) if (bids[i].Size > 0) _bids.Set(bids[i].Price, bids[i].Size);
            for (var i = asks.Length - 1; i >= 0; i--) if (asks[i].Size > 0) _asks.Set(asks[i].Price, asks[i].Size);
            _sequence = sequence;
            _lastUpdate = timestamp;
            _initialized = true;
            _staleReason = IsCrossedUnsafe() ? "crossed" : null;
        }
    }

    /// <summary>
    /// Applies a delta. Pass <paramref name="sequence"/> 0 when the source has no sequence numbers.
    /// When <paramref name="previousSequence"/> is given it must equal the book's sequence, otherwise the
    /// update is a gap. A sequence not newer than the book's is ignored as out of order.
    /// </summary>
    public OrderBookApplyResult ApplyUpdate(ReadOnlySpan<OrderBookLevel> bids, ReadOnlySpan<OrderBookLevel> asks, long sequence, DateTimeOffset timestamp, long? previousSequence = null)
    {
        lock (_gate)
        {
            if (!_initialized || _staleReason is not null) return OrderBookApplyResult.NotInitialized;
            if (sequence != 0 && sequence <= _sequence) return OrderBookApplyResult.OutOfOrder;
            if (previousSequence is { } prev && prev != _sequence)
            {
                _staleReason = "sequence_gap";
                return OrderBookApplyResult.Gap;
            }
            foreach (var l in bids) _bids.Set(l.Price, l.Size);
            foreach (var l in asks) _asks.Set(l.Price, l.Size);
            if (sequence != 0) _sequence = sequence;
            _lastUpdate = timestamp;
            if (IsCrossedUnsafe())
            {
                _staleReason = "crossed";
                return OrderBookApplyResult.Crossed;
            }
            return OrderBookApplyResult.Applied;
        }
    }

    /// <summary>Sets one level (size 0 removes it) without sequence checks; for sources that push single levels.</summary>
    public OrderBookApplyResult ApplyLevel(TradeSide side, decimal price, decimal size, DateTimeOffset timestamp)
    {
        lock (_gate)
        {
            if (!_initialized || _staleReason is not null) return OrderBookApplyResult.NotInitialized;
            (side == TradeSide.Buy ? _bids : _asks).Set(price, size);
            _lastUpdate = timestamp;
            if (IsCrossedUnsafe())
            {
                _staleReason = "crossed";
                return OrderBookApplyResult.Crossed;
            }
            return OrderBookApplyResult.Applied;
        }
    }

    /// <summary>Discards the book: it reports itself stale with the reason until the next snapshot.</summary>
    public void MarkStale(string reason)
    {
        lock (_gate) _staleReason = reason;
    }

    /// <summary>Copies the top <paramref name="depth"/> bid levels, best first.</summary>
    public OrderBookLevel[] GetBids(int depth = int.MaxValue) { lock (_gate) return _bids.Top(depth); }

    /// <summary>Copies the top <paramref name="depth"/> ask levels, best first.</summary>
    public OrderBookLevel[] GetAsks(int depth = int.MaxValue) { lock (_gate) return _asks.Top(depth); }

    /// <summary>
    /// Walks the side a taker of <paramref name="takerSide"/> would consume (asks for a buy, bids for a sell)
    /// until <paramref name="volume"/> base is reached.
    /// </summary>
    public VolumePrice GetPriceForVolume(TradeSide takerSide, decimal volume)
    {
        lock (_gate)
        {
            var levels = takerSide == TradeSide.Buy ? _asks : _bids;
            decimal filled = 0, quote = 0, worst = 0;
            for (var i = 0; i < levels.Count && filled < volume; i++)
            {
                var l = levels[i];
                var take = Math.Min(l.Size, volume - filled);
                filled += take;
                quote += take * l.Price;
                worst = l.Price;
            }
            return new VolumePrice(filled > 0 ? quote / filled : 0, worst, filled);
        }
    }

    /// <summary>Base volume a taker of <paramref name="takerSide"/> can trade at prices no worse than <paramref name="price"/>.</summary>
    public decimal GetVolumeToPrice(TradeSide takerSide, decimal price)
    {
        lock (_gate)
        {
            var levels = takerSide == TradeSide.Buy ? _asks : _bids;
            decimal volume = 0;
            for (var i = 0; i < levels.Count; i++)
            {
                var l = levels[i];
                if (takerSide == TradeSide.Buy ? l.Price > price : l.Price < price) break;
                volume += l.Size;
            }
            return volume;
        }
    }

    /// <summary>Size resting at exactly <paramref name="price"/> on a side (Buy = bids), 0 when none.</summary>
    public decimal GetSizeAt(TradeSide side, decimal price)
    {
        lock (_gate) return (side == TradeSide.Buy ? _bids : _asks).SizeAt(price);
    }

    private bool IsCrossedUnsafe() => _bids.Count > 0 && _asks.Count > 0 && _bids[0].Price >= _asks[0].Price;

    /// <summary>
    /// A sorted array of levels, read best first. Stored worst first, so that the best level is at the end of the
    /// array: changes at the touch, by far the most frequent, then move no other level.
    /// </summary>
    private sealed class LevelList(bool descending)
    {
        private OrderBookLevel[] _items = new OrderBookLevel[64];

        public int Count { get; private set; }

        /// <summary>The level at a best-first index (0 = best).</summary>
        public OrderBookLevel this[int index] => _items[Count - 1 - index];

        public void Clear() => Count = 0;

        public void Set(decimal price, decimal size)
        {
            var i = Find(price);
            if (i >= 0)
            {
                if (size > 0) _items[i] = new OrderBookLevel(price, size);
                else
                {
                    Array.Copy(_items, i + 1, _items, i, Count - i - 1);
                    Count--;
                }
                return;
            }
            if (size <= 0) return;
            i = ~i;
            if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
            Array.Copy(_items, i, _items, i + 1, Count - i);
            _items[i] = new OrderBookLevel(price, size);
            Count++;
        }

        public decimal SizeAt(decimal price)
        {
            var i = Find(price);
            return i >= 0 ? _items[i].Size : 0;
        }

        public OrderBookLevel[] Top(int depth)
        {
            var result = new OrderBookLevel[Math.Min(depth, Count)];
            for (var i = 0; i < result.Length; i++) result[i] = this[i];
            return result;
        }

        // Binary search in stored (worst-first) order; returns the index or the bitwise complement of the insert position.
        private int Find(decimal price)
        {
            int lo = 0, hi = Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var c = _items[mid].Price.CompareTo(price);
                // Worst first: bids (best = highest) are stored ascending, asks (best = lowest) descending.
                if (!descending) c = -c;
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }
    }
}
