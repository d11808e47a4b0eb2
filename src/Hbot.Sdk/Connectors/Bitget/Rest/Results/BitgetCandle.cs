
namespace Hbot.Sdk.Connectors.Bitget.Rest.Results;

/// <summary>One candle.</summary>
/// <param name="OpenTime">Start of the interval.</param>
/// <param name="Open">Open price.</param>
/// <param name="High">High price.</param>
/// <param name="Low">Low price.</param>
/// <param name="Close">Close price.</param>
/// <param name="BaseVolume">Volume in base.</param>
/// <param name="QuoteVolume">Volume in quote.</param>
public sealed record BitgetCandle(DateTimeOffset OpenTime, decimal Open, decimal High, decimal Low, decimal Close, decimal BaseVolume, decimal QuoteVolume);
