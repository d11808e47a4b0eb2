using Hbot.Sdk.MarketData;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Tests.Paper;

/// <summary>A market feed the test scripts level by level: stands in for an exchange's public socket.</summary>
internal sealed class ScriptedMarket(TimeProvider time, TradingRules rules) : IMarketDataSource
{
    private long _sequence;

    public OrderBook Book { get; } = new(rules.Pair);

    public TradingRules Rules { get; } = rules;

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

    public OrderBook GetOrderBook(TradingPair pair) => pair == Book.Pair ? Book : throw new InvalidOperationException($"{pair} not scripted");

    public TradingRules GetTradingRules(TradingPair pair) => pair == Rules.Pair ? Rules : throw new InvalidOperationException($"{pair} not scripted");

    /// <summary>Publishes a snapshot; levels as (price, size).</summary>
    public void Snapshot((decimal Price, decimal Size)[] bids, (decimal Price, decimal Size)[] asks)
    {
        Book.ApplySnapshot(bids.Select(l => new OrderBookLevel(l.Price, l.Size)).ToArray(),
            asks.Select(l => new OrderBookLevel(l.Price, l.Size)).ToArray(), ++_sequence, time.GetUtcNow());
        OrderBookUpdated?.Invoke(Book);
    }

    /// <summary>Publishes a one-level delta.</summary>
    public void Level(TradeSide side, decimal price, decimal size)
    {
        var level = new[] { new OrderBookLevel(price, size) };
        var sequence = _sequence;
        Book.ApplyUpdate(side == TradeSide.Buy ? level : [], side == TradeSide.Sell ? level : [], ++_sequence, time.GetUtcNow(), sequence);
        OrderBookUpdated?.Invoke(Book);
    }

    /// <summary>Publishes a trade print.</summary>
    public void Trade(TradeSide takerSide, decimal price, decimal amount) =>
        TradeReceived?.Invoke(new PublicTrade(Book.Pair, takerSide, price, amount, time.GetUtcNow()));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
