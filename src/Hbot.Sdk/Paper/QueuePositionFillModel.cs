using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Paper;

/// <summary>
/// The default, conservative model: an order joins the back of the queue at its price, behind the size resting
/// there when it arrived. Trades at the price by takers of the other side consume the queue ahead first and only
/// then fill the order; trades through the price fill it up to their size; size leaving the level shrinks the
/// queue ahead (a cancellation is assumed to come from ahead of us only as far as the level shrinks below our
/// estimate). When the opposite best price reaches the order, the market has gone through it and it fills completely.
/// </summary>
public sealed class QueuePositionFillModel : IFillModel
{
    /// <inheritdoc />
    public void OnResting(PaperRestingOrder order, OrderBook book) => order.QueueAhead = book.GetSizeAt(order.Side, order.Price);

    /// <inheritdoc />
    public decimal OnTrade(PaperRestingOrder order, PublicTrade trade)
    {
        if (order.IsThrough(trade.Price))
        {
            order.QueueAhead = 0;
            return Math.Min(order.Remaining, trade.Amount);
        }
        var takerHitsUs = order.Side == TradeSide.Buy ? trade.TakerSide == TradeSide.Sell : trade.TakerSide == TradeSide.Buy;
        if (trade.Price != order.Price || !takerHitsUs) return 0;
        var left = trade.Amount - order.QueueAhead;
        order.QueueAhead = Math.Max(0, -left);
        return left > 0 ? Math.Min(order.Remaining, left) : 0;
    }

    /// <inheritdoc />
    public decimal OnBookUpdated(PaperRestingOrder order, OrderBook book)
    {
        if (order.IsCrossedBy(book.BestBid, book.BestAsk)) return order.Remaining;
        order.QueueAhead = Math.Min(order.QueueAhead, book.GetSizeAt(order.Side, order.Price));
        return 0;
    }
}
