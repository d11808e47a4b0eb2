using System.Collections.Concurrent;
using Hbot.Sdk.Connectors.Bitget.Rest;
using Hbot.Sdk.Connectors.Bitget.Rest.Results;
using Hbot.Sdk.Connectors.Bitget.Sockets;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;
using Hbot.Sdk.Orders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hbot.Sdk.Connectors.Bitget;

/// <summary>
/// Bitget spot trading for both account kinds: classic (V2 API) and Unified Trading Account (V3 API), detected at
/// start from the keys or forced by configuration. Market data and order updates arrive on sockets; REST covers
/// start-up, placement, reconciliation after every reconnect and polling while the private socket is down.
/// </summary>
public sealed class BitgetSpotConnector : IExchangeConnector
{
    /// <summary>The connector name (<c>bitget</c>).</summary>
    public const string ExchangeName = "bitget";

    private readonly BitgetSpotOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly BitgetRestClient _rest;
    private readonly BitgetClassicSpotApi _classic;
    private readonly BitgetUnifiedSpotApi _unified;
    private readonly InFlightOrderTracker _tracker;
    private readonly SymbolMap _symbols = new();
    private readonly ConcurrentDictionary<TradingPair, BitgetInstrument> _instruments = new();
    private readonly ConcurrentDictionary<string, Balance> _balances = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _adoptedAt = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _placing = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, decimal> _executed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _reconcileLock = new(1, 1);
    private readonly List<TradingPair> _pairs = [];
    private IBitgetSpotApi? _api;
    private BitgetPublicStream? _public;
    private BitgetPrivateStream? _private;
    private CancellationTokenSource? _background;
    private Task? _pollLoop;
    private readonly Lock _fillTimeGate = new();
    private DateTimeOffset _lastFillTime;
    private volatile bool _ready;

    /// <summary>Creates a connector; nothing is contacted until <see cref="StartAsync"/>.</summary>
    /// <param name="options">Settings (validated at start).</param>
    /// <param name="events">The bot's event stream.</param>
    /// <param name="time">Clock; the system clock when null.</param>
    /// <param name="loggerFactory">Loggers; none when null.</param>
    /// <param name="httpClient">HTTP client to use (for example from IHttpClientFactory); a private one when null.</param>
    public BitgetSpotConnector(BitgetSpotOptions options, TradingEventStream events, TimeProvider? time = null, ILoggerFactory? loggerFactory = null, HttpClient? httpClient = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        Events = events ?? throw new ArgumentNullException(nameof(events));
        _time = time ?? TimeProvider.System;
        loggerFactory ??= NullLoggerFactory.Instance;
        _logger = loggerFactory.CreateLogger<BitgetSpotConnector>();
        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient();
        _rest = new BitgetRestClient(_http, _options, events, _time, loggerFactory.CreateLogger<BitgetRestClient>());
        _classic = new BitgetClassicSpotApi(_rest);
        _unified = new BitgetUnifiedSpotApi(_rest);
        _tracker = new InFlightOrderTracker(ExchangeName, events, _time, loggerFactory.CreateLogger<InFlightOrderTracker>());
    }

    /// <inheritdoc />
    public string Name => ExchangeName;

    /// <inheritdoc />
    /// <remarks>False while the public socket is down (books are stale then); account state stays current by polling.</remarks>
    public bool IsReady => _ready && (_public?.IsConnected ?? false);

    /// <inheritdoc />
    public TradingEventStream Events { get; }

    /// <summary>The account kind in use, once started.</summary>
    public BitgetAccountKind? AccountKind { get; private set; }

    /// <summary>The typed REST calls of the account's API family, once started.</summary>
    public IBitgetSpotApi Api => _api ?? throw new InvalidOperationException("The Bitget connector is not started.");

    /// <summary>The order tracker that owns the state of the bot's orders.</summary>
    public InFlightOrderTracker Orders => _tracker;

    /// <summary>Whether the private socket is connected (when not, balances and orders are polled over REST).</summary>
    public bool IsPrivateSocketConnected => _private?.IsConnected ?? false;

