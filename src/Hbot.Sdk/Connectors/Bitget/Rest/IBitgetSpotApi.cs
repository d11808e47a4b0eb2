using Hbot.Sdk.Connectors.Bitget.Rest.Results;
using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>
/// Typed Bitget spot REST calls, the same for both account kinds: the classic implementation calls the V2 spot paths,
/// the unified one the V3 paths with <c>category=SPOT</c> and its renamed fields. Failures throw <see cref="BitgetApiException"/>.
/// </summary>
public interface IBitgetSpotApi
{
    /// <summary>The account kind (API family) this client speaks.</summary>
    BitgetAccountKind AccountKind { get; }

    /// <summary>Exchange server time (also refreshes the clock offset used for signing).</summary>
    Task<DateTimeOffset> GetServerTimeAsync(CancellationToken cancellationToken);

    /// <summary>Spot symbols with trading rules; all when <paramref name="symbol"/> is null.</summary>
    Task<IReadOnlyList<BitgetInstrument>> GetInstrumentsAsync(string? symbol, CancellationToken cancellationToken);

    /// <summary>Tickers; all when <paramref name="symbol"/> is null.</summary>
    Task<IReadOnlyList<BitgetTicker>> GetTickersAsync(string? symbol, CancellationToken cancellationToken);

    /// <summary>An order book snapshot with up to <paramref name="limit"/> levels per side.</summary>
    Task<BitgetBookSnapshot> GetOrderBookAsync(string symbol, int limit, CancellationToken cancellationToken);

    /// <summary>Recent candles, oldest first.</summary>
    Task<IReadOnlyList<BitgetCandle>> GetCandlesAsync(string symbol, BitgetCandleInterval interval, int limit, CancellationToken cancellationToken);

    /// <summary>Spot balances (non-zero).</summary>
    Task<IReadOnlyList<Balance>> GetBalancesAsync(CancellationToken cancellationToken);

    /// <summary>Places one order. Not retried here: a lost answer must be checked by client order id first.</summary>
    Task<BitgetOrderAck> PlaceOrderAsync(BitgetNewOrder order, CancellationToken cancellationToken);

    /// <summary>Places several orders of one symbol; each item reports its own success.</summary>
    Task<IReadOnlyList<BitgetOrderAck>> PlaceOrdersAsync(string symbol, IReadOnlyList<BitgetNewOrder> orders, CancellationToken cancellationToken);

    /// <summary>Cancels one order by exchange id or client id.</summary>
    Task<BitgetOrderAck> CancelOrderAsync(string symbol, string? orderId, string? clientOrderId, CancellationToken cancellationToken);

    /// <summary>Cancels several orders of one symbol by client id; each item reports its own success.</summary>
    Task<IReadOnlyList<BitgetOrderAck>> CancelOrdersAsync(string symbol, IReadOnlyList<string> clientOrderIds, CancellationToken cancellationToken);

    /// <summary>Cancels every open order of a symbol (asynchronous on the exchange: confirm through order status).</summary>
    Task CancelAllAsync(string symbol, CancellationToken cancellationToken);

    /// <summary>One order by exchange id or client id; null when the exchange does not know it.</summary>
    Task<BitgetOrderInfo?> GetOrderAsync(string? orderId, string? clientOrderId, CancellationToken cancellationToken);

    /// <summary>Open orders, of one symbol or all.</summary>
    Task<IReadOnlyList<BitgetOrderInfo>> GetOpenOrdersAsync(string? symbol, CancellationToken cancellationToken);

    /// <summary>Finished orders of a symbol since a time, newest first.</summary>
    Task<IReadOnlyList<BitgetOrderInfo>> GetOrderHistoryAsync(string symbol, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Own fills of a symbol since a time, newest first.</summary>
    Task<IReadOnlyList<BitgetFill>> GetFillsAsync(string symbol, DateTimeOffset since, CancellationToken cancellationToken);
}
