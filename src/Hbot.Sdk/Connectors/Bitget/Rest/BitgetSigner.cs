using System.Security.Cryptography;
using System.Text;
using Hbot.Sdk.Connectors.Bitget.Credentials;

namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>
/// The one Bitget signing routine (REST and socket login): Base64(HMAC-SHA256(secret, prehash)) where
/// prehash = timestamp + METHOD + path + ("?" + query when non-empty) + body, over the exact bytes sent.
/// </summary>
public static class BitgetSigner
{
    /// <summary>The socket login path signed with a seconds timestamp.</summary>
    public const string SocketLoginPath = "/user/verify";

    /// <summary>Builds the prehash string.</summary>
    public static string Prehash(string timestamp, string method, string path, string? query, string? body) =>
        string.Concat(timestamp, method.ToUpperInvariant(), path, string.IsNullOrEmpty(query) ? "" : "?" + query, body ?? "");

    /// <summary>Signs a prehash string with the secret.</summary>
    public static string Sign(Secret secret, string prehash)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var key = Encoding.UTF8.GetBytes(secret.Reveal());
        try
        {
            return Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(prehash)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>The socket login signature for a seconds timestamp: Sign(timestamp + "GET" + "/user/verify").</summary>
    public static string SignSocketLogin(Secret secret, long unixSeconds) =>
        Sign(secret, Prehash(unixSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "GET", SocketLoginPath, null, null));
}
