using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>V3 paged list: items and the cursor of the next page.</summary>
internal sealed class UnifiedListPayload<T>
{
    public List<T>? List { get; set; }
    public string? Cursor { get; set; }
}
