using System.Text.Json;
using Hbot.Sdk.Connectors.Bitget.Rest.Payloads;
using Hbot.Sdk.Connectors.Bitget.Rest.Results;
using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>The classic-account (V2) spot REST calls.</summary>
internal sealed class BitgetClassicSpotApi(BitgetRestClient client) : IBitgetSpotApi
{
    private const int PageLimit = 100;
    private const int MaxPages = 10;
    private static readonly BitgetJsonContext Json = BitgetJsonContext.Default;

    public BitgetAccountKind AccountKind => BitgetAccountKind.Classic;

    public Task<DateTimeOffset> GetServerTimeAsync(CancellationToken cancellationToken) => client.SyncClockAsync(cancellationToken);

    public async Task<IReadOnlyList<BitgetInstrument>> GetInstrumentsAsync(string? symbol, CancellationToken cancellationToken)
    {
        var data = await client.SendAsync(BitgetEndpoints.ClassicSymbols, new BitgetQuery().Add("symbol", symbol), null, Json.BitgetEnvelopeListClassicSymbolPayload, cancellationToken).ConfigureAwait(false);
        var list = new List<BitgetInstrument>();
        foreach (var s in data ?? [])
        {
            if (s.Symbol is null || !BitgetPayloadMapping.TryPair(s.BaseCoin, s.QuoteCoin, out var pair)) continue;
            var rules = new TradingRules(pair, BitgetNumber.StepFromDecimals(s.PricePrecision), BitgetNumber.StepFromDecimals(s.QuantityPrecision),
                BitgetNumber.Parse(s.MinTradeAmount), BitgetNumber.Parse(s.MinTradeUSDT));
            list.Add(new BitgetInstrument(s.Symbol, pair, rules, BitgetNumber.StepFromDecimals(s.QuotePrecision), s.Status ?? ""));
        }
        return list;
    }

    public async Task<IReadOnlyList<BitgetTicker>> GetTickersAsync(string? symbol, CancellationToken cancellationToken)
    {
        var data = await client.SendAsync(BitgetEndpoints.ClassicTickers, new BitgetQuery().Add("symbol", symbol), null, Json.BitgetEnvelopeListClassicTickerPayload, cancellationToken).ConfigureAwait(false);
        return (data ?? []).Where(t => t.Symbol is not null).Select(t => new BitgetTicker(t.Symbol!, BitgetNumber.Parse(t.LastPr),
            BitgetNumber.ParseOptional(t.BidPr), BitgetNumber.ParseOptional(t.AskPr), BitgetNumber.Parse(t.BaseVolume), BitgetNumber.Parse(t.QuoteVolume),
            BitgetNumber.ParseTime(t.Ts))).ToList();
    }

    public async Task<BitgetBookSnapshot> GetOrderBookAsync(string symbol, int limit, CancellationToken cancellationToken)
    {
        var q = new BitgetQuery().Add("symbol", symbol).Add("type", "step0").Add("limit", Math.Clamp(limit, 1, 150));
        var data = await client.SendAsync(BitgetEndpoints.ClassicOrderBook, q, null, Json.BitgetEnvelopeBookPayload, cancellationToken).ConfigureAwait(false);
        return BitgetPayloadMapping.Book(symbol, data);
    }

    public async Task<IReadOnlyList<BitgetCandle>> GetCandlesAsync(string symbol, BitgetCandleInterval interval, int limit, CancellationToken cancellationToken)
    {
        var granularity = interval switch
        {
            BitgetCandleInterval.OneMinute => "1min",
            BitgetCandleInterval.FiveMinutes => "5min",
            BitgetCandleInterval.FifteenMinutes => "15min",
            BitgetCandleInterval.ThirtyMinutes => "30min",
            BitgetCandleInterval.OneHour => "1h",
            BitgetCandleInterval.FourHours => "4h",
            _ => "1day",
        };
        var q = new BitgetQuery().Add("symbol", symbol).Add("granularity", granularity).Add("limit", Math.Clamp(limit, 1, 1000));
        var data = await client.SendAsync(BitgetEndpoints.ClassicCandles, q, null, Json.BitgetEnvelopeStringArrayArray, cancellationToken).ConfigureAwait(false);
        return BitgetPayloadMapping.Candles(data);
    }

