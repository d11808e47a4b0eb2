namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>A book level with its parsed values and the original texts (the checksum is computed over the texts).</summary>
public readonly record struct BitgetRawLevel(decimal Price, decimal Size, string PriceText, string SizeText);
