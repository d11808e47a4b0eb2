using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V3 account assets: an object holding the coin list.</summary>
internal sealed class UnifiedAssetsPayload
{
    public List<UnifiedAssetPayload>? Assets { get; set; }
}
