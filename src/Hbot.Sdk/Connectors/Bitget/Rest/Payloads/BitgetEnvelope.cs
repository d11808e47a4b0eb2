using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>Bitget's response envelope: code "00000" on success, msg (or message) and data.</summary>
internal sealed class BitgetEnvelope<T>
{
    [JsonConverter(typeof(BitgetFlexibleStringConverter))]
    public string? Code { get; set; }
    public string? Msg { get; set; }
    public string? Message { get; set; }
    public T? Data { get; set; }
}
