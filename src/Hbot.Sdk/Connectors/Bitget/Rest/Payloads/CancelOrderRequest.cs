using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>Cancel body of either family: V2 sends the symbol, V3 the category; one of order id or client id.</summary>
internal sealed class CancelOrderRequest
{
    public string? Category { get; set; }
    public string? Symbol { get; set; }
    public string? OrderId { get; set; }
    public string? ClientOid { get; set; }
}
