using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V2 own fill.</summary>
internal sealed class ClassicFillPayload
{
    public string? Symbol { get; set; }
    public string? OrderId { get; set; }
    public string? TradeId { get; set; }
    public string? Side { get; set; }
    public string? PriceAvg { get; set; }
    public string? Size { get; set; }
    public string? TradeScope { get; set; }
    [JsonConverter(typeof(BitgetFeeDetailConverter))]
    public List<BitgetFeeItem>? FeeDetail { get; set; }
    public string? CTime { get; set; }
}
