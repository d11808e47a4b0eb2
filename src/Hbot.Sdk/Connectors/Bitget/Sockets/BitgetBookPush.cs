using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>The first data element of a <c>books</c> push (either family), parsed into reusable buffers.</summary>
public sealed class BitgetBookPush
{
    /// <summary>Bid levels as pushed.</summary>
    public List<BitgetRawLevel> Bids { get; } = new(64);

    /// <summary>Ask levels as pushed.</summary>
    public List<BitgetRawLevel> Asks { get; } = new(64);

    /// <summary>Sequence (0 when absent).</summary>
    public long Sequence { get; private set; }

    /// <summary>Previous sequence (0 when absent).</summary>
    public long PreviousSequence { get; private set; }

    /// <summary>Pushed checksum (0 when absent).</summary>
    public int Checksum { get; private set; }

    /// <summary>Exchange time in milliseconds.</summary>
    public long Timestamp { get; private set; }

    /// <summary>Parses a whole socket message; false when it has no data element.</summary>
    public bool Parse(ReadOnlySpan<byte> json)
    {
        Bids.Clear();
        Asks.Clear();
        Sequence = PreviousSequence = Timestamp = 0;
        Checksum = 0;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("data"u8)) { reader.Read(); reader.Skip(); continue; }
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray) reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject) return false;
            ReadElement(ref reader);
            return true;
        }
        return false;
    }

    private void ReadElement(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("bids"u8) || reader.ValueTextEquals("b"u8)) { reader.Read(); ReadLevels(ref reader, Bids); }
            else if (reader.ValueTextEquals("asks"u8) || reader.ValueTextEquals("a"u8)) { reader.Read(); ReadLevels(ref reader, Asks); }
            else if (reader.ValueTextEquals("seq"u8)) { reader.Read(); Sequence = Long(ref reader); }
            else if (reader.ValueTextEquals("pseq"u8)) { reader.Read(); PreviousSequence = Long(ref reader); }
            else if (reader.ValueTextEquals("checksum"u8)) { reader.Read(); Checksum = (int)Long(ref reader); }
            else if (reader.ValueTextEquals("ts"u8)) { reader.Read(); Timestamp = Long(ref reader); }
            else { reader.Read(); reader.Skip(); }
        }
    }

    private static void ReadLevels(ref Utf8JsonReader reader, List<BitgetRawLevel> into)
    {
        if (reader.TokenType != JsonTokenType.StartArray) { reader.Skip(); return; }
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            var price = Text(ref reader);
            reader.Read();
            var size = Text(ref reader);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) reader.Skip();
            into.Add(new BitgetRawLevel(decimal.Parse(price, NumberStyles.Float, CultureInfo.InvariantCulture),
                decimal.Parse(size, NumberStyles.Float, CultureInfo.InvariantCulture), price, size));
        }
    }

    private static string Text(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);

    private static long Long(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.TryGetInt64(out var v) ? v : 0,
        JsonTokenType.String => long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0,
        _ => 0,
    };
}
