using System.ComponentModel.DataAnnotations;

namespace Hbot.Sdk.Configuration;

/// <summary>The <c>paper_exchange:</c> section: the paper account and, for <c>exchange: paper</c>, the simulated market.</summary>
public sealed class PaperExchangeSettings
{
    /// <summary>Starting balances by asset (<c>initial_balances</c>). Default 1 BTC and 100,000 USDT.</summary>
    public Dictionary<string, decimal> InitialBalances { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BTC"] = 1m,
        ["USDT"] = 100_000m,
    };

    /// <summary>Maker fee as a fraction of the fill value (<c>maker_fee</c>, 0.001 = 0.1%).</summary>
    [Range(0, 0.1)]
    public decimal MakerFee { get; set; } = 0.001m;

    /// <summary>Taker fee as a fraction of the fill value (<c>taker_fee</c>).</summary>
    [Range(0, 0.1)]
    public decimal TakerFee { get; set; } = 0.001m;

    /// <summary>Seed of the simulated market and fill randomness (<c>seed</c>); the same seed replays the same run.</summary>
    [Range(0, int.MaxValue)]
    public int Seed { get; set; } = 42;

    /// <summary>Simulated delay between an order request and its acknowledgement (<c>latency</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan Latency { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The simulated market (<c>market:</c>), used when the exchange is <c>paper</c>.</summary>
    public SimulatedMarketSettings Market { get; set; } = new();
}
