using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V2 spot symbol.</summary>
internal sealed class ClassicSymbolPayload
{
    public string? Symbol { get; set; }
    public string? BaseCoin { get; set; }
    public string? QuoteCoin { get; set; }
    public string? MinTradeAmount { get; set; }
    public string? PricePrecision { get; set; }
    public string? QuantityPrecision { get; set; }
    public string? QuotePrecision { get; set; }
    public string? MinTradeUSDT { get; set; }
    public string? Status { get; set; }
}
