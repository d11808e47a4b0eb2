using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V3 instrument.</summary>
internal sealed class UnifiedInstrumentPayload
{
    public string? Symbol { get; set; }
    public string? Category { get; set; }
    public string? BaseCoin { get; set; }
    public string? QuoteCoin { get; set; }
    public string? MinOrderQty { get; set; }
    public string? PricePrecision { get; set; }
    public string? QuantityPrecision { get; set; }
    public string? QuotePrecision { get; set; }
    public string? MinOrderAmount { get; set; }
    public string? Status { get; set; }
}
