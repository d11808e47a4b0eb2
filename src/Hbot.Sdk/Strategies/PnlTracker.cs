using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Strategies;

/// <summary>
/// Profit and loss of one pair on average cost. Fees are converted to quote at the fill price: a fee on a fill that
/// grows the position is added to its cost basis, a fee on a fill that reduces it is charged to realized PnL.
/// Fed by <see cref="OrderFilledEvent"/>s (subscribe it to the event stream) or by <see cref="Apply"/>. Thread-safe.
/// </summary>
public sealed class PnlTracker : ITradingEventObserver
{
    private const int RecentFillCapacity = 10;
    private readonly Lock _gate = new();
    private readonly Queue<TradeFill> _recent = new();
    private decimal _position;
    private decimal _averageCost;
    private decimal _realized;
    private decimal _fees;
    private int _fillCount;

    /// <summary>Creates a tracker for one pair.</summary>
    public PnlTracker(TradingPair pair) => Pair = pair;

    /// <summary>The pair tracked.</summary>
    public TradingPair Pair { get; }

    /// <summary>Signed position in base (negative = short against the starting inventory).</summary>
    public decimal Position { get { lock (_gate) return _position; } }

    /// <summary>Average entry price of the position in quote, fees included (0 when flat).</summary>
    public decimal AverageCost { get { lock (_gate) return _averageCost; } }

    /// <summary>Realized PnL in quote, after fees.</summary>
    public decimal RealizedPnl { get { lock (_gate) return _realized; } }

    /// <summary>Fees paid, in quote.</summary>
    public decimal FeesPaidQuote { get { lock (_gate) return _fees; } }

    /// <summary>Fills applied since creation.</summary>
    public int FillCount { get { lock (_gate) return _fillCount; } }

    /// <summary>The last fills applied, newest last.</summary>
    public IReadOnlyList<TradeFill> RecentFills { get { lock (_gate) return _recent.ToArray(); } }

    /// <summary>
    /// Sets the starting state: the inventory held before any tracked fill, valued at <paramref name="averageCost"/>
    /// (for example the mid at start), and PnL already realized in earlier runs.
    /// </summary>
    public void Reset(decimal position, decimal averageCost, decimal realizedPnl = 0)
    {
        lock (_gate)
        {
            _position = position;
            _averageCost = position == 0 ? 0 : averageCost;
            _realized = realizedPnl;
        }
    }

    /// <summary>Unrealized PnL of the position at <paramref name="markPrice"/> (for example the mid).</summary>
    public decimal UnrealizedPnl(decimal markPrice)
    {
        lock (_gate) return _position == 0 ? 0 : (markPrice - _averageCost) * _position;
    }

    /// <summary>Applies one fill of this pair; returns the realized PnL it produced. Fills of other pairs are ignored (0).</summary>
    public decimal Apply(TradeFill fill)
    {
        if (fill.Pair != Pair) return 0;
        var feeQuote = fill.FeeAsset.Equals(Pair.Quote, StringComparison.OrdinalIgnoreCase) ? fill.FeeAmount
            : fill.FeeAsset.Equals(Pair.Base, StringComparison.OrdinalIgnoreCase) ? fill.FeeAmount * fill.Price
            : 0m;
        var signed = fill.Side == TradeSide.Buy ? fill.Amount : -fill.Amount;
        lock (_gate)
        {
            decimal realized;
            if (_position == 0 || Math.Sign(_position) == Math.Sign(signed))
            {
                // Growing the position: the fee raises a long's cost basis and lowers a short's entry.
                var size = Math.Abs(_position) + fill.Amount;
                var basis = _averageCost * Math.Abs(_position) + fill.Price * fill.Amount + Math.Sign(signed) * feeQuote;
                _averageCost = basis / size;
                _position += signed;
                realized = 0;
            }
            else
            {
                var closing = Math.Min(Math.Abs(_position), fill.Amount);
                realized = (fill.Price - _averageCost) * closing * Math.Sign(_position) - feeQuote;
                _position += signed;
                if (_position == 0) _averageCost = 0;
                else if (fill.Amount > closing) _averageCost = fill.Price; // flipped: the rest opened at the fill price
            }
            _realized += realized;
            _fees += feeQuote;
            _fillCount++;
            _recent.Enqueue(fill);
            if (_recent.Count > RecentFillCapacity) _recent.Dequeue();
            return realized;
        }
    }

    /// <inheritdoc />
    public void OnEvent(TradingEvent tradingEvent)
    {
        if (tradingEvent is OrderFilledEvent filled) Apply(filled.Fill);
    }
}
