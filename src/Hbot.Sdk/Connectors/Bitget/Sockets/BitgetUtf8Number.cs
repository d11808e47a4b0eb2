using System.Buffers.Text;

namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>
/// Parses Bitget's plain decimal texts (<c>-123.4500</c>) straight from UTF-8: up to 19 digits are accumulated in a
/// 64-bit integer and scaled, which is several times faster than a general parser; anything else falls back to it.
/// </summary>
internal static class BitgetUtf8Number
{
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0m;
        if (text.IsEmpty) return false;
        var negative = text[0] == (byte)'-';
        var i = negative ? 1 : 0;
        ulong digits = 0;
        var count = 0;
        var scale = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == (byte)'.')
            {
                if (scale >= 0) return false;
                scale = 0;
                continue;
            }
            var d = (uint)(c - '0');
            if (d > 9 || count == 19) return Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length;
            digits = digits * 10 + d;
            count++;
            if (scale >= 0) scale++;
        }
        if (count == 0 || scale > 28) return false;
        value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }
}
