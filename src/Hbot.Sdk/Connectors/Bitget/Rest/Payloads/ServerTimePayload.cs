using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>Public server time.</summary>
internal sealed class ServerTimePayload
{
    [JsonConverter(typeof(BitgetFlexibleStringConverter))]
    public string? ServerTime { get; set; }
}
