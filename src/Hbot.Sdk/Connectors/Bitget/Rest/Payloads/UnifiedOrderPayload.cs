using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V3 order (info, open, history).</summary>
internal sealed class UnifiedOrderPayload
{
    public string? OrderId { get; set; }
    public string? ClientOid { get; set; }
    public string? Symbol { get; set; }
    public string? OrderType { get; set; }
    public string? Side { get; set; }
    public string? Price { get; set; }
    public string? Qty { get; set; }
    public string? Amount { get; set; }
    public string? CumExecQty { get; set; }
    public string? CumExecValue { get; set; }
    public string? AvgPrice { get; set; }
    public string? TimeInForce { get; set; }
    public string? OrderStatus { get; set; }
    public string? CreatedTime { get; set; }
    public string? UpdatedTime { get; set; }
}