    /// <inheritdoc />
    public async Task StartAsync(IReadOnlyCollection<TradingPair> pairs, CancellationToken cancellationToken)
    {
        try
        {
            await StartCoreAsync(pairs, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A half-started connector must not leave sockets or the poll loop running.
            await StopBackgroundAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task StartCoreAsync(IReadOnlyCollection<TradingPair> pairs, CancellationToken cancellationToken)
    {
        _options.Validate();
        var credentials = _options.Credentials ?? throw new InvalidOperationException(
            "Bitget credentials are missing: run `connect bitget` (or set BITGET_API_KEY, BITGET_API_SECRET and BITGET_API_PASSPHRASE) first.");
        if (pairs.Count == 0) throw new ArgumentException("At least one trading pair is needed.", nameof(pairs));

        await _rest.SyncClockAsync(cancellationToken).ConfigureAwait(false);
        var forced = _options.AccountKind != BitgetAccountKindSelection.Detect;
        var kind = _options.AccountKind switch
        {
            BitgetAccountKindSelection.Classic => BitgetAccountKind.Classic,
            BitgetAccountKindSelection.Unified => BitgetAccountKind.Unified,
            _ => await BitgetAccountKindProbe.DetectAsync(_unified, cancellationToken).ConfigureAwait(false),
        };
        AccountKind = kind;
        _api = kind == BitgetAccountKind.Unified ? _unified : _classic;
        _logger.LogInformation("Bitget account kind {Kind} ({How}) for key {Key}{Demo}", kind.ToLabel(), forced ? "configured" : "detected",
            credentials.MaskedApiKey, _options.DemoTrading ? ", demo trading" : "");
        Events.Publish(new AccountKindDetectedEvent(_time.GetUtcNow(), ExchangeName, kind.ToLabel(), forced));

        await LoadInstrumentsAsync(_api, pairs, cancellationToken).ConfigureAwait(false);
        await RefreshBalancesAsync(cancellationToken).ConfigureAwait(false);
        lock (_fillTimeGate) _lastFillTime = _time.GetUtcNow() - _options.FillLookback;

        var connectTimeout = _options.RequestTimeout * 3;
        _public = new BitgetPublicStream(kind, _options, Events, _time, _logger);
        await _public.StartAsync(_pairs.Select(p => (p, _symbols.ToSymbol(p))).ToList(), cancellationToken)
            .WaitAsync(connectTimeout, _time, cancellationToken).ConfigureAwait(false);

        _private = new BitgetPrivateStream(kind, _options, credentials, () => _rest.ClockOffsetMilliseconds, Events, _time, _logger);
        _private.OrdersReceived += OnOrders;
        _private.FillsReceived += fills => { foreach (var f in fills) ApplyFill(f, fromRest: false); };
        _private.BalancesReceived += SetBalances;
        _private.Connection.Connected += reconnect => reconnect ? ReconcileSafelyAsync("reconnect") : Task.CompletedTask;
        await _private.StartAsync(cancellationToken).WaitAsync(connectTimeout, _time, cancellationToken).ConfigureAwait(false);

        await ReconcileAsync("start", cancellationToken).ConfigureAwait(false);
        _background = new CancellationTokenSource();
        _pollLoop = Task.Run(() => PollLoopAsync(_background.Token), CancellationToken.None);
        _ready = true;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _ready = false;
        if (_api is not null)
        {
            try
            {
                await CancelAllAsync(null, cancellationToken).ConfigureAwait(false);
            }
            catch (BitgetApiException ex)
            {
                _logger.LogError("Bitget stop: cancelling the bot's orders failed ({Code}); checking each order", ex.Code);
            }
            try
            {
                var started = _time.GetTimestamp();
                while (_tracker.ActiveOrders.Count > 0 && _time.GetElapsedTime(started) < _options.StopTimeout)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(250, _options.PollInterval.TotalMilliseconds)), _time, cancellationToken).ConfigureAwait(false);
                    foreach (var order in _tracker.ActiveOrders)
                    {
                        if (order.State != OrderState.PendingCancel && order.ExchangeOrderId is not null)
                        {
                            try { await CancelOrderAsync(order.ClientOrderId, cancellationToken).ConfigureAwait(false); }
                            catch (BitgetApiException ex) { _logger.LogWarning("Bitget stop: cancel of {ClientOrderId} failed ({Code})", order.ClientOrderId, ex.Code); }
                        }
                        await RefreshOrderAsync(order, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                _logger.LogWarning("Bitget stop: waiting for cancel confirmations was cut short");
            }
            var left = _tracker.ActiveOrders;
            if (left.Count > 0)
                _logger.LogWarning("Bitget stop: {Count} orders still unconfirmed: {Orders}", left.Count, string.Join(", ", left.Select(o => o.ClientOrderId)));
        }
        await StopBackgroundAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public TradingRules GetTradingRules(TradingPair pair) =>
        _instruments.TryGetValue(pair, out var i) ? i.Rules : throw new InvalidOperationException($"No Bitget trading rules for {pair}: the pair was not started.");

    /// <inheritdoc />
    public Balance GetBalance(string asset) => _balances.TryGetValue(asset, out var b) ? b : new Balance(asset.ToUpperInvariant(), 0m, 0m);

    /// <inheritdoc />
    public IReadOnlyList<Balance> GetBalances() => _balances.Values.Where(b => b.Total != 0).OrderBy(b => b.Asset, StringComparer.Ordinal).ToArray();

    /// <inheritdoc />
    public OrderBook GetOrderBook(TradingPair pair) =>
        (_public ?? throw new InvalidOperationException("The Bitget connector is not started.")).GetOrderBook(_symbols.ToSymbol(pair));

    /// <inheritdoc />
    public IReadOnlyList<InFlightOrder> GetOpenOrders(TradingPair? pair = null) =>
        _tracker.ActiveOrders.Where(o => pair is null || o.Pair == pair).ToArray();

    /// <inheritdoc />
    public async Task<InFlightOrder> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var api = Api;
        if (_tracker.TryGetOrder(request.ClientOrderId, out var known)) return known;
        var instrument = _instruments.TryGetValue(request.Pair, out var i) ? i : throw new InvalidOperationException($"{request.Pair} was not started on Bitget.");
        var reference = request.Price ?? ReferencePrice(request.Pair, request.Side);
        var check = reference is { } r ? instrument.Rules.Check(request.Side, r, request.Amount) : new OrderCheck(0, request.Amount, "no reference price for the market order");
        var tracked = request with
        {
            Amount = check.IsAccepted ? check.Amount : request.Amount,
            Price = request.OrderType == OrderType.Market ? request.Price : check.IsAccepted ? check.Price : request.Price,
        };
        var order = _tracker.StartTracking(tracked);
        if (!check.IsAccepted)
        {
            _tracker.ProcessFailed(request.ClientOrderId, "trading_rules", check.RefusalReason!);
            return order;
        }
        var size = check.Amount;
        if (request.OrderType == OrderType.Market && request.Side == TradeSide.Buy)
        {
            // Bitget sizes market buys in quote: spend the base amount at the reference price, rounded down to the quote step.
            var quote = check.Amount * reference!.Value;
            size = instrument.QuoteStep > 0 ? decimal.Floor(quote / instrument.QuoteStep) * instrument.QuoteStep : quote;
        }
        var newOrder = new BitgetNewOrder(instrument.Symbol, request.Side, request.OrderType, size,
            request.OrderType == OrderType.Market ? null : check.Price, request.ClientOrderId, request.TimeInForce);
        if (!_placing.TryAdd(request.ClientOrderId, 0)) return order;
        try
        {
            await PlaceVerifiedAsync(api, newOrder, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _placing.TryRemove(request.ClientOrderId, out _);
        }
        return order;
    }

    /// <inheritdoc />
    public async Task CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        var api = Api;
        if (!_tracker.TryGetOrder(clientOrderId, out var order)) throw new InvalidOperationException($"Order {clientOrderId} is not tracked by the Bitget connector.");
        if (order.State.IsTerminal()) return;
        _tracker.ProcessCancelRequested(clientOrderId);
        try
        {
            await api.CancelOrderAsync(_symbols.ToSymbol(order.Pair), order.ExchangeOrderId, clientOrderId, cancellationToken).ConfigureAwait(false);
        }
        catch (BitgetApiException ex) when (ex.Kind == BitgetErrorKind.OrderNotFound)
        {
            await RefreshOrderAsync(order, cancellationToken).ConfigureAwait(false);
        }
        catch (BitgetApiException)
        {
            _tracker.ProcessCancelRejected(clientOrderId);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<int> CancelAllAsync(TradingPair? pair, CancellationToken cancellationToken)
    {
        var api = Api;
        var cancelled = 0;
        var orders = _tracker.ActiveOrders.Where(o => (pair is null || o.Pair == pair) && (o.State != OrderState.PendingCreate || o.ExchangeOrderId is not null));
        foreach (var group in orders.GroupBy(o => o.Pair))
        {
            var symbol = _symbols.ToSymbol(group.Key);
            foreach (var chunk in group.Chunk(50))
            {
                foreach (var o in chunk) _tracker.ProcessCancelRequested(o.ClientOrderId);
                var acks = await api.CancelOrdersAsync(symbol, chunk.Select(o => o.ClientOrderId).ToArray(), cancellationToken).ConfigureAwait(false);
                foreach (var ack in acks)
                {
                    if (ack.Succeeded) { cancelled++; continue; }
                    var o = chunk.FirstOrDefault(c => c.ClientOrderId == ack.ClientOrderId || (ack.OrderId is not null && c.ExchangeOrderId == ack.OrderId));
                    if (o is null) continue;
                    if (BitgetErrorCodes.Classify(ack.ErrorCode) == BitgetErrorKind.OrderNotFound) await RefreshOrderAsync(o, cancellationToken).ConfigureAwait(false);
                    else _tracker.ProcessCancelRejected(o.ClientOrderId);
                }
            }
        }
        return cancelled;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopBackgroundAsync().ConfigureAwait(false);
        _rest.Dispose();
        if (_ownsHttp) _http.Dispose();
        _reconcileLock.Dispose();
    }

    /// <summary>Reconciles open orders and recent fills with the exchange now (also done after every reconnect).</summary>
    /// <param name="trigger">Why: <c>start</c>, <c>reconnect</c>, <c>poll</c>.</param>
    /// <param name="cancellationToken">Cancels the REST calls.</param>
    public async Task ReconcileAsync(string trigger, CancellationToken cancellationToken)
    {
        var api = Api;
        await _reconcileLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var unknown = 0;
            var recovered = 0;
            var deferred = new List<BitgetOrderInfo>();
            foreach (var pair in _pairs)
            {
                var symbol = _symbols.ToSymbol(pair);
                var open = await api.GetOpenOrdersAsync(symbol, cancellationToken).ConfigureAwait(false);
                var openIds = new HashSet<string>(open.Select(o => o.OrderId), StringComparer.Ordinal);
                foreach (var info in open)
                {
                    if (IsTracked(info)) { ApplyInfo(info); continue; }
                    if (_options.AdoptOwnOrdersOnStart && trigger == "start" && info.ClientOrderId is { } cid && cid.StartsWith(_options.ClientOrderIdPrefix, StringComparison.Ordinal))
                    {
                        Adopt(pair, info);
                        continue;
                    }
                    unknown++;
                    _logger.LogWarning("Bitget open order {OrderId} ({ClientOrderId}) on {Symbol} is not the bot's{Action}", info.OrderId, info.ClientOrderId, symbol,
                        _options.CancelUnknownOrdersOnStart && trigger == "start" ? "; cancelling it" : "");
                    if (_options.CancelUnknownOrdersOnStart && trigger == "start")
                        await api.CancelOrderAsync(symbol, info.OrderId, null, cancellationToken).ConfigureAwait(false);
                }
                foreach (var order in _tracker.ActiveOrders.Where(o => o.Pair == pair && !_placing.ContainsKey(o.ClientOrderId)))
                {
                    if (order.ExchangeOrderId is { } id && openIds.Contains(id)) continue;
                    var info = await api.GetOrderAsync(order.ExchangeOrderId, order.ClientOrderId, cancellationToken).ConfigureAwait(false);
                    if (info is null) { _tracker.ProcessNotFound(order.ClientOrderId); continue; }
                    // Terminal states wait until the fills are in, so a cancelled order's partial fills land first.
                    if (info.State is OrderState.Cancelled or OrderState.Failed) { _tracker.ProcessCreated(order.ClientOrderId, info.OrderId); deferred.Add(info); }
                    else ApplyInfo(info);
                }
                DateTimeOffset since;
                lock (_fillTimeGate) since = _lastFillTime - TimeSpan.FromMinutes(1);
                var fills = await api.GetFillsAsync(symbol, since, cancellationToken).ConfigureAwait(false);
                foreach (var fill in fills.OrderBy(f => f.Timestamp)) if (ApplyFill(fill, fromRest: true)) recovered++;
            }
            foreach (var info in deferred) ApplyInfo(info);
            if (unknown > 0 || recovered > 0 || trigger != "poll")
            {
                _logger.LogInformation("Bitget reconciliation ({Trigger}): {Unknown} unknown open orders, {Recovered} fills recovered", trigger, unknown, recovered);
                Events.Publish(new ReconciliationEvent(_time.GetUtcNow(), ExchangeName, trigger, unknown, recovered));
            }
        }
        finally
        {
            _reconcileLock.Release();
        }
    }

    private async Task PlaceVerifiedAsync(IBitgetSpotApi api, BitgetNewOrder order, CancellationToken cancellationToken)
    {
        var cid = order.ClientOrderId;
        for (var attempt = 1; attempt <= _options.PlaceOrderAttempts; attempt++)
        {
            try
            {
                var ack = await api.PlaceOrderAsync(order, cancellationToken).ConfigureAwait(false);
                _tracker.ProcessCreated(cid, ack.OrderId);
                return;
            }
            catch (BitgetApiException ex) when (ex.Kind == BitgetErrorKind.DuplicateClientOrderId)
            {
                // An earlier attempt got through: adopt that order instead of failing.
                var existing = await api.GetOrderAsync(null, cid, cancellationToken).ConfigureAwait(false);
                if (existing is not null) { ApplyInfo(existing); return; }
                _tracker.ProcessFailed(cid, BitgetErrorCodes.ToReason(ex.Kind), ex.Message);
                return;
            }
            catch (BitgetApiException ex) when (ex.IsTransient)
            {
                _logger.LogWarning("Bitget placement of {ClientOrderId} failed ({Code}, {Kind}); checking whether it exists before any retry", cid, ex.Code, ex.Kind);
                await Task.Delay(_rest.Backoff(attempt), _time, cancellationToken).ConfigureAwait(false);
                BitgetOrderInfo? existing;
                try
                {
                    existing = await api.GetOrderAsync(null, cid, cancellationToken).ConfigureAwait(false);
                }
                catch (BitgetApiException check)
                {
                    // Unknown whether it exists: re-sending could double it, so leave it pending for reconciliation.
                    _logger.LogWarning("Bitget could not check {ClientOrderId} ({Code}); reconciliation will settle it", cid, check.Code);
                    return;
                }
                if (existing is not null) { ApplyInfo(existing); return; }
            }
            catch (BitgetApiException ex)
            {
                _tracker.ProcessFailed(cid, BitgetErrorCodes.ToReason(ex.Kind), ex.Message);
                return;
            }
        }
        _logger.LogError("Bitget placement of {ClientOrderId} did not get through after {Attempts} attempts; reconciliation will settle it", cid, _options.PlaceOrderAttempts);
    }

    private decimal? ReferencePrice(TradingPair pair, TradeSide side)
    {
        var book = _public?.GetOrderBook(_symbols.ToSymbol(pair));
        if (book is { IsStale: false })
        {
            var touch = side == TradeSide.Buy ? book.BestAsk : book.BestBid;
            if (touch is not null) return touch;
        }
        return _public?.GetTicker(_symbols.ToSymbol(pair))?.LastPrice is > 0 and var last ? last : null;
    }

    private async Task LoadInstrumentsAsync(IBitgetSpotApi api, IReadOnlyCollection<TradingPair> pairs, CancellationToken cancellationToken)
    {
        var instruments = await api.GetInstrumentsAsync(null, cancellationToken).ConfigureAwait(false);
        foreach (var i in instruments)
        {
            _symbols.Add(i.Pair, i.Symbol);
            _instruments[i.Pair] = i;
        }
        foreach (var pair in pairs)
        {
            if (!_instruments.TryGetValue(pair, out var i)) throw new InvalidOperationException($"Bitget does not list the spot pair {pair}.");
            if (!i.IsTradable) _logger.LogWarning("Bitget {Symbol} has status {Status}; orders may be refused", i.Symbol, i.Status);
            if (!_pairs.Contains(pair)) _pairs.Add(pair);
        }
    }

    private async Task RefreshBalancesAsync(CancellationToken cancellationToken) =>
        SetBalances(await Api.GetBalancesAsync(cancellationToken).ConfigureAwait(false));

    private void SetBalances(IReadOnlyList<Balance> balances)
    {
        foreach (var b in balances)
        {
            if (_balances.TryGetValue(b.Asset, out var old) && old == b) continue;
            _balances[b.Asset] = b;
            Events.Publish(new BalanceChangedEvent(_time.GetUtcNow(), ExchangeName, b));
        }
    }

    private void OnOrders(ReadOnlySpan<BitgetOrderPush> pushes)
    {
        foreach (ref readonly var push in pushes)
        {
            if (push.TradeId is not null && push.FillSize > 0 && push.OrderId is not null && push.Symbol is not null)
            {
                ApplyFill(new BitgetFill(push.Symbol, push.OrderId, push.ClientOrderId, push.TradeId, push.Side, push.FillPrice, push.FillSize,
                    push.FillFeeCoin ?? "", push.FillFee, push.IsMaker, push.Timestamp > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(push.Timestamp) : _time.GetUtcNow()), fromRest: false);
            }
            if (push.State is { } state)
            {
                _tracker.ProcessStatus(new OrderStatusUpdate(push.ClientOrderId, push.OrderId, state));
                if (state == OrderState.Filled) NoteFullyExecuted(push.ClientOrderId, push.OrderId, push.FilledSize);
            }
            else if (push.UnknownStatus is not null)
            {
                _logger.LogWarning("Bitget order {OrderId} ({ClientOrderId}) reported unknown status '{Status}'; its state is kept", push.OrderId, push.ClientOrderId, push.UnknownStatus);
            }
        }
    }

    // A filled order whose fills add up to less than the ordered amount (a market buy sized in quote) completes once
    // every fill the exchange reported has arrived; until then the reported amount is remembered.
    private void NoteFullyExecuted(string? clientOrderId, string? orderId, decimal executed)
    {
        if (executed <= 0) return;
        InFlightOrder? order = null;
        if (clientOrderId is not null) _tracker.TryGetOrder(clientOrderId, out order);
        if (order is null && orderId is not null) _tracker.TryGetByExchangeOrderId(orderId, out order);
        if (order is null || order.State.IsTerminal()) return;
        if (!_tracker.ProcessFullyExecuted(order.ClientOrderId, executed)) _executed[order.ClientOrderId] = executed;
    }

    private bool ApplyFill(BitgetFill fill, bool fromRest)
    {
        if (!_symbols.TryGetPair(fill.Symbol, out var pair)) return false;
        InFlightOrder? order = null;
        if (fill.ClientOrderId is { } c) _tracker.TryGetOrder(c, out order);
        if (order is null) _tracker.TryGetByExchangeOrderId(fill.OrderId, out order);
        if (order is null) return false;
        // Adopted orders already carry the executions made before adoption.
        if (fromRest && _adoptedAt.TryGetValue(order.ClientOrderId, out var adopted) && fill.Timestamp <= adopted) return false;
        var feeAsset = fill.FeeAsset.Length > 0 ? fill.FeeAsset.ToUpperInvariant() : fill.Side == TradeSide.Buy ? pair.Value.Base : pair.Value.Quote;
        var applied = _tracker.ProcessFill(new TradeFill(order.ClientOrderId, fill.OrderId, fill.TradeId, pair.Value, fill.Side, fill.Price, fill.Size,
            feeAsset, fill.Fee, fill.IsMaker, fill.Timestamp));
        if (applied && _executed.TryGetValue(order.ClientOrderId, out var executed) && _tracker.ProcessFullyExecuted(order.ClientOrderId, executed))
            _executed.TryRemove(order.ClientOrderId, out _);
        if (applied)
        {
            lock (_fillTimeGate)
            {
                if (fill.Timestamp > _lastFillTime) _lastFillTime = fill.Timestamp;
            }
        }
        return applied;
    }

    private bool IsTracked(BitgetOrderInfo info) =>
        (info.ClientOrderId is { } c && _tracker.TryGetOrder(c, out _)) || _tracker.TryGetByExchangeOrderId(info.OrderId, out _);

    private void ApplyInfo(BitgetOrderInfo info)
    {
        if (info.State is { } state)
        {
            _tracker.ProcessStatus(new OrderStatusUpdate(info.ClientOrderId, info.OrderId, state));
            if (state == OrderState.Filled) NoteFullyExecuted(info.ClientOrderId, info.OrderId, info.FilledSize);
        }
        else _logger.LogWarning("Bitget order {OrderId} reported unknown status '{Status}'; its state is kept", info.OrderId, info.Status);
    }

    private void Adopt(TradingPair pair, BitgetOrderInfo info)
    {
        var type = info.OrderType == "market" ? OrderType.Market : info.TimeInForce == "post_only" ? OrderType.LimitMaker : OrderType.Limit;
        var request = new OrderRequest(info.ClientOrderId!, pair, info.Side, type, info.Size, info.Price > 0 ? info.Price : null);
        var state = info.State ?? OrderState.Open;
        _tracker.Adopt(request, info.OrderId, state == OrderState.PendingCreate ? OrderState.Open : state, info.FilledSize, info.CreatedAt);
        _adoptedAt[info.ClientOrderId!] = _time.GetUtcNow();
        _logger.LogInformation("Bitget open order {ClientOrderId} ({OrderId}) from an earlier run adopted", info.ClientOrderId, info.OrderId);
    }

    private async Task RefreshOrderAsync(InFlightOrder order, CancellationToken cancellationToken)
    {
        try
        {
            var info = await Api.GetOrderAsync(order.ExchangeOrderId, order.ClientOrderId, cancellationToken).ConfigureAwait(false);
            if (info is null) _tracker.ProcessNotFound(order.ClientOrderId);
            else ApplyInfo(info);
        }
        catch (BitgetApiException ex)
        {
            _logger.LogWarning("Bitget status check of {ClientOrderId} failed: {Error}", order.ClientOrderId, ex.Message);
        }
    }

    private async Task ReconcileSafelyAsync(string trigger)
    {
        try
        {
            await ReconcileAsync(trigger, _background?.Token ?? CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is BitgetApiException or OperationCanceledException or InvalidOperationException)
        {
            _logger.LogWarning("Bitget reconciliation ({Trigger}) failed: {Error}", trigger, ex.Message);
        }
    }

    private async Task PollLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.PollInterval, _time, cancellationToken).ConfigureAwait(false);
                _tracker.PruneFinished();
                if (_private is { IsConnected: true }) continue;
                await RefreshBalancesAsync(cancellationToken).ConfigureAwait(false);
                await ReconcileAsync("poll", cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is BitgetApiException or InvalidOperationException)
            {
                _logger.LogWarning("Bitget polling failed: {Error}", ex.Message);
            }
        }
    }

    private async Task StopBackgroundAsync()
    {
        if (_background is not null)
        {
            await _background.CancelAsync().ConfigureAwait(false);
            if (_pollLoop is not null) await _pollLoop.ConfigureAwait(false);
            _background.Dispose();
            _background = null;
            _pollLoop = null;
        }
        if (_private is not null) { await _private.DisposeAsync().ConfigureAwait(false); _private = null; }
        if (_public is not null) { await _public.DisposeAsync().ConfigureAwait(false); _public = null; }
    }
}
