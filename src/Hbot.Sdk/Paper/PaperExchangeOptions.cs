namespace Hbot.Sdk.Paper;

/// <summary>Settings of the <see cref="PaperExchange"/>.</summary>
public sealed class PaperExchangeOptions
{
    /// <summary>Balances at start, asset code to amount. Setting it replaces the default of 10,000 USDT.</summary>
    public IDictionary<string, decimal> InitialBalances { get; set; } =
        new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["USDT"] = 10_000m };

    /// <summary>Fee rate for fills that provided liquidity (0.001 = 0.1 %). Default 0.001, Bitget's spot rate.</summary>
    public decimal MakerFeeRate { get; set; } = 0.001m;

    /// <summary>Fee rate for fills that took liquidity. Default 0.001.</summary>
    public decimal TakerFeeRate { get; set; } = 0.001m;

    /// <summary>Asset fees are charged in. Default <see cref="PaperFeeAsset.Received"/>.</summary>
    public PaperFeeAsset FeeAsset { get; set; } = PaperFeeAsset.Received;

    /// <summary>How resting orders fill. Default <see cref="PaperFillModel.Queue"/>.</summary>
    public PaperFillModel FillModel { get; set; } = PaperFillModel.Queue;

    /// <summary>Time from placing (or cancelling) an order to the exchange's acknowledgment. Default zero.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Random extra latency, uniform between zero and this, drawn from <see cref="Seed"/>. Default zero.</summary>
    public TimeSpan LatencyJitter { get; set; } = TimeSpan.Zero;

    /// <summary>Seed of the latency jitter; with the same seed and the same inputs the paper exchange produces the same fills. Default 1.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Creates the fill model selected by <see cref="FillModel"/>.</summary>
    public IFillModel CreateFillModel() => FillModel switch
    {
        PaperFillModel.Crossing => new CrossingFillModel(),
        _ => new QueuePositionFillModel(),
    };

    /// <summary>Checks every value and throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(InitialBalances, nameof(InitialBalances));
        foreach (var (asset, amount) in InitialBalances)
        {
            if (string.IsNullOrEmpty(asset) || !asset.All(char.IsAsciiLetterOrDigit))
                throw new ArgumentException($"Paper exchange setting InitialBalances: '{asset}' is not an asset code (letters and digits only).", nameof(InitialBalances));
            if (amount < 0)
                throw new ArgumentException($"Paper exchange setting InitialBalances['{asset}'] = {amount} must be zero or positive.", nameof(InitialBalances));
        }
        RequireRate(MakerFeeRate, nameof(MakerFeeRate));
        RequireRate(TakerFeeRate, nameof(TakerFeeRate));
        if (!Enum.IsDefined(FeeAsset)) throw new ArgumentException($"Paper exchange setting FeeAsset = {FeeAsset} is not one of {string.Join(", ", Enum.GetNames<PaperFeeAsset>())}.", nameof(FeeAsset));
        if (!Enum.IsDefined(FillModel)) throw new ArgumentException($"Paper exchange setting FillModel = {FillModel} is not one of {string.Join(", ", Enum.GetNames<PaperFillModel>())}.", nameof(FillModel));
        if (Latency < TimeSpan.Zero) throw new ArgumentException($"Paper exchange setting Latency = {Latency} must not be negative.", nameof(Latency));
        if (LatencyJitter < TimeSpan.Zero) throw new ArgumentException($"Paper exchange setting LatencyJitter = {LatencyJitter} must not be negative.", nameof(LatencyJitter));
    }

    private static void RequireRate(decimal rate, string name)
    {
        if (rate is < 0 or >= 0.1m) throw new ArgumentException($"Paper exchange setting {name} = {rate} must be at least 0 and below 0.1 (10 %).", name);
    }
}
