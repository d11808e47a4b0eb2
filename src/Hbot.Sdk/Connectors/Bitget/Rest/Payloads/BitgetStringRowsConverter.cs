using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>Reads rows of strings or numbers (book levels, candles) keeping each value's original text.</summary>
internal sealed class BitgetStringRowsConverter : JsonConverter<string[][]?>
{
    private static readonly BitgetFlexibleStringConverter Cell = new();

    public override string[][]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Expected an array of rows.");
        var rows = new List<string[]>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Expected a row array.");
            var row = new List<string>(8);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                row.Add(Cell.Read(ref reader, typeof(string), options) ?? "");
            rows.Add([.. row]);
        }
        return [.. rows];
    }

    public override void Write(Utf8JsonWriter writer, string[][]? value, JsonSerializerOptions options)
    {
        if (value is null) { writer.WriteNullValue(); return; }
        writer.WriteStartArray();
        foreach (var row in value)
        {
            writer.WriteStartArray();
            foreach (var cell in row) writer.WriteStringValue(cell);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }
}
