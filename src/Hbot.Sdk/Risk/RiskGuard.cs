using Hbot.Sdk.Connectors;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;
using Hbot.Sdk.Strategies;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Risk;

/// <summary>
/// Sits between a strategy and its connector: every order intent is checked against the <see cref="RiskLimits"/>
/// (order value, open orders, base position) and refused with a logged and published reason when it breaks one.
/// The daily loss (realized plus unrealized PnL lost since the start of the UTC day) is evaluated on every tick;
/// breaching it trips the kill switch, which cancels every order, tells the strategy to stop and refuses all
/// further orders until the bot restarts.
/// </summary>
public sealed class RiskGuard
{
    private readonly IExchangeConnector _connector;
    private readonly PnlTracker _pnl;
    private readonly TradingEventStream _events;
    private readonly TimeProvider _time;
    private readonly ILogger<RiskGuard> _logger;
    private readonly Lock _gate = new();
    private DateOnly _day;
    private decimal _dayStartPnl;
    private decimal _dailyLoss;
    private int _tripped;

    /// <summary>Creates a guard for one strategy and its connector.</summary>
    public RiskGuard(IExchangeConnector connector, RiskLimits limits, PnlTracker pnl, TradingEventStream events, TimeProvider time, ILogger<RiskGuard> logger)
    {
        _connector = connector;
        Limits = limits;
        _pnl = pnl;
        _events = events;
        _time = time;
        _logger = logger;
    }

    /// <summary>The limits enforced.</summary>
    public RiskLimits Limits { get; }

    /// <summary>Whether the kill switch has tripped.</summary>
    public bool IsKillSwitchActive => Volatile.Read(ref _tripped) == 1;

    /// <summary>Why the kill switch tripped, or null.</summary>
    public string? KillSwitchReason { get; private set; }

    /// <summary>Loss since the start of the current UTC day, in quote (positive = loss), as of the last evaluation.</summary>
    public decimal DailyLossQuote { get { lock (_gate) return _dailyLoss; } }

    /// <summary>
    /// Raised when a UTC day's baseline is set (the PnL the daily loss is measured from), so the host can keep it
    /// across restarts and pass it back with <see cref="RestoreDayStart"/>.
    /// </summary>
    public event Action<DateOnly, decimal>? DayStarted;

    /// <summary>
    /// Continues a UTC day begun in an earlier run: the daily loss is measured from <paramref name="startPnl"/>
    /// (realized plus unrealized PnL when the day began) instead of from the PnL at restart.
    /// </summary>
    public void RestoreDayStart(DateOnly day, decimal startPnl)
    {
        lock (_gate)
        {
            _day = day;
            _dayStartPnl = startPnl;
        }
    }

    /// <summary>Raised once when the kill switch trips (after orders are cancelled), with the reason code.</summary>
    public event Action<string>? KillSwitchTripped;

    /// <summary>
    /// Checks an order intent against the limits. Returns null when it may be sent, else the refusal
    /// (<see cref="RiskRefusal.Reason"/> is a bounded code: <c>kill_switch</c>, <c>max_order_size</c>, <c>max_open_orders</c>, <c>max_base_position</c>).
    /// </summary>
    public RiskRefusal? Check(OrderRequest request)
    {
        if (IsKillSwitchActive)
            return new RiskRefusal("kill_switch", $"the kill switch is active ({KillSwitchReason}); no new orders");

        var price = request.Price ?? _connector.GetOrderBook(request.Pair).MidPrice ?? 0m;
        var value = price * request.Amount;
        if (Limits.MaxOrderSizeQuote > 0 && value > Limits.MaxOrderSizeQuote)
            return new RiskRefusal("max_order_size",
                $"{request.Side} {request.Amount} {request.Pair.Base} at {price} is worth {value:0.########} {request.Pair.Quote}, above the limit of {Limits.MaxOrderSizeQuote}");

        var open = _connector.GetOpenOrders(request.Pair);
        if (Limits.MaxOpenOrders > 0 && open.Count + 1 > Limits.MaxOpenOrders)
            return new RiskRefusal("max_open_orders", $"{open.Count} orders are open; the limit is {Limits.MaxOpenOrders}");

        if (Limits.MaxBasePosition > 0 && request.Side == TradeSide.Buy)
        {
            var held = _connector.GetBalance(request.Pair.Base).Total;
            var buying = open.Where(o => o.Side == TradeSide.Buy).Sum(o => o.RemainingAmount);
            var after = held + buying + request.Amount;
            if (after > Limits.MaxBasePosition)
                return new RiskRefusal("max_base_position",
                    $"holding {held} {request.Pair.Base} with {buying} in open buys, buying {request.Amount} more would reach {after}, above the limit of {Limits.MaxBasePosition}");
        }
        return null;
    }

