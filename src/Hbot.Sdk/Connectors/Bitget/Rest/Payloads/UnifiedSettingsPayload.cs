using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V3 account settings (the account-kind probe).</summary>
internal sealed class UnifiedSettingsPayload
{
    public string? Uid { get; set; }
    public string? AccountMode { get; set; }
    public string? HoldMode { get; set; }
}
