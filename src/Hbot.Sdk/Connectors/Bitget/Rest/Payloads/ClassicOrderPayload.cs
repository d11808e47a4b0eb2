using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V2 order (info, open, history).</summary>
internal sealed class ClassicOrderPayload
{
    public string? Symbol { get; set; }
    public string? OrderId { get; set; }
    public string? ClientOid { get; set; }
    public string? Price { get; set; }
    public string? Size { get; set; }
    public string? OrderType { get; set; }
    public string? Side { get; set; }
    public string? Status { get; set; }
    public string? PriceAvg { get; set; }
    public string? BasePrice { get; set; }
    public string? BaseVolume { get; set; }
    public string? QuoteVolume { get; set; }
    public string? Force { get; set; }
    public string? CTime { get; set; }
    public string? UTime { get; set; }
}
