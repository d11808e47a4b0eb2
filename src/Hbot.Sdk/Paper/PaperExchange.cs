using System.Collections.Concurrent;
using Hbot.Sdk.Connectors;
using Hbot.Sdk.Events;
using Hbot.Sdk.MarketData;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;
using Hbot.Sdk.Orders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hbot.Sdk.Paper;

/// <summary>
/// A simulated exchange (named <c>paper</c>) that fills the bot's orders against any <see cref="IMarketDataSource"/>:
/// the built-in simulated market or a real exchange's public feed. Market orders and limit orders that cross on
/// arrival take liquidity at the book's prices (taker fee); resting limit orders are filled by the configured
/// <see cref="IFillModel"/> from trade prints and book changes (maker fee). Balances are reserved by open orders and
/// never go negative. Order state lives in an <see cref="InFlightOrderTracker"/>; order, balance, book and trade
/// events are published on <see cref="Events"/>, always after the state they describe is visible and in the order
/// they happened. Thread-safe: the market source calls in on its own thread while the strategy places orders.
/// The exchange owns the market source: disposing it disposes the source.
/// </summary>
public sealed class PaperExchange : IExchangeConnector
{
    /// <summary>The connector name, <c>paper</c>.</summary>
    public const string ExchangeName = "paper";

    private static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(1);

    private readonly IMarketDataSource _market;
    private readonly PaperExchangeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IFillModel _fillModel;
    private readonly InFlightOrderTracker _tracker;
    // Everything below is guarded by _gate. Events raised while it is held wait in _outbox and are published by
    // Flush once it is released, under _publishGate so that they leave in the order they were produced.
    private readonly Lock _gate = new();
    private readonly Lock _publishGate = new();
    private readonly ConcurrentQueue<TradingEvent> _outbox = new();
    private readonly Dictionary<string, Holding> _holdings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WorkingOrder> _working = new(StringComparer.Ordinal);
    private readonly List<WorkingOrder> _resting = [];
    private readonly HashSet<TradingPair> _pairs = [];
    private readonly Random _random;
    private long _orderSequence;
    private long _tradeSequence;
    private bool _started;
    private bool _balancesLoaded;
    private DateTimeOffset _lastPrune;

