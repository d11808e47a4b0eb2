using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;
using Hbot.Sdk.Paper;
using Microsoft.Extensions.Time.Testing;

namespace Hbot.Sdk.Tests.Paper;

/// <summary>A started paper exchange on a scripted BTC-USDT book, recording every event.</summary>
internal sealed class PaperHarness : IAsyncDisposable
{
    public static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");
    private int _ids;

    private PaperHarness(PaperExchangeOptions options)
    {
        Market = new ScriptedMarket(Time, new TradingRules(Pair, 0.01m, 0.0001m, 0.0001m, 1m));
        Events.Subscribe(Published.Add);
        Exchange = new PaperExchange(Market, Events, Time, options);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));

    public TradingEventStream Events { get; } = new();

    public List<TradingEvent> Published { get; } = [];

    public ScriptedMarket Market { get; }

    public PaperExchange Exchange { get; }

    /// <summary>Bids 99.99 x5, 99.98 x10, 99.97 x20; asks 100.01 x5, 100.02 x10, 100.03 x20; 10 BTC and 10,000 USDT; maker 0.1 %, taker 0.2 %.</summary>
    public static async Task<PaperHarness> StartAsync(Action<PaperExchangeOptions>? configure = null)
    {
        var options = new PaperExchangeOptions
        {
            InitialBalances = new Dictionary<string, decimal> { ["USDT"] = 10_000m, ["BTC"] = 10m },
            MakerFeeRate = 0.001m,
            TakerFeeRate = 0.002m,
        };
        configure?.Invoke(options);
        var harness = new PaperHarness(options);
        harness.Market.Snapshot([(99.99m, 5m), (99.98m, 10m), (99.97m, 20m)], [(100.01m, 5m), (100.02m, 10m), (100.03m, 20m)]);
        await harness.Exchange.StartAsync([Pair], CancellationToken.None);
        return harness;
    }

    public Task<InFlightOrder> PlaceAsync(TradeSide side, OrderType type, decimal amount, decimal? price, TimeInForce tif = TimeInForce.GoodTillCancel, string? id = null) =>
        Exchange.PlaceOrderAsync(new OrderRequest(id ?? $"o{++_ids}", Pair, side, type, amount, price, tif), CancellationToken.None);

    public Balance Balance(string asset) => Exchange.GetBalance(asset);

    public IReadOnlyList<T> Of<T>() where T : TradingEvent => Published.OfType<T>().ToArray();

    public ValueTask DisposeAsync() => Exchange.DisposeAsync();
}
