using System.Text.Json;
using Hbot.Sdk.Connectors.Bitget.Rest.Payloads;
using Hbot.Sdk.Connectors.Bitget.Rest.Results;
using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>The unified-account (V3) spot REST calls: <c>category=SPOT</c>, <c>qty</c>, <c>timeInForce</c>, <c>orderStatus</c>, cursor pages.</summary>
internal sealed class BitgetUnifiedSpotApi(BitgetRestClient client) : IBitgetSpotApi
{
    private const string Category = "SPOT";
    private const int PageLimit = 100;
    private const int MaxPages = 10;
    private static readonly BitgetJsonContext Json = BitgetJsonContext.Default;

    public BitgetAccountKind AccountKind => BitgetAccountKind.Unified;

    public Task<DateTimeOffset> GetServerTimeAsync(CancellationToken cancellationToken) => client.SyncClockAsync(cancellationToken);

    /// <summary>The account-kind probe: succeeds only for a unified key (a classic key gets 40084).</summary>
    public async Task<string> GetAccountModeAsync(CancellationToken cancellationToken)
    {
        var data = await client.SendAsync(BitgetEndpoints.UnifiedSettings, null, null, Json.BitgetEnvelopeUnifiedSettingsPayload, cancellationToken).ConfigureAwait(false);
        return data?.AccountMode ?? "unified";
    }

    public async Task<IReadOnlyList<BitgetInstrument>> GetInstrumentsAsync(string? symbol, CancellationToken cancellationToken)
    {
        var q = new BitgetQuery().Add("category", Category).Add("symbol", symbol);
        var data = await client.SendAsync(BitgetEndpoints.UnifiedInstruments, q, null, Json.BitgetEnvelopeListUnifiedInstrumentPayload, cancellationToken).ConfigureAwait(false);
        var list = new List<BitgetInstrument>();
        foreach (var s in data ?? [])
        {
            // Build pairs from base/quote coins, never by splitting the symbol.
            if (s.Symbol is null || !BitgetPayloadMapping.TryPair(s.BaseCoin, s.QuoteCoin, out var pair)) continue;
            var rules = new TradingRules(pair, BitgetNumber.StepFromDecimals(s.PricePrecision), BitgetNumber.StepFromDecimals(s.QuantityPrecision),
                BitgetNumber.Parse(s.MinOrderQty), BitgetNumber.Parse(s.MinOrderAmount));
            list.Add(new BitgetInstrument(s.Symbol, pair, rules, BitgetNumber.StepFromDecimals(s.QuotePrecision), s.Status ?? ""));
        }
        return list;
    }

    public async Task<IReadOnlyList<BitgetTicker>> GetTickersAsync(string? symbol, CancellationToken cancellationToken)
    {
        var q = new BitgetQuery().Add("category", Category).Add("symbol", symbol);
        var data = await client.SendAsync(BitgetEndpoints.UnifiedTickers, q, null, Json.BitgetEnvelopeListUnifiedTickerPayload, cancellationToken).ConfigureAwait(false);
        return (data ?? []).Where(t => t.Symbol is not null).Select(t => new BitgetTicker(t.Symbol!, BitgetNumber.Parse(t.LastPrice),
            BitgetNumber.ParseOptional(t.Bid1Price), BitgetNumber.ParseOptional(t.Ask1Price), BitgetNumber.Parse(t.Volume24h), BitgetNumber.Parse(t.Turnover24h),
            BitgetNumber.ParseTime(t.Ts))).ToList();
    }

    public async Task<BitgetBookSnapshot> GetOrderBookAsync(string symbol, int limit, CancellationToken cancellationToken)
    {
        var q = new BitgetQuery().Add("category", Category).Add("symbol", symbol).Add("limit", Math.Clamp(limit, 1, 200));
        var data = await client.SendAsync(BitgetEndpoints.UnifiedOrderBook, q, null, Json.BitgetEnvelopeBookPayload, cancellationToken).ConfigureAwait(false);
        return BitgetPayloadMapping.Book(symbol, data);
    }

