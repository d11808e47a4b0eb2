using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>A REST order book of either family (V2 asks/bids, V3 a/b), levels as strings or numbers.</summary>
internal sealed class BookPayload
{
    [JsonConverter(typeof(BitgetStringRowsConverter))]
    public string[][]? Asks { get; set; }
    [JsonConverter(typeof(BitgetStringRowsConverter))]
    public string[][]? Bids { get; set; }
    [JsonConverter(typeof(BitgetStringRowsConverter))]
    public string[][]? A { get; set; }
    [JsonConverter(typeof(BitgetStringRowsConverter))]
    public string[][]? B { get; set; }
    [JsonConverter(typeof(BitgetFlexibleStringConverter))]
    public string? Ts { get; set; }
}
