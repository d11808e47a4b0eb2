namespace Hbot.Sdk.Markets;

/// <summary>An asset balance: the total held and the part not reserved by open orders.</summary>
/// <param name="Asset">Asset code, for example USDT.</param>
/// <param name="Total">Everything held, including reserved amounts.</param>
/// <param name="Available">What can be used for new orders.</param>
public sealed record Balance(string Asset, decimal Total, decimal Available)
{
    /// <summary>The amount reserved by open orders.</summary>
    public decimal Reserved => Total - Available;
}
