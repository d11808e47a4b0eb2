using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>
/// Bitget's order book checksum: CRC-32 (IEEE) over up to the best 25 bids and asks interleaved level by level
/// (bid first) as <c>price:size</c> joined with <c>:</c>, using the original strings, read as a signed 32-bit value.
/// </summary>
public static class BitgetBookChecksum
{
    /// <summary>Levels per side that enter the checksum.</summary>
    public const int Depth = 25;

    /// <summary>The checksum of a prepared text (for test vectors).</summary>
    public static int OfText(string text) => unchecked((int)Crc32.HashToUInt32(Encoding.UTF8.GetBytes(text)));

    /// <summary>The checksum of two sides given best first.</summary>
    public static int Compute(ReadOnlySpan<BitgetRawLevel> bids, ReadOnlySpan<BitgetRawLevel> asks)
    {
        var bidCount = Math.Min(Depth, bids.Length);
        var askCount = Math.Min(Depth, asks.Length);
        var length = 0;
        for (var i = 0; i < bidCount; i++) length += bids[i].PriceText.Length + bids[i].SizeText.Length + 2;
        for (var i = 0; i < askCount; i++) length += asks[i].PriceText.Length + asks[i].SizeText.Length + 2;
        var rented = length > 2048 ? ArrayPool<byte>.Shared.Rent(length) : null;
        Span<byte> buffer = rented ?? stackalloc byte[2048];
        var n = 0;
        for (var i = 0; i < Depth; i++)
        {
            if (i < bidCount) Append(buffer, ref n, bids[i]);
            if (i < askCount) Append(buffer, ref n, asks[i]);
        }
        if (n > 0) n--; // drop the trailing separator
        var crc = Crc32.HashToUInt32(buffer[..n]);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return unchecked((int)crc);
    }

    private static void Append(Span<byte> buffer, ref int n, in BitgetRawLevel level)
    {
        n += Encoding.ASCII.GetBytes(level.PriceText, buffer[n..]);
        buffer[n++] = (byte)':';
        n += Encoding.ASCII.GetBytes(level.SizeText, buffer[n..]);
        buffer[n++] = (byte)':';
    }
}
