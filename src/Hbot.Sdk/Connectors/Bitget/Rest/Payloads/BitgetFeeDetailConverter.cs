using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>
/// Reads Bitget fee details in every shape seen: one object (<c>feeCoin</c> + <c>totalFee</c> or <c>fee</c>), a list of
/// such objects, or JSON text holding either (V2 order endpoints). Amounts are made positive.
/// </summary>
internal sealed class BitgetFeeDetailConverter : JsonConverter<List<BitgetFeeItem>?>
{
    public override List<BitgetFeeItem>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text)) return [];
                using (var inner = JsonDocument.Parse(text)) return FromElement(inner.RootElement);
            default:
                using (var doc = JsonDocument.ParseValue(ref reader)) return FromElement(doc.RootElement);
        }
    }

    public override void Write(Utf8JsonWriter writer, List<BitgetFeeItem>? value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var f in value ?? []) { writer.WriteStartObject(); writer.WriteString("feeCoin", f.Coin); writer.WriteString("fee", BitgetNumber.Format(f.Amount)); writer.WriteEndObject(); }
        writer.WriteEndArray();
    }

    private static List<BitgetFeeItem> FromElement(JsonElement e)
    {
        var list = new List<BitgetFeeItem>();
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) AddObject(item, list);
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("feeCoin", out _) || e.TryGetProperty("feeCoinCode", out _)) AddObject(e, list);
            else
            {
                // V2 order fee text: per-coin objects keyed by coin; "newFees" (coin-less totals) is skipped in favour of them.
                foreach (var p in e.EnumerateObject())
                    if (p.Name != "newFees" && p.Value.ValueKind == JsonValueKind.Object) AddObject(p.Value, list, p.Name);
            }
        }
        return list;
    }

    private static void AddObject(JsonElement o, List<BitgetFeeItem> list, string? coinName = null)
    {
        if (o.ValueKind != JsonValueKind.Object) return;
        var coin = Text(o, "feeCoin") ?? Text(o, "feeCoinCode") ?? coinName;
        var amount = Text(o, "totalFee") ?? Text(o, "fee");
        if (coin is null || amount is null) return;
        list.Add(new BitgetFeeItem(coin, Math.Abs(BitgetNumber.Parse(amount))));
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
