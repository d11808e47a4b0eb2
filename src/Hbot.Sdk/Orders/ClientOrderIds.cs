using System.Security.Cryptography;

namespace Hbot.Sdk.Orders;

/// <summary>Generates client order ids: a short prefix, the side, a millisecond time and random bits; at most 32 characters, letters and digits only so every exchange accepts them.</summary>
public static class ClientOrderIds
{
    /// <summary>Creates a new id such as <c>hbB19a0c1f2e3d4a5b6c7</c>.</summary>
    public static string New(Markets.TradeSide side, DateTimeOffset now, string prefix = "hb")
    {
        Span<byte> random = stackalloc byte[5];
        RandomNumberGenerator.Fill(random);
        var id = $"{prefix}{(side == Markets.TradeSide.Buy ? 'B' : 'S')}{now.ToUnixTimeMilliseconds():x}{Convert.ToHexStringLower(random)}";
        return id.Length <= 32 ? id : id[..32];
    }
}