    public async Task<IReadOnlyList<BitgetCandle>> GetCandlesAsync(string symbol, BitgetCandleInterval interval, int limit, CancellationToken cancellationToken)
    {
        var token = interval switch
        {
            BitgetCandleInterval.OneMinute => "1m",
            BitgetCandleInterval.FiveMinutes => "5m",
            BitgetCandleInterval.FifteenMinutes => "15m",
            BitgetCandleInterval.ThirtyMinutes => "30m",
            BitgetCandleInterval.OneHour => "1H",
            BitgetCandleInterval.FourHours => "4H",
            _ => "1D",
        };
        var q = new BitgetQuery().Add("category", Category).Add("symbol", symbol).Add("interval", token).Add("limit", Math.Clamp(limit, 1, 1000));
        var data = await client.SendAsync(BitgetEndpoints.UnifiedCandles, q, null, Json.BitgetEnvelopeStringArrayArray, cancellationToken).ConfigureAwait(false);
        return BitgetPayloadMapping.Candles(data);
    }

    public async Task<IReadOnlyList<Balance>> GetBalancesAsync(CancellationToken cancellationToken)
    {
        var data = await client.SendAsync(BitgetEndpoints.UnifiedAssets, null, null, Json.BitgetEnvelopeUnifiedAssetsPayload, cancellationToken).ConfigureAwait(false);
        return (data?.Assets ?? []).Where(a => a.Coin is not null).Select(a =>
        {
            var available = BitgetNumber.Parse(a.Available);
            var total = BitgetNumber.ParseOptional(a.Balance) ?? available + BitgetNumber.Parse(a.Locked);
            return new Balance(a.Coin!.ToUpperInvariant(), total, available);
        }).ToList();
    }

    public async Task<BitgetOrderAck> PlaceOrderAsync(BitgetNewOrder order, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(ToRequest(order), Json.UnifiedPlaceOrderRequest);
        var data = await client.SendAsync(BitgetEndpoints.UnifiedPlaceOrder, null, body, Json.BitgetEnvelopeOrderAckPayload, cancellationToken).ConfigureAwait(false);
        return BitgetPayloadMapping.Ack(data);
    }

    public async Task<IReadOnlyList<BitgetOrderAck>> PlaceOrdersAsync(string symbol, IReadOnlyList<BitgetNewOrder> orders, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(orders.Select(ToRequest).ToList(), Json.ListUnifiedPlaceOrderRequest);
        var data = await client.SendAsync(BitgetEndpoints.UnifiedBatchPlace, null, body, Json.BitgetEnvelopeListOrderAckPayload, cancellationToken).ConfigureAwait(false);
        return (data ?? []).Select(BitgetPayloadMapping.Ack).ToList();
    }

