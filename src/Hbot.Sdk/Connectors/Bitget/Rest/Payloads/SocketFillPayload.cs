using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>A fill push of either family (V2 <c>fill</c>: tradeId/priceAvg/size; V3 <c>fill</c>: execId/execPrice/execQty).</summary>
internal sealed class SocketFillPayload
{
    public string? OrderId { get; set; }
    public string? ClientOid { get; set; }
    public string? TradeId { get; set; }
    public string? ExecId { get; set; }
    public string? Symbol { get; set; }
    public string? InstId { get; set; }
    public string? Side { get; set; }
    public string? PriceAvg { get; set; }
    public string? ExecPrice { get; set; }
    public string? Size { get; set; }
    public string? ExecQty { get; set; }
    public string? TradeScope { get; set; }
    [JsonConverter(typeof(BitgetFeeDetailConverter))]
    public List<BitgetFeeItem>? FeeDetail { get; set; }
    public string? ExecTime { get; set; }
    public string? CTime { get; set; }
    public string? UTime { get; set; }
    public string? UpdatedTime { get; set; }
}
