using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Monitoring;
using Hbot.Sdk.Monitoring.Exporters;
using Hbot.Sdk.Monitoring.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Hbot.Sdk.Monitoring.Tests.Metrics;

/// <summary>An exporter, the observer and process metrics wired to a stream, plus events that touch every catalog entry.</summary>
internal sealed class TradingScenario : IDisposable
{
    public static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");
    public const string Bot = "mm-btc";
    public const string Exchange = "paper";

    public TradingScenario(MetricsExporter kind)
    {
        Exporter = MetricExporter.Create(kind);
        Observer = new MetricsObserver(Exporter, Bot, Time, LogEvents);
        Process = new ProcessMetrics(Exporter);
        Stream.Subscribe(Observer);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    public TradingEventStream Stream { get; } = new();
    public MetricExporter Exporter { get; }
    public MetricsObserver Observer { get; }
    public LogEventTally LogEvents { get; } = new();
    public ProcessMetrics Process { get; }
    public DateTimeOffset Now => Time.GetUtcNow();

    public void Publish(TradingEvent e) => Stream.Publish(e);

    public OrderFilledEvent Fill(string clientOrderId, TradeSide side, decimal price, decimal amount, decimal fee, string feeAsset = "USDT") =>
        new(Now, Exchange, OrderType.LimitMaker,
            new TradeFill(clientOrderId, "x-" + clientOrderId, "t-" + Guid.NewGuid().ToString("N"), Pair, side, price, amount, feeAsset, fee, true, Now));

    /// <summary>Publishes at least one event for every metric the observer exports.</summary>
    public void PublishEverything()
    {
        Publish(new BotStartedEvent(Now, Bot, "pure_market_making", Exchange, Pair, "1.2.3", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)));
        Publish(new StrategyStateChangedEvent(Now, "pure_market_making", true, "started"));
        Publish(new OrderBookUpdatedEvent(Now, Exchange, Pair, 99.5m, 100.5m));
        Publish(new BalanceChangedEvent(Now, Exchange, new Balance("USDT", 1000m, 900m)));
        Publish(new OrderCreatedEvent(Now, Exchange, Pair, "b1", "x1", TradeSide.Buy, OrderType.LimitMaker, 99m, 1m));
        Publish(new OrderCreatedEvent(Now, Exchange, Pair, "s1", "x2", TradeSide.Sell, OrderType.LimitMaker, 101m, 1m));
        Publish(new OrderCreatedEvent(Now, Exchange, Pair, "s2", "x3", TradeSide.Sell, OrderType.LimitMaker, 102m, 1m));
        Time.Advance(TimeSpan.FromSeconds(2));
        Publish(Fill("b1", TradeSide.Buy, 99m, 1m, 0.099m));
        Publish(new OrderCompletedEvent(Now, Exchange, Pair, "b1", TradeSide.Buy, OrderType.LimitMaker, 1m, 99m, Now.AddSeconds(-2)));
        Publish(new OrderCancelledEvent(Now, Exchange, Pair, "s1", TradeSide.Sell));
        Publish(new OrderFailedEvent(Now, Exchange, Pair, "b2", TradeSide.Buy, "insufficient_balance", "not enough USDT"));
        Publish(new StrategyTickedEvent(Now, "pure_market_making", TimeSpan.FromMilliseconds(3)));
        Publish(new PortfolioValuedEvent(Now, Exchange, Pair, 100m, 0.01m, 1100m, 0.09m, 0.5m, 1.5m, -0.2m));
        Publish(new RiskStateEvent(Now, 2m, 50m, false));
        Publish(new RiskRefusalEvent(Now, Pair, "max_order_size", "too big"));
        Publish(new KillSwitchTrippedEvent(Now, "max_daily_loss", "lost too much"));
        Publish(new OrderBookResyncEvent(Now, Exchange, Pair, "sequence_gap"));
        Publish(new ExchangeRequestEvent(Now, Exchange, "/api/v2/spot/trade/place-order", "POST", 400, TimeSpan.FromMilliseconds(80), "43012"));
        Publish(new RateLimitEvent(Now, Exchange, "/api/v2/spot/trade/place-order", TimeSpan.FromMilliseconds(250), false));
        Publish(new RateLimitEvent(Now, Exchange, "/api/v2/spot/trade/place-order", TimeSpan.Zero, true));
        Publish(new SocketStateChangedEvent(Now, Exchange, "public", true, TimeSpan.FromSeconds(3), "pong_missing"));
        Publish(new SocketMessageEvent(Now, Exchange, "books"));
        Publish(new TradeStoreWrittenEvent(Now, "fills", 1));
        LogEvents.Count(LogLevel.Warning);
    }

    public Task<Exposition> ScrapeAsync(string? accept = null) => ScrapeTextAsync(accept).ContinueWith(t => Exposition.Parse(t.Result), TaskScheduler.Default);

    public Task<string> ScrapeTextAsync(string? accept = null) => Exporter.ScrapeAsync(accept);

    public void Dispose() => Exporter.Dispose();
}
