using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V2 spot ticker.</summary>
internal sealed class ClassicTickerPayload
{
    public string? Symbol { get; set; }
    public string? LastPr { get; set; }
    public string? BidPr { get; set; }
    public string? AskPr { get; set; }
    public string? BaseVolume { get; set; }
    public string? QuoteVolume { get; set; }
    public string? Ts { get; set; }
}
