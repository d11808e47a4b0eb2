using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>Source-generated JSON for the few values written into socket messages (escaping user text).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class BitgetSocketJson : JsonSerializerContext;
