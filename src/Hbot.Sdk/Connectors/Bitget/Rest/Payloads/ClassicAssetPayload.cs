using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V2 spot asset balance.</summary>
internal sealed class ClassicAssetPayload
{
    public string? Coin { get; set; }
    public string? Available { get; set; }
    public string? Frozen { get; set; }
    public string? Locked { get; set; }
}
