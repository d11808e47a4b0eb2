namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>The endpoints the connector uses, V2 (classic) and V3 (unified).</summary>
public static class BitgetEndpoints
{
    /// <summary><c>GET /api/v2/public/time</c>.</summary>
    public static readonly BitgetEndpoint ServerTime = new("GET", "/api/v2/public/time", false, 20);
    /// <summary><c>GET /api/v2/spot/public/symbols</c>.</summary>
    public static readonly BitgetEndpoint ClassicSymbols = new("GET", "/api/v2/spot/public/symbols", false, 20);
    /// <summary><c>GET /api/v2/spot/market/tickers</c>.</summary>
    public static readonly BitgetEndpoint ClassicTickers = new("GET", "/api/v2/spot/market/tickers", false, 20);
    /// <summary><c>GET /api/v2/spot/market/orderbook</c>.</summary>
    public static readonly BitgetEndpoint ClassicOrderBook = new("GET", "/api/v2/spot/market/orderbook", false, 20);
    /// <summary><c>GET /api/v2/spot/market/candles</c>.</summary>
    public static readonly BitgetEndpoint ClassicCandles = new("GET", "/api/v2/spot/market/candles", false, 20);
    /// <summary><c>GET /api/v2/spot/account/assets</c>.</summary>
    public static readonly BitgetEndpoint ClassicAssets = new("GET", "/api/v2/spot/account/assets", true, 10);
    /// <summary><c>POST /api/v2/spot/trade/place-order</c>.</summary>
    public static readonly BitgetEndpoint ClassicPlaceOrder = new("POST", "/api/v2/spot/trade/place-order", true, 10, Repeatable: false);
    /// <summary><c>POST /api/v2/spot/trade/batch-orders</c>.</summary>
    public static readonly BitgetEndpoint ClassicBatchPlace = new("POST", "/api/v2/spot/trade/batch-orders", true, 5, Repeatable: false);
    /// <summary><c>POST /api/v2/spot/trade/cancel-order</c>.</summary>
    public static readonly BitgetEndpoint ClassicCancelOrder = new("POST", "/api/v2/spot/trade/cancel-order", true, 10);
    /// <summary><c>POST /api/v2/spot/trade/batch-cancel-order</c>.</summary>
    public static readonly BitgetEndpoint ClassicBatchCancel = new("POST", "/api/v2/spot/trade/batch-cancel-order", true, 5);
    /// <summary><c>POST /api/v2/spot/trade/cancel-symbol-order</c>.</summary>
    public static readonly BitgetEndpoint ClassicCancelSymbol = new("POST", "/api/v2/spot/trade/cancel-symbol-order", true, 5);
    /// <summary><c>GET /api/v2/spot/trade/orderInfo</c>.</summary>
    public static readonly BitgetEndpoint ClassicOrderInfo = new("GET", "/api/v2/spot/trade/orderInfo", true, 20);
    /// <summary><c>GET /api/v2/spot/trade/unfilled-orders</c>.</summary>
    public static readonly BitgetEndpoint ClassicOpenOrders = new("GET", "/api/v2/spot/trade/unfilled-orders", true, 20);
    /// <summary><c>GET /api/v2/spot/trade/history-orders</c>.</summary>
    public static readonly BitgetEndpoint ClassicOrderHistory = new("GET", "/api/v2/spot/trade/history-orders", true, 20);
    /// <summary><c>GET /api/v2/spot/trade/fills</c>.</summary>
    public static readonly BitgetEndpoint ClassicFills = new("GET", "/api/v2/spot/trade/fills", true, 10);
    /// <summary><c>GET /api/v3/account/settings</c>.</summary>
    public static readonly BitgetEndpoint UnifiedSettings = new("GET", "/api/v3/account/settings", true, 20);
    /// <summary><c>GET /api/v3/market/instruments</c>.</summary>
    public static readonly BitgetEndpoint UnifiedInstruments = new("GET", "/api/v3/market/instruments", false, 20);
    /// <summary><c>GET /api/v3/market/tickers</c>.</summary>
    public static readonly BitgetEndpoint UnifiedTickers = new("GET", "/api/v3/market/tickers", false, 20);
    /// <summary><c>GET /api/v3/market/orderbook</c>.</summary>
    public static readonly BitgetEndpoint UnifiedOrderBook = new("GET", "/api/v3/market/orderbook", false, 20);
    /// <summary><c>GET /api/v3/market/candles</c>.</summary>
    public static readonly BitgetEndpoint UnifiedCandles = new("GET", "/api/v3/market/candles", false, 20);
    /// <summary><c>GET /api/v3/account/assets</c>.</summary>
    public static readonly BitgetEndpoint UnifiedAssets = new("GET", "/api/v3/account/assets", true, 20);
    /// <summary><c>POST /api/v3/trade/place-order</c>.</summary>
    public static readonly BitgetEndpoint UnifiedPlaceOrder = new("POST", "/api/v3/trade/place-order", true, 10, Repeatable: false);
    /// <summary><c>POST /api/v3/trade/place-batch</c>.</summary>
    public static readonly BitgetEndpoint UnifiedBatchPlace = new("POST", "/api/v3/trade/place-batch", true, 5, Repeatable: false);
    /// <summary><c>POST /api/v3/trade/cancel-order</c>.</summary>
    public static readonly BitgetEndpoint UnifiedCancelOrder = new("POST", "/api/v3/trade/cancel-order", true, 10);
    /// <summary><c>POST /api/v3/trade/cancel-batch</c>.</summary>
    public static readonly BitgetEndpoint UnifiedBatchCancel = new("POST", "/api/v3/trade/cancel-batch", true, 5);
    /// <summary><c>POST /api/v3/trade/cancel-symbol-order</c>.</summary>
    public static readonly BitgetEndpoint UnifiedCancelSymbol = new("POST", "/api/v3/trade/cancel-symbol-order", true, 5);
    /// <summary><c>GET /api/v3/trade/order-info</c>.</summary>
    public static readonly BitgetEndpoint UnifiedOrderInfo = new("GET", "/api/v3/trade/order-info", true, 20);
    /// <summary><c>GET /api/v3/trade/unfilled-orders</c>.</summary>
    public static readonly BitgetEndpoint UnifiedOpenOrders = new("GET", "/api/v3/trade/unfilled-orders", true, 20);
    /// <summary><c>GET /api/v3/trade/history-orders</c>.</summary>
    public static readonly BitgetEndpoint UnifiedOrderHistory = new("GET", "/api/v3/trade/history-orders", true, 20);
    /// <summary><c>GET /api/v3/trade/fills</c>.</summary>
    public static readonly BitgetEndpoint UnifiedFills = new("GET", "/api/v3/trade/fills", true, 20);
}
