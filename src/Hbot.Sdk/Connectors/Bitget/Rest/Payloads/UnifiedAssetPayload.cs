using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V3 coin balance.</summary>
internal sealed class UnifiedAssetPayload
{
    public string? Coin { get; set; }
    public string? Balance { get; set; }
    public string? Available { get; set; }
    public string? Locked { get; set; }
    public string? Equity { get; set; }
}
