using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>Source-generated JSON for <see cref="BitgetCredentialPayload"/>.</summary>
[JsonSerializable(typeof(BitgetCredentialPayload))]
internal sealed partial class BitgetCredentialJson : JsonSerializerContext;
