using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>The plaintext sealed inside the credential file.</summary>
internal sealed record BitgetCredentialPayload(
    [property: JsonPropertyName("api_key")] string ApiKey,
    [property: JsonPropertyName("api_secret")] string ApiSecret,
    [property: JsonPropertyName("passphrase")] string Passphrase)
{
    /// <summary>Never prints the values.</summary>
    public override string ToString() => "BitgetCredentialPayload { *** }";
}
