using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Paper;

/// <summary>A limit order working on the paper exchange, as a fill model sees it.</summary>
public sealed class PaperRestingOrder
{
    /// <summary>Creates the view of a resting order.</summary>
    public PaperRestingOrder(string clientOrderId, TradingPair pair, TradeSide side, decimal price, decimal remaining)
    {
        ClientOrderId = clientOrderId;
        Pair = pair;
        Side = side;
        Price = price;
        Remaining = remaining;
    }

    /// <summary>Client order id.</summary>
    public string ClientOrderId { get; }

    /// <summary>Trading pair.</summary>
    public TradingPair Pair { get; }

    /// <summary>Side of the order.</summary>
    public TradeSide Side { get; }

    /// <summary>Limit price (quantized).</summary>
    public decimal Price { get; }

    /// <summary>Unfilled size in base.</summary>
    public decimal Remaining { get; internal set; }

    /// <summary>Base size estimated ahead of the order in the queue at its price; owned by the fill model.</summary>
    public decimal QueueAhead { get; set; }

    /// <summary>Whether a price is strictly better than the order's price for the order's counterparty, i.e. the market traded through it.</summary>
    public bool IsThrough(decimal price) => Side == TradeSide.Buy ? price < Price : price > Price;

    /// <summary>Whether the opposite side of the book reaches the order's price (best ask at or below a bid, best bid at or above an ask).</summary>
    public bool IsCrossedBy(decimal? bestBid, decimal? bestAsk) =>
        Side == TradeSide.Buy ? bestAsk is { } ask && ask <= Price : bestBid is { } bid && bid >= Price;
}
