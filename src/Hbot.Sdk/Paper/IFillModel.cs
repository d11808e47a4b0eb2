using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Paper;

/// <summary>
/// Decides how much of a resting paper order the market fills. The paper exchange calls it for each working limit
/// order, in arrival order, under its own lock: implementations keep any per-order state in
/// <see cref="PaperRestingOrder.QueueAhead"/> and must be deterministic. The taker part of an order that crosses on
/// arrival is not the model's business: it is filled against the book by the exchange.
/// </summary>
public interface IFillModel
{
    /// <summary>The order starts resting at its price; <paramref name="book"/> is the book at that moment.</summary>
    void OnResting(PaperRestingOrder order, OrderBook book);

    /// <summary>A public trade printed; returns the base amount it fills (0 to <see cref="PaperRestingOrder.Remaining"/>).</summary>
    decimal OnTrade(PaperRestingOrder order, PublicTrade trade);

    /// <summary>The book changed; returns the base amount the change fills (0 to <see cref="PaperRestingOrder.Remaining"/>).</summary>
    decimal OnBookUpdated(PaperRestingOrder order, OrderBook book);
}
