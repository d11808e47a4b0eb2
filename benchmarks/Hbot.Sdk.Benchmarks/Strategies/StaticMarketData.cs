using Hbot.Sdk.MarketData;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Benchmarks.Strategies;

/// <summary>A market that holds one fixed 20-level book, so a benchmark measures the strategy and not the feed.</summary>
internal sealed class StaticMarketData : IMarketDataSource
{
    private readonly OrderBook _book;
    private readonly TradingRules _rules;

    public StaticMarketData(TradingPair pair, decimal mid, DateTimeOffset now)
    {
        _book = new OrderBook(pair);
        _rules = new TradingRules(pair, 0.01m, 0.00001m, 0.00001m, 1m);
        var bids = Enumerable.Range(0, 20).Select(i => new OrderBookLevel(mid - 0.5m - i, 0.5m + i * 0.1m)).ToArray();
        var asks = Enumerable.Range(0, 20).Select(i => new OrderBookLevel(mid + 0.5m + i, 0.5m + i * 0.1m)).ToArray();
        _book.ApplySnapshot(bids, asks, 1, now);
    }

    public string Name => "static";

    public bool IsConnected => true;

    public event Action<PublicTrade>? TradeReceived { add { } remove { } }

    public event Action<OrderBook>? OrderBookUpdated { add { } remove { } }

    public Task StartAsync(IReadOnlyCollection<TradingPair> pairs, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public OrderBook GetOrderBook(TradingPair pair) => _book;

    public TradingRules GetTradingRules(TradingPair pair) => _rules;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