    public async Task<IReadOnlyList<Balance>> GetBalancesAsync(CancellationToken cancellationToken)
    {
        var data = await client.SendAsync(BitgetEndpoints.ClassicAssets, null, null, Json.BitgetEnvelopeListClassicAssetPayload, cancellationToken).ConfigureAwait(false);
        return (data ?? []).Where(a => a.Coin is not null).Select(a =>
        {
            var available = BitgetNumber.Parse(a.Available);
            return new Balance(a.Coin!.ToUpperInvariant(), available + BitgetNumber.Parse(a.Frozen) + BitgetNumber.Parse(a.Locked), available);
        }).ToList();
    }

    public async Task<BitgetOrderAck> PlaceOrderAsync(BitgetNewOrder order, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(ToRequest(order, includeSymbol: true), Json.ClassicPlaceOrderRequest);
        var data = await client.SendAsync(BitgetEndpoints.ClassicPlaceOrder, null, body, Json.BitgetEnvelopeOrderAckPayload, cancellationToken).ConfigureAwait(false);
        return BitgetPayloadMapping.Ack(data);
    }

    public async Task<IReadOnlyList<BitgetOrderAck>> PlaceOrdersAsync(string symbol, IReadOnlyList<BitgetNewOrder> orders, CancellationToken cancellationToken)
    {
        var request = new ClassicBatchPlaceRequest { Symbol = symbol, OrderList = orders.Select(o => ToRequest(o, includeSymbol: false)).ToList() };
        var body = JsonSerializer.Serialize(request, Json.ClassicBatchPlaceRequest);
        var data = await client.SendAsync(BitgetEndpoints.ClassicBatchPlace, null, body, Json.BitgetEnvelopeClassicBatchPayload, cancellationToken).ConfigureAwait(false);
        return BatchResults(data);
    }

