using Hbot.Sdk.MarketData;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Tests.Strategies;

/// <summary>
/// A market data feed driven by the test (the process edge): each call sets the book or prints a trade exactly as
/// given, so strategy decisions can be checked against known prices.
/// </summary>
internal sealed class ScriptedMarket(TradingPair pair, TimeProvider time, TradingRules? rules = null) : IMarketDataSource
{
    private readonly OrderBook _book = new(pair);
    private long _sequence;

    public TradingRules Rules { get; } = rules ?? new TradingRules(pair, 0.01m, 0.0001m, 0.0001m, 1m);

    public string Name => "scripted";

    public bool IsConnected { get; private set; }

    public event Action<PublicTrade>? TradeReceived;

    public event Action<OrderBook>? OrderBookUpdated;

    public Task StartAsync(IReadOnlyCollection<TradingPair> pairs, CancellationToken cancellationToken)
    {
        IsConnected = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        IsConnected = false;
        return Task.CompletedTask;
    }

    public OrderBook GetOrderBook(TradingPair p) => _book;

    public TradingRules GetTradingRules(TradingPair p) => Rules;

    /// <summary>Replaces the book with one level each side (size 5).</summary>
    public void SetBook(decimal bid, decimal ask)
    {
        _book.ApplySnapshot([new OrderBookLevel(bid, 5m)], [new OrderBookLevel(ask, 5m)], ++_sequence, time.GetUtcNow());
        OrderBookUpdated?.Invoke(_book);
    }

    /// <summary>Sets a book whose mid is <paramref name="mid"/> with a one-cent spread.</summary>
    public void SetMid(decimal mid) => SetBook(mid - 0.005m, mid + 0.005m);

    public void MarkStale(string reason)
    {
        _book.MarkStale(reason);
        OrderBookUpdated?.Invoke(_book);
    }

    /// <summary>Prints a trade.</summary>
    public void Trade(TradeSide takerSide, decimal price, decimal amount) =>
        TradeReceived?.Invoke(new PublicTrade(pair, takerSide, price, amount, time.GetUtcNow()));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
