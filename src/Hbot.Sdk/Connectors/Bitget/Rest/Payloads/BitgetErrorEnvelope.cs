using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>The envelope read without its data, for error answers whose data has another shape.</summary>
internal sealed class BitgetErrorEnvelope
{
    [JsonConverter(typeof(BitgetFlexibleStringConverter))]
    public string? Code { get; set; }
    public string? Msg { get; set; }
    public string? Message { get; set; }
}