    public async Task<BitgetOrderAck> CancelOrderAsync(string symbol, string? orderId, string? clientOrderId, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new CancelOrderRequest { Symbol = symbol, OrderId = orderId, ClientOid = orderId is null ? clientOrderId : null }, Json.CancelOrderRequest);
        var data = await client.SendAsync(BitgetEndpoints.ClassicCancelOrder, null, body, Json.BitgetEnvelopeOrderAckPayload, cancellationToken).ConfigureAwait(false);
        return BitgetPayloadMapping.Ack(data);
    }

    public async Task<IReadOnlyList<BitgetOrderAck>> CancelOrdersAsync(string symbol, IReadOnlyList<string> clientOrderIds, CancellationToken cancellationToken)
    {
        var request = new ClassicBatchCancelRequest { Symbol = symbol, OrderList = clientOrderIds.Select(id => new CancelOrderRequest { ClientOid = id }).ToList() };
        var body = JsonSerializer.Serialize(request, Json.ClassicBatchCancelRequest);
        var data = await client.SendAsync(BitgetEndpoints.ClassicBatchCancel, null, body, Json.BitgetEnvelopeClassicBatchPayload, cancellationToken).ConfigureAwait(false);
        return BatchResults(data);
    }

    public async Task CancelAllAsync(string symbol, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new SymbolRequest { Symbol = symbol }, Json.SymbolRequest);
        await client.SendAsync(BitgetEndpoints.ClassicCancelSymbol, null, body, Json.BitgetEnvelopeSymbolRequest, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BitgetOrderInfo?> GetOrderAsync(string? orderId, string? clientOrderId, CancellationToken cancellationToken)
    {
        var q = new BitgetQuery().Add("orderId", orderId).Add("clientOid", orderId is null ? clientOrderId : null);
        try
        {
            var data = await client.SendAsync(BitgetEndpoints.ClassicOrderInfo, q, null, Json.BitgetEnvelopeListClassicOrderPayload, cancellationToken).ConfigureAwait(false);
            return data is { Count: > 0 } ? ToOrder(data[0], open: false) : null;
        }
        catch (BitgetApiException ex) when (ex.Kind == BitgetErrorKind.OrderNotFound)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<BitgetOrderInfo>> GetOpenOrdersAsync(string? symbol, CancellationToken cancellationToken) =>
        await OrdersAsync(BitgetEndpoints.ClassicOpenOrders, symbol, null, open: true, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<BitgetOrderInfo>> GetOrderHistoryAsync(string symbol, DateTimeOffset since, CancellationToken cancellationToken) =>
        await OrdersAsync(BitgetEndpoints.ClassicOrderHistory, symbol, since, open: false, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<BitgetFill>> GetFillsAsync(string symbol, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var result = new List<BitgetFill>();
        string? idLessThan = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var q = new BitgetQuery().Add("symbol", symbol).Add("startTime", since.ToUnixTimeMilliseconds()).Add("limit", PageLimit).Add("idLessThan", idLessThan);
            var data = await client.SendAsync(BitgetEndpoints.ClassicFills, q, null, Json.BitgetEnvelopeListClassicFillPayload, cancellationToken).ConfigureAwait(false);
            foreach (var f in data ?? [])
            {
                if (f.TradeId is null || f.OrderId is null) continue;
                var (coin, fee) = BitgetPayloadMapping.Fee(f.FeeDetail, "");
                result.Add(new BitgetFill(f.Symbol ?? symbol, f.OrderId, null, f.TradeId, BitgetPayloadMapping.Side(f.Side), BitgetNumber.Parse(f.PriceAvg),
                    BitgetNumber.Parse(f.Size), coin, fee, string.Equals(f.TradeScope, "maker", StringComparison.OrdinalIgnoreCase), BitgetNumber.ParseTime(f.CTime)));
            }
            if (data is null || data.Count < PageLimit) break;
            idLessThan = data[^1].TradeId;
        }
        return result;
    }

    private async Task<IReadOnlyList<BitgetOrderInfo>> OrdersAsync(BitgetEndpoint endpoint, string? symbol, DateTimeOffset? since, bool open, CancellationToken cancellationToken)
    {
        var result = new List<BitgetOrderInfo>();
        string? idLessThan = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var q = new BitgetQuery().Add("symbol", symbol).Add("limit", PageLimit).Add("idLessThan", idLessThan);
            if (since is { } s) q.Add("startTime", s.ToUnixTimeMilliseconds());
            var data = await client.SendAsync(endpoint, q, null, Json.BitgetEnvelopeListClassicOrderPayload, cancellationToken).ConfigureAwait(false);
            foreach (var o in data ?? []) if (o.OrderId is not null) result.Add(ToOrder(o, open));
            if (data is null || data.Count < PageLimit) break;
            idLessThan = data[^1].OrderId;
        }
        return result;
    }

    private static BitgetOrderInfo ToOrder(ClassicOrderPayload o, bool open)
    {
        // On unfilled-orders priceAvg holds the order price and basePrice the average fill price (documented quirk).
        var price = BitgetNumber.ParseOptional(o.Price) ?? (open ? BitgetNumber.Parse(o.PriceAvg) : 0m);
        var filled = BitgetNumber.Parse(o.BaseVolume);
        var avg = open ? BitgetNumber.Parse(o.BasePrice) : BitgetNumber.Parse(o.PriceAvg);
        var quote = BitgetNumber.ParseOptional(o.QuoteVolume) ?? filled * avg;
        return new BitgetOrderInfo(o.Symbol ?? "", o.OrderId!, string.IsNullOrEmpty(o.ClientOid) ? null : o.ClientOid, BitgetPayloadMapping.Side(o.Side),
            o.OrderType ?? "limit", o.Force, price, BitgetNumber.Parse(o.Size), filled, quote, o.Status ?? "", BitgetNumber.ParseTime(o.CTime));
    }

    private static ClassicPlaceOrderRequest ToRequest(BitgetNewOrder o, bool includeSymbol) => new()
    {
        Symbol = includeSymbol ? o.Symbol : null,
        Side = o.SideText,
        OrderType = o.TypeText,
        Force = o.OrderType == OrderType.Market ? "gtc" : o.ForceText,
        Price = o.OrderType == OrderType.Market || o.Price is null ? null : BitgetNumber.Format(o.Price.Value),
        Size = BitgetNumber.Format(o.Size),
        ClientOid = o.ClientOrderId,
    };

    private static List<BitgetOrderAck> BatchResults(ClassicBatchPayload? data)
    {
        var list = (data?.SuccessList ?? []).Select(a => new BitgetOrderAck(a.OrderId, a.ClientOid)).ToList();
        list.AddRange((data?.FailureList ?? []).Select(f => new BitgetOrderAck(f.OrderId, f.ClientOid, f.ErrorCode ?? "failed", f.ErrorMsg ?? "")));
        return list;
    }
}
