using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V3 place-order body (also a place-batch item).</summary>
internal sealed class UnifiedPlaceOrderRequest
{
    public string Category { get; set; } = "SPOT";
    public required string Symbol { get; set; }
    public required string Side { get; set; }
    public required string OrderType { get; set; }
    public required string Qty { get; set; }
    public string? Price { get; set; }
    public string? TimeInForce { get; set; }
    public required string ClientOid { get; set; }
}