    /// <summary>Creates a stopped paper exchange; the options are validated here.</summary>
    /// <param name="market">The market data the orders fill against (owned from now on).</param>
    /// <param name="events">The bot's event stream.</param>
    /// <param name="time">Clock for timestamps and latency.</param>
    /// <param name="options">Balances, fees, fill model, latency and seed.</param>
    /// <param name="logger">Logger.</param>
    /// <param name="fillModel">A custom fill model; null uses <see cref="PaperExchangeOptions.FillModel"/>.</param>
    /// <exception cref="ArgumentException">An option is invalid (the message names it).</exception>
    public PaperExchange(
        IMarketDataSource market,
        TradingEventStream events,
        TimeProvider time,
        PaperExchangeOptions options,
        ILogger<PaperExchange>? logger = null,
        IFillModel? fillModel = null)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _market = market;
        Events = events;
        _time = time;
        _options = options;
        _logger = logger ?? NullLogger<PaperExchange>.Instance;
        _fillModel = fillModel ?? options.CreateFillModel();
        _random = new Random(options.Seed);
        var trackerEvents = new TradingEventStream();
        trackerEvents.Subscribe(_outbox.Enqueue);
        _tracker = new InFlightOrderTracker(ExchangeName, trackerEvents, time, _logger);
    }

    /// <inheritdoc />
    public string Name => ExchangeName;

    /// <inheritdoc />
    public bool IsReady { get { lock (_gate) return _started && _market.IsConnected; } }

    /// <inheritdoc />
    public TradingEventStream Events { get; }

    /// <summary>The market data source orders fill against.</summary>
    public IMarketDataSource Market => _market;

    /// <summary>
    /// Starts the market source for the pairs and loads the initial balances (on the first start only; a restart
    /// keeps the balances it had).
    /// </summary>
    public async Task StartAsync(IReadOnlyCollection<TradingPair> pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0) throw new ArgumentException("Start the paper exchange with at least one trading pair.", nameof(pairs));
        await _market.StartAsync(pairs, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var pair in pairs) _pairs.Add(pair);
            if (!_started)
            {
                _market.TradeReceived += OnTrade;
                _market.OrderBookUpdated += OnBookUpdated;
                _started = true;
            }
            if (!_balancesLoaded)
            {
                foreach (var (asset, amount) in _options.InitialBalances.OrderBy(b => b.Key, StringComparer.Ordinal))
                {
                    if (amount <= 0) continue;
                    Hold(asset).Total += amount;
                    PublishBalance(asset);
                }
                _balancesLoaded = true;
            }
            _lastPrune = _time.GetUtcNow();
        }
        Flush();
        _logger.LogInformation("Paper exchange started on {Source} for {Pairs} with the {FillModel} fill model",
            _market.Name, string.Join(", ", pairs), _fillModel.GetType().Name);
    }

    /// <summary>Cancels every open order, then stops the market source.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_started) return;
        }
        await CancelAllAsync(null, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _market.TradeReceived -= OnTrade;
            _market.OrderBookUpdated -= OnBookUpdated;
            _started = false;
        }
        await _market.StopAsync(cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Paper exchange stopped");
    }

    /// <inheritdoc />
    public TradingRules GetTradingRules(TradingPair pair) => _market.GetTradingRules(pair);

    /// <inheritdoc />
    public Balance GetBalance(string asset)
    {
        ArgumentException.ThrowIfNullOrEmpty(asset);
        var code = asset.ToUpperInvariant();
        lock (_gate) return _holdings.TryGetValue(code, out var h) ? h.ToBalance(code) : new Balance(code, 0, 0);
    }

    /// <inheritdoc />
    public IReadOnlyList<Balance> GetBalances()
    {
        lock (_gate)
        {
            return _holdings.Where(h => h.Value.Total != 0).OrderBy(h => h.Key, StringComparer.Ordinal)
                .Select(h => h.Value.ToBalance(h.Key)).ToArray();
        }
    }

    /// <inheritdoc />
    public OrderBook GetOrderBook(TradingPair pair) => _market.GetOrderBook(pair);

    /// <inheritdoc />
    public IReadOnlyList<InFlightOrder> GetOpenOrders(TradingPair? pair = null) =>
        _tracker.ActiveOrders.Where(o => pair is null || o.Pair == pair.Value).ToArray();

    /// <summary>Finds an order placed on this exchange (active, or finished recently) by client order id.</summary>
    public bool TryGetOrder(string clientOrderId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InFlightOrder? order) =>
        _tracker.TryGetOrder(clientOrderId, out order);

    /// <summary>
    /// Places an order. The trading rules quantize it first (a refused order fails with reason <c>trading_rules</c>
    /// and is never sent); after the configured latency the exchange accepts or rejects it (<c>insufficient_balance</c>,
    /// <c>post_only_would_take</c>, <c>no_liquidity</c>, <c>market_unavailable</c>), takes liquidity when it crosses
    /// and rests the remainder. Placing a client order id again returns the existing order. The returned task
    /// completes once the exchange answered; cancelling the token stops the wait, not the order.
    /// </summary>
    public async Task<InFlightOrder> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.ClientOrderId, nameof(request));
        InFlightOrder order;
        var sent = false;
        lock (_gate)
        {
            if (!_started) throw new InvalidOperationException("The paper exchange is not started; call StartAsync first.");
            if (_tracker.TryGetOrder(request.ClientOrderId, out var existing)) return existing;
            if (!_pairs.Contains(request.Pair))
            {
                order = _tracker.StartTracking(request);
                _tracker.ProcessFailed(order.ClientOrderId, "unknown_pair", $"{request.Pair} is not traded by this bot; start the connector with it first.");
            }
            else if (Prepare(request, out var reason, out var message) is { } quantized)
            {
                order = _tracker.StartTracking(quantized);
                sent = true;
            }
            else
            {
                order = _tracker.StartTracking(request);
                _tracker.ProcessFailed(order.ClientOrderId, reason, message);
            }
        }
        Flush();
        if (!sent) return order;
        var delay = NextLatency();
        if (delay == TimeSpan.Zero) Acknowledge(order);
        else await AcknowledgeLaterAsync(order, delay).WaitAsync(cancellationToken).ConfigureAwait(false);
        return order;
    }

    /// <summary>
    /// Cancels an order after the configured latency. Fills that happen before the cancel arrives still count;
    /// an unknown or finished order is left alone.
    /// </summary>
    public async Task CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientOrderId);
        lock (_gate)
        {
            if (!_tracker.TryGetOrder(clientOrderId, out var order) || order.State.IsTerminal()) return;
            _tracker.ProcessCancelRequested(clientOrderId);
        }
        Flush();
        var delay = NextLatency();
        if (delay == TimeSpan.Zero) CompleteCancel(clientOrderId);
        else await CompleteCancelLaterAsync(clientOrderId, delay).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> CancelAllAsync(TradingPair? pair, CancellationToken cancellationToken)
    {
        var open = GetOpenOrders(pair);
        await Task.WhenAll(open.Select(o => CancelOrderAsync(o.ClientOrderId, cancellationToken))).ConfigureAwait(false);
        return open.Count(o => o.State == OrderState.Cancelled);
    }

    /// <summary>Stops (cancelling open orders) and disposes the market source.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _market.DisposeAsync().ConfigureAwait(false);
    }

    // Quantizes to the trading rules. Returns the request as it will be sent, or null with the refusal.
    private OrderRequest? Prepare(OrderRequest request, out string reason, out string message)
    {
        reason = message = string.Empty;
        var rules = _market.GetTradingRules(request.Pair);
        var book = _market.GetOrderBook(request.Pair);
        var price = request.OrderType == OrderType.Market
            ? request.Price ?? (request.Side == TradeSide.Buy ? book.BestAsk : book.BestBid) ?? book.MidPrice
            : request.Price;
        if (price is null)
        {
            (reason, message) = request.OrderType == OrderType.Market
                ? ("market_unavailable", $"no {request.Pair} price to check the market order against; the book is empty")
                : ("trading_rules", "a limit order needs a price");
            return null;
        }
        var check = rules.Check(request.Side, price.Value, request.Amount);
        if (!check.IsAccepted)
        {
            (reason, message) = ("trading_rules", check.RefusalReason!);
            return null;
        }
        return request with { Amount = check.Amount, Price = request.OrderType == OrderType.Market ? request.Price : check.Price };
    }

    private async Task AcknowledgeLaterAsync(InFlightOrder order, TimeSpan delay)
    {
        await Task.Delay(delay, _time).ConfigureAwait(false);
        Acknowledge(order);
    }

    private async Task CompleteCancelLaterAsync(string clientOrderId, TimeSpan delay)
    {
        await Task.Delay(delay, _time).ConfigureAwait(false);
        CompleteCancel(clientOrderId);
    }

    // The exchange receives the order: accept or reject it, take what crosses, rest the remainder.
    private void Acknowledge(InFlightOrder order)
    {
        lock (_gate)
        {
            if (order.State == OrderState.PendingCancel)
            {
                // Cancelled before it arrived.
                _tracker.ProcessCancelled(order.ClientOrderId);
            }
            else if (order.State == OrderState.PendingCreate)
            {
                if (!_started) _tracker.ProcessFailed(order.ClientOrderId, "exchange_stopped", "the paper exchange stopped before the order arrived");
                else if (order.Request.OrderType == OrderType.Market) ExecuteMarket(order);
                else ExecuteLimit(order);
            }
        }
        Flush();
    }

    private void ExecuteMarket(InFlightOrder order)
    {
        var book = _market.GetOrderBook(order.Pair);
        if (book.IsStale)
        {
            _tracker.ProcessFailed(order.ClientOrderId, "market_unavailable", $"the {order.Pair} book is stale ({book.StaleReason})");
            return;
        }
        var levels = order.Side == TradeSide.Buy ? book.GetAsks() : book.GetBids();
        var takes = Walk(order.Side, levels, order.Amount, limit: null);
        if (takes.Count == 0)
        {
            _tracker.ProcessFailed(order.ClientOrderId, "no_liquidity", $"the {order.Pair} book has no {(order.Side == TradeSide.Buy ? "asks" : "bids")}");
            return;
        }
        var needed = order.Side == TradeSide.Buy ? takes.Sum(t => t.Price * t.Amount) * (1 + QuoteFeeMargin(_options.TakerFeeRate)) : takes.Sum(t => t.Amount);
        var asset = order.Side == TradeSide.Buy ? order.Pair.Quote : order.Pair.Base;
        if (!HasAvailable(order, asset, needed)) return;

        var working = Accept(order, asset, needed, reservePerUnit: 0);
        foreach (var (price, amount) in takes) Fill(working, price, amount, isMaker: false);
        // A market order never rests: what the book could not fill is cancelled.
        if (working.Resting.Remaining > 0) Finish(working, cancel: true);
    }

    private void ExecuteLimit(InFlightOrder order)
    {
        var book = _market.GetOrderBook(order.Pair);
        var price = order.Price!.Value;
        var levels = book.IsStale ? [] : order.Side == TradeSide.Buy ? book.GetAsks() : book.GetBids();
        var takes = Walk(order.Side, levels, order.Amount, price);
        if (order.Request.OrderType == OrderType.LimitMaker && takes.Count > 0)
        {
            _tracker.ProcessFailed(order.ClientOrderId, "post_only_would_take",
                $"post-only {order.Side} at {price} would take liquidity (best {(order.Side == TradeSide.Buy ? "ask" : "bid")} {levels[0].Price})");
            return;
        }
        var perUnit = order.Side == TradeSide.Buy ? price * (1 + QuoteFeeMargin(Math.Max(_options.MakerFeeRate, _options.TakerFeeRate))) : 1m;
        var asset = order.Side == TradeSide.Buy ? order.Pair.Quote : order.Pair.Base;
        if (!HasAvailable(order, asset, perUnit * order.Amount)) return;

        var working = Accept(order, asset, perUnit * order.Amount, perUnit);
        var tif = order.Request.TimeInForce;
        if (tif == TimeInForce.FillOrKill && takes.Sum(t => t.Amount) < order.Amount)
        {
            Finish(working, cancel: true);
            return;
        }
        foreach (var (takePrice, amount) in takes) Fill(working, takePrice, amount, isMaker: false);
        if (working.Resting.Remaining <= 0) return;
        if (tif != TimeInForce.GoodTillCancel)
        {
            Finish(working, cancel: true);
            return;
        }
        _fillModel.OnResting(working.Resting, book);
        _resting.Add(working);
    }

    // The levels a taker of the side consumes for the amount, best first, stopping at the limit price when there is one.
    private static List<(decimal Price, decimal Amount)> Walk(TradeSide side, OrderBookLevel[] levels, decimal amount, decimal? limit)
    {
        var takes = new List<(decimal, decimal)>();
        var left = amount;
        foreach (var level in levels)
        {
            if (left <= 0) break;
            if (limit is { } l && (side == TradeSide.Buy ? level.Price > l : level.Price < l)) break;
            var take = Math.Min(left, level.Size);
            takes.Add((level.Price, take));
            left -= take;
        }
        return takes;
    }

    private bool HasAvailable(InFlightOrder order, string asset, decimal needed)
    {
        var available = _holdings.TryGetValue(asset, out var h) ? h.Available : 0;
        if (available >= needed) return true;
        _tracker.ProcessFailed(order.ClientOrderId, "insufficient_balance",
            $"{order.Side} {order.Amount} {order.Pair} needs {needed} {asset}, {available} available");
        return false;
    }

    private WorkingOrder Accept(InFlightOrder order, string asset, decimal reserve, decimal reservePerUnit)
    {
        var exchangeOrderId = $"paper-{++_orderSequence}";
        var working = new WorkingOrder(order, new PaperRestingOrder(order.ClientOrderId, order.Pair, order.Side, order.Price ?? 0, order.Amount),
            exchangeOrderId, asset, reserve, reservePerUnit);
        Hold(asset).Reserved += reserve;
        _working[order.ClientOrderId] = working;
        _tracker.ProcessCreated(order.ClientOrderId, exchangeOrderId);
        PublishBalance(asset);
        return working;
    }

    // Executes part of an order: moves the assets, charges the fee, releases the matching reservation.
    private void Fill(WorkingOrder working, decimal price, decimal amount, bool isMaker)
    {
        var order = working.Order;
        var pair = order.Pair;
        var rate = isMaker ? _options.MakerFeeRate : _options.TakerFeeRate;
        var value = price * amount;
        string feeAsset;
        decimal fee;
        if (order.Side == TradeSide.Buy)
        {
            var quoteFee = _options.FeeAsset == PaperFeeAsset.Quote;
            feeAsset = quoteFee ? pair.Quote : pair.Base;
            fee = quoteFee ? value * rate : amount * rate;
            Release(working, working.ReservePerUnit > 0 ? working.ReservePerUnit * amount : value + (quoteFee ? fee : 0));
            Hold(pair.Quote).Total -= value + (quoteFee ? fee : 0);
            Hold(pair.Base).Total += amount - (quoteFee ? 0 : fee);
        }
        else
        {
            feeAsset = pair.Quote;
            fee = value * rate;
            Release(working, amount);
            Hold(pair.Base).Total -= amount;
            Hold(pair.Quote).Total += value - fee;
        }
        working.Resting.Remaining -= amount;
        var fill = new TradeFill(order.ClientOrderId, working.ExchangeOrderId, $"paper-t{++_tradeSequence}", pair, order.Side,
            price, amount, feeAsset, fee, isMaker, _time.GetUtcNow());
        _tracker.ProcessFill(fill);
        PublishBalance(pair.Base);
        PublishBalance(pair.Quote);
        if (working.Resting.Remaining <= 0) Finish(working, cancel: false);
    }

    private void Release(WorkingOrder working, decimal amount)
    {
        var released = Math.Min(working.Reserved, amount);
        working.Reserved -= released;
        Hold(working.ReservedAsset).Reserved -= released;
    }

    // The order leaves the book: filled, or cancelled with its remainder. Returns the rest of its reservation.
    private void Finish(WorkingOrder working, bool cancel)
    {
        _resting.Remove(working);
        _working.Remove(working.Order.ClientOrderId);
        if (working.Reserved > 0)
        {
            Release(working, working.Reserved);
            PublishBalance(working.ReservedAsset);
        }
        if (cancel) _tracker.ProcessCancelled(working.Order.ClientOrderId);
    }

    private void CompleteCancel(string clientOrderId)
    {
        lock (_gate)
        {
            if (_working.TryGetValue(clientOrderId, out var working)) Finish(working, cancel: true);
            // The cancel overtook the order (latency jitter): it never reaches the book.
            else if (_tracker.TryGetOrder(clientOrderId, out var order) && order.State == OrderState.PendingCancel)
                _tracker.ProcessCancelled(clientOrderId);
        }
        Flush();
    }

    private void OnTrade(PublicTrade trade)
    {
        try
        {
            lock (_gate)
            {
                if (!_pairs.Contains(trade.Pair)) return;
                _outbox.Enqueue(new PublicTradeEvent(trade.Timestamp, ExchangeName, trade.Pair, trade.TakerSide, trade.Price, trade.Amount));
                FillResting(trade.Pair, w => _fillModel.OnTrade(w.Resting, trade));
            }
            Flush();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Paper exchange failed to process a {Pair} trade", trade.Pair);
        }
    }

    private void OnBookUpdated(OrderBook book)
    {
        try
        {
            lock (_gate)
            {
                if (!_pairs.Contains(book.Pair)) return;
                var now = _time.GetUtcNow();
                _outbox.Enqueue(new OrderBookUpdatedEvent(now, ExchangeName, book.Pair, book.BestBid, book.BestAsk));
                if (!book.IsStale) FillResting(book.Pair, w => _fillModel.OnBookUpdated(w.Resting, book));
                if (now - _lastPrune >= PruneInterval)
                {
                    _tracker.PruneFinished();
                    _lastPrune = now;
                }
            }
            Flush();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Paper exchange failed to process a {Pair} book update", book.Pair);
        }
    }

    private void FillResting(TradingPair pair, Func<WorkingOrder, decimal> fillAmount)
    {
        if (_resting.Count == 0) return;
        var rules = _market.GetTradingRules(pair);
        // Oldest first; a snapshot because fills remove finished orders from the list.
        foreach (var working in _resting.ToArray())
        {
            if (working.Order.Pair != pair || working.Resting.Remaining <= 0) continue;
            var amount = Math.Min(working.Resting.Remaining, fillAmount(working));
            // Exchanges execute in whole size steps; the final fill takes whatever remains.
            if (amount < working.Resting.Remaining) amount = rules.QuantizeSize(amount);
            if (amount > 0) Fill(working, working.Resting.Price, amount, isMaker: true);
        }
    }

    private TimeSpan NextLatency()
    {
        if (_options.LatencyJitter <= TimeSpan.Zero) return _options.Latency;
        lock (_gate) return _options.Latency + _options.LatencyJitter * _random.NextDouble();
    }

    private decimal QuoteFeeMargin(decimal rate) => _options.FeeAsset == PaperFeeAsset.Quote ? rate : 0;

    private Holding Hold(string asset)
    {
        if (!_holdings.TryGetValue(asset, out var h)) _holdings[asset] = h = new Holding();
        return h;
    }

    private void PublishBalance(string asset) =>
        _outbox.Enqueue(new BalanceChangedEvent(_time.GetUtcNow(), ExchangeName, Hold(asset).ToBalance(asset)));

    private void Flush()
    {
        lock (_publishGate)
        {
            while (_outbox.TryDequeue(out var e)) Events.Publish(e);
        }
    }

    private sealed class Holding
    {
        public decimal Total { get; set; }
        public decimal Reserved { get; set; }
        public decimal Available => Total - Reserved;
        public Balance ToBalance(string asset) => new(asset, Total, Total - Reserved);
    }

    private sealed class WorkingOrder(InFlightOrder order, PaperRestingOrder resting, string exchangeOrderId, string reservedAsset, decimal reserved, decimal reservePerUnit)
    {
        public InFlightOrder Order { get; } = order;
        public PaperRestingOrder Resting { get; } = resting;
        public string ExchangeOrderId { get; } = exchangeOrderId;
        public string ReservedAsset { get; } = reservedAsset;
        public decimal Reserved { get; set; } = reserved;
        // Quote reserved per unit of base on a limit buy (0 for orders that execute at once).
        public decimal ReservePerUnit { get; } = reservePerUnit;
    }
}
