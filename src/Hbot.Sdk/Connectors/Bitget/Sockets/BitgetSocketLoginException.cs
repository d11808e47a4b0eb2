namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>The private socket refused the login (bad key, passphrase, signature or timestamp).</summary>
public sealed class BitgetSocketLoginException : Exception
{
    /// <summary>Creates the error from the socket's code and message.</summary>
    public BitgetSocketLoginException(string code, string exchangeMessage)
        : base($"Bitget socket login failed: code {code}, \"{exchangeMessage}\"")
    {
        Code = code;
        ExchangeMessage = exchangeMessage;
    }

    /// <summary>The socket error code (for example 30005, 30015).</summary>
    public string Code { get; }

    /// <summary>The exchange's message.</summary>
    public string ExchangeMessage { get; }
}
