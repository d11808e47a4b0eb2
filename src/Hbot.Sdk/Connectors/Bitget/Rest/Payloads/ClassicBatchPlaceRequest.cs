using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V2 batch place body.</summary>
internal sealed class ClassicBatchPlaceRequest
{
    public required string Symbol { get; set; }
    public string BatchMode { get; set; } = "single";
    public required List<ClassicPlaceOrderRequest> OrderList { get; set; }
}
