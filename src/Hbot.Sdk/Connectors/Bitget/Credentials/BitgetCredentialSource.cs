namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>
/// Finds the credentials to trade with, in order: the options, the BITGET_API_KEY / BITGET_API_SECRET /
/// BITGET_API_PASSPHRASE variables, then the encrypted file decrypted with CONFIG_PASSWORD.
/// </summary>
public static class BitgetCredentialSource
{
    /// <summary>Environment variable of the API key.</summary>
    public const string ApiKeyVariable = "BITGET_API_KEY";

    /// <summary>Environment variable of the API secret.</summary>
    public const string ApiSecretVariable = "BITGET_API_SECRET";

    /// <summary>Environment variable of the passphrase.</summary>
    public const string PassphraseVariable = "BITGET_API_PASSPHRASE";

    /// <summary>Resolves the credentials.</summary>
    /// <param name="options">Connector options (explicit credentials and the file path).</param>
    /// <param name="environment">Reads an environment variable (null when unset).</param>
    /// <exception cref="BitgetCredentialException">Nothing is configured, or the file cannot be decrypted.</exception>
    public static BitgetCredentials Resolve(BitgetSpotOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (options.Credentials is { } explicitCredentials) return explicitCredentials;
        var key = environment(ApiKeyVariable);
        var secret = environment(ApiSecretVariable);
        var passphrase = environment(PassphraseVariable);
        if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrEmpty(secret) && !string.IsNullOrEmpty(passphrase))
            return new BitgetCredentials(key, new Secret(secret), new Secret(passphrase));
        var store = new BitgetCredentialStore(options.CredentialsPath);
        if (!store.HoldsKey())
            throw new BitgetCredentialException($"No Bitget credentials: run `connect bitget` (writes {store.Path}) or set {ApiKeyVariable}, {ApiSecretVariable} and {PassphraseVariable}.");
        var password = environment(BitgetCredentialStore.PasswordVariable);
        if (string.IsNullOrEmpty(password))
            throw new BitgetCredentialException($"{store.Path} is encrypted: set {BitgetCredentialStore.PasswordVariable} to the bot password.");
        return store.Load(new Secret(password));
    }
}