    /// <summary>Sends an order when <see cref="Check"/> allows it; otherwise logs and publishes the refusal and returns null.</summary>
    public async Task<InFlightOrder?> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken)
    {
        var refusal = Check(request);
        if (refusal is not null)
        {
            _logger.LogWarning("Risk guard refused {Side} {Amount} {Pair} at {Price} ({Reason}): {Message}",
                request.Side, request.Amount, request.Pair, request.Price, refusal.Reason, refusal.Message);
            _events.Publish(new RiskRefusalEvent(_time.GetUtcNow(), request.Pair, refusal.Reason, refusal.Message));
            return null;
        }
        return await _connector.PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels one order (always allowed).</summary>
    public Task CancelOrderAsync(string clientOrderId, CancellationToken cancellationToken) =>
        _connector.CancelOrderAsync(clientOrderId, cancellationToken);

    /// <summary>Cancels every open order of a pair (always allowed).</summary>
    public Task<int> CancelAllAsync(TradingPair? pair, CancellationToken cancellationToken) =>
        _connector.CancelAllAsync(pair, cancellationToken);

    /// <summary>
    /// Updates the daily loss from the PnL at <paramref name="markPrice"/>, trips the kill switch when it breaches the
    /// limit, and publishes a <see cref="RiskStateEvent"/>. Call once per tick. Returns whether the kill switch is active.
    /// </summary>
    public async ValueTask<bool> EvaluateAsync(decimal? markPrice, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        decimal loss;
        (DateOnly Day, decimal Pnl)? started = null;
        lock (_gate)
        {
            if (markPrice is { } mark)
            {
                var total = _pnl.RealizedPnl + _pnl.UnrealizedPnl(mark);
                var today = DateOnly.FromDateTime(now.UtcDateTime);
                if (today != _day)
                {
                    _day = today;
                    _dayStartPnl = total;
                    started = (today, total);
                }
                _dailyLoss = Math.Max(0, _dayStartPnl - total);
            }
            loss = _dailyLoss;
        }
        if (started is { } day) DayStarted?.Invoke(day.Day, day.Pnl);
        if (Limits.MaxDailyLossQuote > 0 && loss >= Limits.MaxDailyLossQuote && Limits.KillSwitchEnabled && !IsKillSwitchActive)
        {
            await TripKillSwitchAsync("max_daily_loss",
                $"the loss since the start of the UTC day is {loss:0.########}, at or above the limit of {Limits.MaxDailyLossQuote}", cancellationToken).ConfigureAwait(false);
        }
        _events.Publish(new RiskStateEvent(now, loss, Limits.MaxDailyLossQuote, IsKillSwitchActive));
        return IsKillSwitchActive;
    }

    /// <summary>
    /// Trips the kill switch (once): logs and publishes <see cref="KillSwitchTrippedEvent"/>, cancels every open order,
    /// then raises <see cref="KillSwitchTripped"/> so the strategy stops. Later calls do nothing.
    /// </summary>
    /// <param name="reason">Bounded reason code, for example <c>max_daily_loss</c> or <c>manual</c>.</param>
    /// <param name="message">Human detail.</param>
    /// <param name="cancellationToken">Bounds the cancellation of orders.</param>
    public async Task TripKillSwitchAsync(string reason, string message, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _tripped, 1) == 1) return;
        KillSwitchReason = reason;
        _logger.LogError("Kill switch tripped ({Reason}): {Message}. Cancelling all orders and stopping the strategy.", reason, message);
        _events.Publish(new KillSwitchTrippedEvent(_time.GetUtcNow(), reason, message));
        try
        {
            var cancelled = await _connector.CancelAllAsync(null, cancellationToken).ConfigureAwait(false);
            _logger.LogWarning("Kill switch cancelled {Count} orders", cancelled);
        }
        finally
        {
            KillSwitchTripped?.Invoke(reason);
        }
    }
}
