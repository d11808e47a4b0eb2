using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>Order id pair returned by place and cancel (both families), and by V3 batch items (with code/msg).</summary>
internal sealed class OrderAckPayload
{
    public string? OrderId { get; set; }
    public string? ClientOid { get; set; }
    [JsonConverter(typeof(BitgetFlexibleStringConverter))]
    public string? Code { get; set; }
    public string? Msg { get; set; }
    [JsonConverter(typeof(BitgetFlexibleStringConverter))]
    public string? ErrorCode { get; set; }
    public string? ErrorMsg { get; set; }
}
