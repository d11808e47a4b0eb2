namespace Hbot.Sdk.Paper;

/// <summary>Which asset paper fees are charged in.</summary>
public enum PaperFeeAsset
{
    /// <summary>The asset the fill delivers: base on a buy, quote on a sell (as on Bitget spot and most exchanges). The default.</summary>
    Received,
    /// <summary>Always the quote asset: a buy pays price × size plus the fee, so buy orders reserve the fee too.</summary>
    Quote,
}
