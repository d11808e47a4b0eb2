using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V2 batch answer: successes and failures (the overall code can be success while items failed).</summary>
internal sealed class ClassicBatchPayload
{
    public List<OrderAckPayload>? SuccessList { get; set; }
    public List<OrderAckPayload>? FailureList { get; set; }
}
