using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V2 batch cancel body.</summary>
internal sealed class ClassicBatchCancelRequest
{
    public required string Symbol { get; set; }
    public string BatchMode { get; set; } = "single";
    public required List<CancelOrderRequest> OrderList { get; set; }
}
