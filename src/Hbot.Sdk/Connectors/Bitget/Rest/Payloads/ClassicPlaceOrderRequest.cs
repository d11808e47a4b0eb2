using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V2 place-order body (also a batch item when <see cref="Symbol"/> is null).</summary>
internal sealed class ClassicPlaceOrderRequest
{
    public string? Symbol { get; set; }
    public required string Side { get; set; }
    public required string OrderType { get; set; }
    public required string Force { get; set; }
    public string? Price { get; set; }
    public required string Size { get; set; }
    public required string ClientOid { get; set; }
}
