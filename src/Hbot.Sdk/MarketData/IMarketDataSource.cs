using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.MarketData;

/// <summary>
/// Public market data for one or more pairs: live order books, trade prints and trading rules. The paper exchange
/// fills orders against any source: the built-in simulated market, or a real exchange's public feed.
/// </summary>
public interface IMarketDataSource : IAsyncDisposable
{
    /// <summary>Name of the source (for example <c>simulated</c> or <c>bitget</c>).</summary>
    string Name { get; }

    /// <summary>Whether the source is connected and delivering data.</summary>
    bool IsConnected { get; }

    /// <summary>Raised for every trade print, on the source's thread.</summary>
    event Action<PublicTrade>? TradeReceived;

    /// <summary>Raised after an order book changed, on the source's thread.</summary>
    event Action<OrderBook>? OrderBookUpdated;

    /// <summary>Starts delivering data for the pairs.</summary>
    Task StartAsync(IReadOnlyCollection<TradingPair> pairs, CancellationToken cancellationToken);

    /// <summary>Stops delivering data.</summary>
    Task StopAsync(CancellationToken cancellationToken);

    /// <summary>The live book of a started pair.</summary>
    OrderBook GetOrderBook(TradingPair pair);

    /// <summary>The trading rules of a started pair.</summary>
    TradingRules GetTradingRules(TradingPair pair);
}
