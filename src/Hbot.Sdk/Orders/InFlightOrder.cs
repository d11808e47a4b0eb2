using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Orders;

/// <summary>
/// An order the bot placed and follows until it ends. State is owned by <see cref="InFlightOrderTracker"/>;
/// everything else reads it.
/// </summary>
public sealed class InFlightOrder
{
    private readonly List<TradeFill> _fills = [];

    internal InFlightOrder(OrderRequest request, DateTimeOffset createdAt)
    {
        Request = request;
        CreatedAt = createdAt;
        LastUpdate = createdAt;
    }

    /// <summary>The intent as placed.</summary>
    public OrderRequest Request { get; }

    /// <summary>Client order id (the tracker's key).</summary>
    public string ClientOrderId => Request.ClientOrderId;

    /// <summary>Trading pair.</summary>
    public TradingPair Pair => Request.Pair;

    /// <summary>Side.</summary>
    public TradeSide Side => Request.Side;

    /// <summary>Limit price (null for market orders).</summary>
    public decimal? Price => Request.Price;

    /// <summary>Ordered size in base.</summary>
    public decimal Amount => Request.Amount;

    /// <summary>The exchange's order id once known.</summary>
    public string? ExchangeOrderId { get; internal set; }

    /// <summary>Current state.</summary>
    public OrderState State { get; internal set; } = OrderState.PendingCreate;

    /// <summary>When tracking started.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Last state or fill change.</summary>
    public DateTimeOffset LastUpdate { get; internal set; }

    /// <summary>Executed size in base.</summary>
    public decimal FilledAmount { get; internal set; }

    /// <summary>Executed value in quote.</summary>
    public decimal FilledQuote { get; internal set; }

    /// <summary>Unfilled size in base.</summary>
    public decimal RemainingAmount => Math.Max(0, Amount - FilledAmount);

    /// <summary>Volume-weighted fill price, or null before any fill.</summary>
    public decimal? AverageFillPrice => FilledAmount > 0 ? FilledQuote / FilledAmount : null;

    /// <summary>Why the order failed, when it did.</summary>
    public string? FailureReason { get; internal set; }

    /// <summary>Consecutive not-found answers from the exchange.</summary>
    public int NotFoundCount { get; internal set; }

    /// <summary>Whether the order was declared lost after repeated not-found answers.</summary>
    public bool IsLost { get; internal set; }

    // Order of tracking, to keep "oldest first" stable when creation times are equal.
    internal long TrackingNumber { get; init; }

    /// <summary>Fills applied to this order, in arrival order.</summary>
    public IReadOnlyList<TradeFill> Fills => _fills;

    internal bool HasTrade(string tradeId)
    {
        foreach (var f in _fills) if (f.TradeId == tradeId) return true;
        return false;
    }

    internal void AddFill(TradeFill fill)
    {
        _fills.Add(fill);
        FilledAmount += fill.Amount;
        FilledQuote += fill.Amount * fill.Price;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{ClientOrderId} {Side} {Amount} {Pair} @ {Price?.ToString() ?? "market"} [{State}, filled {FilledAmount}]";
}
