namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>The credential file is missing, damaged or cannot be decrypted with the given password.</summary>
public sealed class BitgetCredentialException : Exception
{
    /// <summary>Creates the error.</summary>
    public BitgetCredentialException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
