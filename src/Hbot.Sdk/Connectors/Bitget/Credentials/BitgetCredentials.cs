namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>A Bitget API key with its secret and passphrase. <see cref="ToString"/> shows only a masked key.</summary>
public sealed class BitgetCredentials
{
    /// <summary>Creates credentials; every part is required.</summary>
    public BitgetCredentials(string apiKey, Secret apiSecret, Secret passphrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        ApiKey = apiKey.Trim();
        ApiSecret = apiSecret ?? throw new ArgumentNullException(nameof(apiSecret));
        Passphrase = passphrase ?? throw new ArgumentNullException(nameof(passphrase));
    }

    /// <summary>The API key (sent in the clear as <c>ACCESS-KEY</c>, but still only shown masked).</summary>
    public string ApiKey { get; }

    /// <summary>The API secret used for HMAC signing.</summary>
    public Secret ApiSecret { get; }

    /// <summary>The passphrase chosen when the key was created.</summary>
    public Secret Passphrase { get; }

    /// <summary>The key with all but its first and last characters hidden, for logs.</summary>
    public string MaskedApiKey => ApiKey.Length <= 6 ? "***" : $"{ApiKey[..3]}***{ApiKey[^3..]}";

    /// <inheritdoc />
    public override string ToString() => $"Bitget key {MaskedApiKey}";
}
