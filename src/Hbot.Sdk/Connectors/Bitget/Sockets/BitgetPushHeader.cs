using System.Text;
using System.Text.Json;

namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>
/// The routing part of a socket message: event (acks and errors), action (snapshot/update) and the argument's
/// channel (V2 <c>channel</c>, V3 <c>topic</c>) and symbol (V2 <c>instId</c>, V3 <c>symbol</c>). Known words are
/// returned as shared constants so routing a push allocates almost nothing.
/// </summary>
internal readonly record struct BitgetPushHeader(string? Event, string? Action, string? Channel, string? Symbol, string? Code, string? Message)
{
    private static readonly (byte[] Utf8, string Text)[] Words =
        [.. new[] { "snapshot", "update", "login", "error", "subscribe", "unsubscribe", "books", "books1", "books5", "books15", "books50",
            "trade", "publicTrade", "ticker", "orders", "order", "fill", "account", "default" }.Select(w => (Encoding.UTF8.GetBytes(w), w))];

    public bool IsSnapshot => Action == "snapshot";

    public static BitgetPushHeader Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        string? ev = null, action = null, channel = null, symbol = null, code = null, msg = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A socket message must be a JSON object.");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("event"u8)) { reader.Read(); ev = Word(ref reader); }
            else if (reader.ValueTextEquals("action"u8)) { reader.Read(); action = Word(ref reader); }
            else if (reader.ValueTextEquals("code"u8)) { reader.Read(); code = Text(ref reader); }
            else if (reader.ValueTextEquals("msg"u8)) { reader.Read(); msg = Text(ref reader); }
            else if (reader.ValueTextEquals("arg"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject) { reader.Skip(); continue; }
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("channel"u8) || reader.ValueTextEquals("topic"u8)) { reader.Read(); channel = Word(ref reader); }
                    else if (reader.ValueTextEquals("instId"u8) || reader.ValueTextEquals("symbol"u8)) { reader.Read(); symbol = Word(ref reader); }
                    else { reader.Read(); reader.Skip(); }
                }
            }
            else if (reader.ValueTextEquals("data"u8) && channel is not null)
            {
                // Bitget puts event, action and arg before data: the routing is known, so the payload is not scanned twice.
                break;
            }
            else { reader.Read(); reader.Skip(); }
        }
        return new BitgetPushHeader(ev, action, channel, symbol, code, msg);
    }

    private static string? Word(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) { reader.Skip(); return null; }
        if (!reader.ValueIsEscaped)
        {
            // Comparing raw bytes avoids transcoding each candidate word on every message.
            var value = reader.ValueSpan;
            foreach (var (utf8, text) in Words)
            {
                if (value.SequenceEqual(utf8)) return text;
            }
        }
        return reader.GetString();
    }

    private static string? Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        _ => null,
    };
}
