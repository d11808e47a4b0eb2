namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>
/// The YAML shape of the encrypted part of <c>conf/connectors/bitget.yml</c>: key derivation settings and one AES-GCM sealed
/// payload. The plain settings (<see cref="BitgetConnectorSettings"/>) are read and written beside it by <see cref="BitgetCredentialStore"/>.
/// </summary>
internal sealed class BitgetCredentialFile
{
    public string Connector { get; set; } = "bitget";
    public int Version { get; set; } = BitgetCredentialStore.FormatVersion;
    public string Kdf { get; set; } = "pbkdf2-sha256";
    public int Iterations { get; set; }
    public string Salt { get; set; } = "";
    public string Cipher { get; set; } = "aes-256-gcm";
    public string Nonce { get; set; } = "";
    public string Ciphertext { get; set; } = "";
    public string Tag { get; set; } = "";
    public string MaskedApiKey { get; set; } = "";
    public string DetectedAccountKind { get; set; } = "";
}
