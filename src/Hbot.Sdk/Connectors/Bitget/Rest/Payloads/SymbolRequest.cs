using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>Cancel-all body: V2 the symbol, V3 the category and symbol.</summary>
internal sealed class SymbolRequest
{
    public string? Category { get; set; }
    public required string Symbol { get; set; }
}
