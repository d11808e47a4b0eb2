using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hbot.Sdk.Connectors.Bitget.Orders;
using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>
/// Parses order pushes of both families straight from the UTF-8 bytes into <see cref="BitgetOrderPush"/> values.
/// Only ids are allocated; statuses map without allocating, numbers are parsed in place.
/// </summary>
public static class BitgetOrderPushParser
{
    /// <summary>Parses the data elements of a whole push message into <paramref name="into"/>; returns how many were read.</summary>
    public static int Parse(ReadOnlySpan<byte> json, Span<BitgetOrderPush> into)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("data"u8)) { reader.Read(); reader.Skip(); continue; }
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject) return ReadOne(ref reader, into);
            if (reader.TokenType != JsonTokenType.StartArray) return 0;
            var count = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                if (count < into.Length) count += ReadOne(ref reader, into[count..]);
                else reader.Skip();
            }
            return count;
        }
        return 0;
    }

    private static int ReadOne(ref Utf8JsonReader reader, Span<BitgetOrderPush> into)
    {
        var push = new BitgetOrderPush();
        var sizeFromNewSize = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            reader.Read();
            switch (name.Length)
            {
                case 6 when name.SequenceEqual("instId"u8) || name.SequenceEqual("symbol"u8): push.Symbol = Str(ref reader); break;
                case 7 when name.SequenceEqual("orderId"u8): push.OrderId = Str(ref reader); break;
                case 9 when name.SequenceEqual("clientOid"u8): push.ClientOrderId = Str(ref reader); break;
                case 6 when name.SequenceEqual("status"u8):
                case 11 when name.SequenceEqual("orderStatus"u8): ReadStatus(ref reader, ref push); break;
                case 4 when name.SequenceEqual("side"u8): push.Side = reader.ValueTextEquals("sell"u8) ? TradeSide.Sell : TradeSide.Buy; break;
                case 5 when name.SequenceEqual("price"u8): push.Price = Dec(ref reader); break;
                case 7 when name.SequenceEqual("newSize"u8):
                case 3 when name.SequenceEqual("qty"u8): push.Size = Dec(ref reader); sizeFromNewSize = true; break;
                case 4 when name.SequenceEqual("size"u8): if (!sizeFromNewSize) push.Size = Dec(ref reader); break;
                case 13 when name.SequenceEqual("accBaseVolume"u8):
                case 10 when name.SequenceEqual("cumExecQty"u8): push.FilledSize = Dec(ref reader); break;
                case 8 when name.SequenceEqual("priceAvg"u8) || name.SequenceEqual("avgPrice"u8): push.AveragePrice = Dec(ref reader); break;
                case 7 when name.SequenceEqual("tradeId"u8): push.TradeId = Str(ref reader); break;
                case 9 when name.SequenceEqual("fillPrice"u8): push.FillPrice = Dec(ref reader); break;
                case 10 when name.SequenceEqual("baseVolume"u8): push.FillSize = Dec(ref reader); break;
                case 7 when name.SequenceEqual("fillFee"u8): push.FillFee = Math.Abs(Dec(ref reader)); break;
                case 11 when name.SequenceEqual("fillFeeCoin"u8): push.FillFeeCoin = Str(ref reader); break;
                case 10 when name.SequenceEqual("tradeScope"u8): push.IsMaker = reader.ValueTextEquals("M"u8) || reader.ValueTextEquals("maker"u8) || reader.ValueTextEquals("marker"u8); break;
                case 5 when name.SequenceEqual("uTime"u8):
                case 11 when name.SequenceEqual("updatedTime"u8): push.Timestamp = Long(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        into[0] = push;
        return 1;
    }

    private static void ReadStatus(ref Utf8JsonReader reader, ref BitgetOrderPush push)
    {
        if (reader.TokenType != JsonTokenType.String) return;
        if (BitgetOrderStatus.TryMap(reader.ValueSpan, out var state)) push.State = state;
        else push.UnknownStatus = reader.GetString();
    }

    private static string? Str(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String) return reader.ValueSpan.Length == 0 ? null : reader.GetString();
        return reader.TokenType == JsonTokenType.Number ? Encoding.UTF8.GetString(reader.ValueSpan) : null;
    }

    private static decimal Dec(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number) || reader.ValueSpan.Length == 0) return 0m;
        var span = reader.ValueSpan;
        if (BitgetUtf8Number.TryParse(span, out var value)) return value;
        return decimal.Parse(Encoding.UTF8.GetString(span), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static long Long(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number)) return 0;
        return Utf8Parser.TryParse(reader.ValueSpan, out long v, out _) ? v : 0;
    }
}