    public async Task<BitgetOrderAck> CancelOrderAsync(string symbol, string? orderId, string? clientOrderId, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new CancelOrderRequest { Category = Category, OrderId = orderId, ClientOid = orderId is null ? clientOrderId : null }, Json.CancelOrderRequest);
        var data = await client.SendAsync(BitgetEndpoints.UnifiedCancelOrder, null, body, Json.BitgetEnvelopeOrderAckPayload, cancellationToken).ConfigureAwait(false);
        return BitgetPayloadMapping.Ack(data);
    }

    public async Task<IReadOnlyList<BitgetOrderAck>> CancelOrdersAsync(string symbol, IReadOnlyList<string> clientOrderIds, CancellationToken cancellationToken)
    {
        var items = clientOrderIds.Select(id => new CancelOrderRequest { Category = Category, Symbol = symbol, ClientOid = id }).ToList();
        var body = JsonSerializer.Serialize(items, Json.ListCancelOrderRequest);
        var data = await client.SendAsync(BitgetEndpoints.UnifiedBatchCancel, null, body, Json.BitgetEnvelopeListOrderAckPayload, cancellationToken).ConfigureAwait(false);
        return (data ?? []).Select(BitgetPayloadMapping.Ack).ToList();
    }

    public async Task CancelAllAsync(string symbol, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new SymbolRequest { Category = Category, Symbol = symbol }, Json.SymbolRequest);
        await client.SendAsync(BitgetEndpoints.UnifiedCancelSymbol, null, body, Json.BitgetEnvelopeUnifiedListPayloadOrderAckPayload, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BitgetOrderInfo?> GetOrderAsync(string? orderId, string? clientOrderId, CancellationToken cancellationToken)
    {
        var q = new BitgetQuery().Add("orderId", orderId).Add("clientOid", orderId is null ? clientOrderId : null);
        try
        {
            var data = await client.SendAsync(BitgetEndpoints.UnifiedOrderInfo, q, null, Json.BitgetEnvelopeUnifiedOrderPayload, cancellationToken).ConfigureAwait(false);
            return data?.OrderId is null ? null : ToOrder(data);
        }
        catch (BitgetApiException ex) when (ex.Kind == BitgetErrorKind.OrderNotFound)
        {
            return null;
        }
    }

    public Task<IReadOnlyList<BitgetOrderInfo>> GetOpenOrdersAsync(string? symbol, CancellationToken cancellationToken) =>
        OrdersAsync(BitgetEndpoints.UnifiedOpenOrders, symbol, null, cancellationToken);

    public Task<IReadOnlyList<BitgetOrderInfo>> GetOrderHistoryAsync(string symbol, DateTimeOffset since, CancellationToken cancellationToken) =>
        OrdersAsync(BitgetEndpoints.UnifiedOrderHistory, symbol, since, cancellationToken);

    public async Task<IReadOnlyList<BitgetFill>> GetFillsAsync(string symbol, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var result = new List<BitgetFill>();
        string? cursor = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var q = new BitgetQuery().Add("category", Category).Add("startTime", since.ToUnixTimeMilliseconds()).Add("limit", PageLimit).Add("cursor", cursor);
            var data = await client.SendAsync(BitgetEndpoints.UnifiedFills, q, null, Json.BitgetEnvelopeUnifiedListPayloadUnifiedFillPayload, cancellationToken).ConfigureAwait(false);
            foreach (var f in data?.List ?? [])
            {
                if (f.ExecId is null || f.OrderId is null || !string.Equals(f.Symbol, symbol, StringComparison.OrdinalIgnoreCase)) continue;
                var (coin, fee) = BitgetPayloadMapping.Fee(f.FeeDetail, "");
                result.Add(new BitgetFill(f.Symbol!, f.OrderId, string.IsNullOrEmpty(f.ClientOid) ? null : f.ClientOid, f.ExecId, BitgetPayloadMapping.Side(f.Side),
                    BitgetNumber.Parse(f.ExecPrice), BitgetNumber.Parse(f.ExecQty), coin, fee,
                    string.Equals(f.TradeScope, "maker", StringComparison.OrdinalIgnoreCase), BitgetNumber.ParseTime(f.ExecTime ?? f.CreatedTime)));
            }
            cursor = data?.Cursor;
            if (data?.List is null || data.List.Count < PageLimit || string.IsNullOrEmpty(cursor)) break;
        }
        return result;
    }

    private async Task<IReadOnlyList<BitgetOrderInfo>> OrdersAsync(BitgetEndpoint endpoint, string? symbol, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var result = new List<BitgetOrderInfo>();
        string? cursor = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var q = new BitgetQuery().Add("category", Category).Add("symbol", symbol).Add("limit", PageLimit).Add("cursor", cursor);
            if (since is { } s) q.Add("startTime", s.ToUnixTimeMilliseconds());
            var data = await client.SendAsync(endpoint, q, null, Json.BitgetEnvelopeUnifiedListPayloadUnifiedOrderPayload, cancellationToken).ConfigureAwait(false);
            foreach (var o in data?.List ?? []) if (o.OrderId is not null) result.Add(ToOrder(o));
            cursor = data?.Cursor;
            if (data?.List is null || data.List.Count < PageLimit || string.IsNullOrEmpty(cursor)) break;
        }
        return result;
    }

    private static BitgetOrderInfo ToOrder(UnifiedOrderPayload o) => new(
        o.Symbol ?? "", o.OrderId!, string.IsNullOrEmpty(o.ClientOid) ? null : o.ClientOid, BitgetPayloadMapping.Side(o.Side), o.OrderType ?? "limit",
        o.TimeInForce, BitgetNumber.Parse(o.Price), BitgetNumber.ParseOptional(o.Qty) ?? BitgetNumber.Parse(o.Amount), BitgetNumber.Parse(o.CumExecQty),
        BitgetNumber.ParseOptional(o.CumExecValue) ?? BitgetNumber.Parse(o.CumExecQty) * BitgetNumber.Parse(o.AvgPrice), o.OrderStatus ?? "",
        BitgetNumber.ParseTime(o.CreatedTime));

    private static UnifiedPlaceOrderRequest ToRequest(BitgetNewOrder o) => new()
    {
        Symbol = o.Symbol,
        Side = o.SideText,
        OrderType = o.TypeText,
        Qty = BitgetNumber.Format(o.Size),
        Price = o.OrderType == OrderType.Market || o.Price is null ? null : BitgetNumber.Format(o.Price.Value),
        TimeInForce = o.OrderType == OrderType.Market ? null : o.ForceText,
        ClientOid = o.ClientOrderId,
    };
}
