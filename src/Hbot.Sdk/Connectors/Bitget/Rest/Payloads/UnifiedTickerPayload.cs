using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V3 ticker.</summary>
internal sealed class UnifiedTickerPayload
{
    public string? Symbol { get; set; }
    public string? LastPrice { get; set; }
    public string? Bid1Price { get; set; }
    public string? Ask1Price { get; set; }
    public string? Volume24h { get; set; }
    public string? Turnover24h { get; set; }
    [JsonConverter(typeof(BitgetFlexibleStringConverter))]
    public string? Ts { get; set; }
}
