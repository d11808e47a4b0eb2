using Hbot.Sdk.Connectors.Bitget.Rest.Payloads;
using Hbot.Sdk.Connectors.Bitget.Rest.Results;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>Conversions shared by both families from payload strings to typed values.</summary>
internal static class BitgetPayloadMapping
{
    public static TradeSide Side(string? side) =>
        string.Equals(side, "sell", StringComparison.OrdinalIgnoreCase) ? TradeSide.Sell : TradeSide.Buy;

    public static OrderBookLevel[] Levels(string[][]? rows)
    {
        if (rows is null) return [];
        var levels = new OrderBookLevel[rows.Length];
        for (var i = 0; i < rows.Length; i++) levels[i] = new OrderBookLevel(BitgetNumber.Parse(rows[i][0]), BitgetNumber.Parse(rows[i][1]));
        return levels;
    }

    public static BitgetBookSnapshot Book(string symbol, BookPayload? book) => new(
        symbol, Levels(book?.Bids ?? book?.B), Levels(book?.Asks ?? book?.A), BitgetNumber.ParseTime(book?.Ts));

    public static IReadOnlyList<BitgetCandle> Candles(string[][]? rows)
    {
        var list = (rows ?? []).Where(r => r.Length >= 6).Select(r => new BitgetCandle(
            BitgetNumber.ParseTime(r[0]), BitgetNumber.Parse(r[1]), BitgetNumber.Parse(r[2]), BitgetNumber.Parse(r[3]),
            BitgetNumber.Parse(r[4]), BitgetNumber.Parse(r[5]), r.Length > 6 ? BitgetNumber.Parse(r[6]) : 0m)).ToList();
        list.Sort((a, b) => a.OpenTime.CompareTo(b.OpenTime));
        return list;
    }

    public static (string Coin, decimal Fee) Fee(List<BitgetFeeItem>? fees, string fallbackCoin)
    {
        if (fees is null || fees.Count == 0) return (fallbackCoin, 0m);
        var first = fees.FirstOrDefault(f => f.Amount != 0) ?? fees[0];
        return (first.Coin, fees.Where(f => f.Coin == first.Coin).Sum(f => f.Amount));
    }

    public static bool TryPair(string? baseCoin, string? quoteCoin, out TradingPair pair) =>
        TradingPair.TryParse($"{baseCoin}-{quoteCoin}", out pair);

    public static BitgetOrderAck Ack(OrderAckPayload? a) =>
        new(a?.OrderId, a?.ClientOid, NullIfEmpty(a?.ErrorCode ?? a?.Code), a?.ErrorMsg ?? a?.Msg);

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
