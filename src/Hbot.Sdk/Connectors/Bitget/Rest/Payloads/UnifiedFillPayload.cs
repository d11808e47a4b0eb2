using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V3 own fill.</summary>
internal sealed class UnifiedFillPayload
{
    public string? ExecId { get; set; }
    public string? OrderId { get; set; }
    public string? ClientOid { get; set; }
    public string? Symbol { get; set; }
    public string? Side { get; set; }
    public string? ExecPrice { get; set; }
    public string? ExecQty { get; set; }
    public string? TradeScope { get; set; }
    [JsonConverter(typeof(BitgetFeeDetailConverter))]
    public List<BitgetFeeItem>? FeeDetail { get; set; }
    public string? CreatedTime { get; set; }
    public string? ExecTime { get; set; }
}
