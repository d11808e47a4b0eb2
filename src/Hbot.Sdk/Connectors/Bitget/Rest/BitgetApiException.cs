namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>A Bitget call failed: the exchange's code and message, what it means and whether repeating may help.</summary>
public sealed class BitgetApiException : Exception
{
    /// <summary>Creates an error from an exchange code and message.</summary>
    public BitgetApiException(string endpoint, int httpStatus, string code, string exchangeMessage, BitgetErrorKind? kind = null, Exception? inner = null)
        : base($"Bitget {endpoint} failed: code {code}, \"{exchangeMessage}\" (HTTP {httpStatus})", inner)
    {
        Endpoint = endpoint;
        HttpStatus = httpStatus;
        Code = code;
        ExchangeMessage = exchangeMessage;
        Kind = kind ?? BitgetErrorCodes.Classify(code);
        if (Kind == BitgetErrorKind.Other && httpStatus >= 500) Kind = BitgetErrorKind.SystemError;
        if (httpStatus == 429) Kind = BitgetErrorKind.RateLimited;
    }

    /// <summary>The endpoint path template.</summary>
    public string Endpoint { get; }

    /// <summary>HTTP status, 0 when no response arrived.</summary>
    public int HttpStatus { get; }

    /// <summary>The exchange's error code (for example <c>40084</c>), or a local code such as <c>network</c>.</summary>
    public string Code { get; }

    /// <summary>The exchange's message text.</summary>
    public string ExchangeMessage { get; }

    /// <summary>What the code means.</summary>
    public BitgetErrorKind Kind { get; }

    /// <summary>Whether the same request may succeed when repeated later.</summary>
    public bool IsTransient => BitgetErrorCodes.IsTransient(Kind);
}
