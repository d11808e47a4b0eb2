using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;
using Hbot.Sdk.Orders;

namespace Hbot.Sdk.Connectors;

/// <summary>
/// An exchange-neutral spot connector: the paper exchange and Bitget implement it. Reads (rules, balances,
/// books, open orders) are served from local state kept current by the connector, so a strategy tick never waits
/// on the network. Everything that happens is published on <see cref="Events"/>.
/// </summary>
public interface IExchangeConnector : IAsyncDisposable
{
    /// <summary>Connector name used in logs and metric labels (<c>paper</c>, <c>bitget</c>).</summary>
    string Name { get; }

    /// <summary>Whether the connector is started and its market data and account state are current.</summary>
    bool IsReady { get; }

    /// <summary>The bot's one event stream, which this connector publishes to.</summary>
    TradingEventStream Events { get; }

    /// <summary>Connects, loads trading rules and balances for the pairs and reconciles open orders.</summary>
    Task StartAsync(IReadOnlyCollection<TradingPair> pairs, CancellationToken cancellationToken);

    /// <summary>Cancels the bot's open orders, waits for confirmation (bounded by the token) and disconnects.</summary>
    Task StopAsync(CancellationToken cancellationToken);

    /// <summary>Trading rules of a started pair.</summary>
    TradingRules GetTradingRules(TradingPair pair);

    /// <summary>Balance of one asset (zero when none is held).</summary>
    Balance GetBalance(string asset);

    /// <summary>All non-zero balances.</summary>
    IReadOnlyList<Balance> GetBalances();

    /// <summary>The live order book of a started pair.</summary>
    OrderBook GetOrderBook(TradingPair pair);

    /// <summary>Orders placed by this bot that are still working, oldest first.</summary>
    IReadOnlyList<InFlightOrder> GetOpenOrders(TradingPair? pair = null);

    /// <summary>
    /// Places an order. Price and size are quantized to the trading rules first; an order that breaks a minimum is
    /// refused without being sent (the returned order is failed with the reason). Placing is idempotent by client order id.
    /// </summary>
    Task<InFlightOrder> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken);

    /// <summary>Requests the cancellation of one order by client order id.</summary>
    Task CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken);

    /// <summary>Cancels every open order of the bot (for one pair, or all); returns how many were cancelled.</summary>
    Task<int> CancelAllAsync(TradingPair? pair, CancellationToken cancellationToken);
}
