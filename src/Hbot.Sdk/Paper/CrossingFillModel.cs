using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Paper;

/// <summary>
/// The classic backtester model (Hummingbot paper trade, Freqtrade, Lean): the whole order fills as soon as the
/// market crosses its price, that is when the opposite best price reaches it or a trade prints strictly through it.
/// Optimistic: it ignores the queue and the size that actually traded.
/// </summary>
public sealed class CrossingFillModel : IFillModel
{
    /// <inheritdoc />
    public void OnResting(PaperRestingOrder order, OrderBook book)
    {
    }

    /// <inheritdoc />
    public decimal OnTrade(PaperRestingOrder order, PublicTrade trade) => order.IsThrough(trade.Price) ? order.Remaining : 0;

    /// <inheritdoc />
    public decimal OnBookUpdated(PaperRestingOrder order, OrderBook book) =>
        order.IsCrossedBy(book.BestBid, book.BestAsk) ? order.Remaining : 0;
}
