using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Hbot.Sdk.Configuration;
using Hbot.Sdk.Connectors;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;
using Hbot.Sdk.Orders;
using Hbot.Sdk.Risk;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Strategies;

/// <summary>
/// Base of a strategy in Hummingbot's script style: <see cref="OnTickAsync"/> runs every <c>tick_interval</c> on the
/// bot's <see cref="TimeProvider"/>, the order hooks run when the strategy's orders are created, filled, cancelled
/// or fail, and <see cref="BuyAsync"/>/<see cref="SellAsync"/>/<see cref="CancelAsync"/>/<see cref="CancelAllAsync"/>
/// send intents through the <see cref="RiskGuard"/>. Ticks and hooks never run concurrently, so strategy code needs
/// no locks. A tick on a stale book (or one without both sides) cancels the strategy's orders and skips
/// <see cref="OnTickAsync"/>. Every tick publishes <see cref="StrategyTickedEvent"/>, <see cref="RiskStateEvent"/> and,
/// when the book has a mid price, <see cref="PortfolioValuedEvent"/>; starting and stopping publish
/// <see cref="StrategyStateChangedEvent"/>.
/// </summary>
public abstract class StrategyBase : IAsyncDisposable
{
    private readonly Channel<TradingEvent> _inbox = Channel.CreateUnbounded<TradingEvent>(new UnboundedChannelOptions { SingleReader = false });
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private IDisposable? _subscription;
    private int _state; // 0 = new, 1 = running, 2 = stopped
    private bool _quotingSuspended;

    /// <summary>Creates the strategy.</summary>
    protected StrategyBase(StrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
        Logger = context.LoggerFactory.CreateLogger(GetType());
        context.Risk.KillSwitchTripped += reason => RequestStop(reason);
    }

    /// <summary>The strategy's context.</summary>
    protected StrategyContext Context { get; }

    /// <summary>The config name of the strategy.</summary>
    public string Name => Context.Config.Strategy;

    /// <summary>The pair traded.</summary>
    public TradingPair Pair => Context.Config.TradingPair;

    /// <summary>Whether the strategy is running (started and not stopped).</summary>
    public bool IsRunning => Volatile.Read(ref _state) == 1;

    /// <summary>Why the strategy stopped, or null while it has not.</summary>
    public string? StopReason { get; private set; }

    /// <summary>The validated config.</summary>
    protected StrategyConfig Config => Context.Config;

    /// <summary>The connector, for reads (book, balances, rules, open orders).</summary>
    protected IExchangeConnector Connector => Context.Connector;

    /// <summary>The risk guard orders go through.</summary>
    protected RiskGuard Risk => Context.Risk;

    /// <summary>PnL of the traded pair.</summary>
    protected PnlTracker Pnl => Context.Pnl;

    /// <summary>The bot's clock.</summary>
    protected TimeProvider Time => Context.Time;

    /// <summary>Current time.</summary>
    protected DateTimeOffset Now => Context.Time.GetUtcNow();

    /// <summary>The strategy's logger.</summary>
    protected ILogger Logger { get; }

    /// <summary>The live book of the traded pair.</summary>
    protected OrderBook Book => Connector.GetOrderBook(Pair);

    /// <summary>Trading rules of the traded pair.</summary>
    protected TradingRules Rules => Connector.GetTradingRules(Pair);

    /// <summary>The strategy's working orders on the traded pair, oldest first.</summary>
    protected IReadOnlyList<InFlightOrder> OpenOrders => Connector.GetOpenOrders(Pair);

    /// <summary>The share of portfolio value the strategy aims to hold in base, when it has a target (for dashboards).</summary>
    protected virtual decimal? TargetBaseRatio => null;

    /// <summary>Starts the strategy: subscribes to its order events, runs <see cref="OnStartAsync"/> and publishes the state change.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
            throw new InvalidOperationException($"Strategy {Name} was already started.");
        _subscription = Context.Events.Subscribe(OnStreamEvent);
        await OnStartAsync(cancellationToken).ConfigureAwait(false);
        Logger.LogInformation("Strategy {Strategy} started on {Exchange} {Pair}, tick every {TickInterval}",
            Name, Connector.Name, Pair, Duration.Format(Config.TickInterval));
        Context.Events.Publish(new StrategyStateChangedEvent(Now, Name, true, "started"));
    }

    /// <summary>
    /// Runs ticks every <c>tick_interval</c> (the first at once) and dispatches order hooks as events arrive, until
    /// the token is cancelled or the strategy stops.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        var token = linked.Token;
        using var timer = new PeriodicTimer(Config.TickInterval, Time);
        try
        {
            await TickAsync(token).ConfigureAwait(false);
            var tick = timer.WaitForNextTickAsync(token).AsTask();
            var inbox = _inbox.Reader.WaitToReadAsync(token).AsTask();
            while (IsRunning)
            {
                var ready = await Task.WhenAny(tick, inbox).ConfigureAwait(false);
                if (ready == inbox)
                {
                    if (!await inbox.ConfigureAwait(false)) break;
                    await DispatchEventsAsync(token).ConfigureAwait(false);
                    inbox = _inbox.Reader.WaitToReadAsync(token).AsTask();
                    continue;
                }
                if (!await tick.ConfigureAwait(false)) break;
                await TickAsync(token).ConfigureAwait(false);
                tick = timer.WaitForNextTickAsync(token).AsTask();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping: the host or the kill switch cancelled the loop.
        }
    }

    /// <summary>
    /// One tick: dispatches pending order events, evaluates risk, calls <see cref="OnTickAsync"/> when the book is
    /// usable, and publishes the tick, portfolio and risk events. The run loop calls it; tests may call it directly.
    /// </summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = Time.GetTimestamp();
            await DispatchPendingUnlockedAsync(cancellationToken).ConfigureAwait(false);
            if (!IsRunning) return;
            var book = Book;
            var mid = book.IsStale ? null : book.MidPrice;
            await Risk.EvaluateAsync(mid ?? book.MidPrice, cancellationToken).ConfigureAwait(false);
            if (IsRunning)
            {
                if (mid is null) await SuspendQuotingAsync(book, cancellationToken).ConfigureAwait(false);
                else
                {
                    if (_quotingSuspended)
                    {
                        _quotingSuspended = false;
                        Logger.LogInformation("Order book of {Pair} is usable again; quoting resumes", Pair);
                    }
                    await OnTickAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            var now = Now;
            Context.Events.Publish(new StrategyTickedEvent(now, Name, Time.GetElapsedTime(started)));
            if (mid is { } m) PublishPortfolio(now, m, book);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failing tick must not end the bot; the next tick retries with fresh state.
            Logger.LogError(ex, "Strategy {Strategy} tick failed", Name);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Runs the order hooks for events received since the last dispatch.</summary>
    public async Task DispatchEventsAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await DispatchPendingUnlockedAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>
    /// Stops the strategy: no more ticks, then every open order of the pair is cancelled and the state change published.
    /// </summary>
    public async Task StopAsync(string reason, CancellationToken cancellationToken)
    {
        RequestStop(reason);
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await OnStopAsync(cancellationToken).ConfigureAwait(false);
            var cancelled = await Risk.CancelAllAsync(Pair, cancellationToken).ConfigureAwait(false);
            Logger.LogInformation("Strategy {Strategy} stopped ({Reason}); {Count} orders cancelled", Name, reason, cancelled);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Called once when the strategy starts, before the first tick.</summary>
    protected virtual Task OnStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once when the strategy stops, before its orders are cancelled.</summary>
    protected virtual Task OnStopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The strategy's decision step, every <c>tick_interval</c>, only on a usable book.</summary>
    protected abstract Task OnTickAsync(CancellationToken cancellationToken);

    /// <summary>One of the strategy's orders was accepted.</summary>
    protected virtual Task OnOrderCreatedAsync(OrderCreatedEvent created, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>One of the strategy's orders (partly) filled.</summary>
    protected virtual Task OnOrderFilledAsync(OrderFilledEvent filled, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>One of the strategy's orders was cancelled.</summary>
    protected virtual Task OnOrderCancelledAsync(OrderCancelledEvent cancelled, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>One of the strategy's orders failed.</summary>
    protected virtual Task OnOrderFailedAsync(OrderFailedEvent failed, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Buys: a market order without <paramref name="price"/>, else a limit (or <see cref="OrderType.LimitMaker"/> post-only) order. Null when the risk guard refused.</summary>
    protected Task<InFlightOrder?> BuyAsync(decimal amount, decimal? price = null, OrderType? orderType = null, CancellationToken cancellationToken = default) =>
        PlaceAsync(TradeSide.Buy, amount, price, orderType, cancellationToken);

    /// <summary>Sells: a market order without <paramref name="price"/>, else a limit (or <see cref="OrderType.LimitMaker"/> post-only) order. Null when the risk guard refused.</summary>
    protected Task<InFlightOrder?> SellAsync(decimal amount, decimal? price = null, OrderType? orderType = null, CancellationToken cancellationToken = default) =>
        PlaceAsync(TradeSide.Sell, amount, price, orderType, cancellationToken);

    /// <summary>Requests the cancellation of one order.</summary>
    protected Task CancelAsync(string clientOrderId, CancellationToken cancellationToken = default) =>
        Risk.CancelOrderAsync(clientOrderId, cancellationToken);

    /// <summary>Cancels every open order of the traded pair; returns how many.</summary>
    protected Task<int> CancelAllAsync(CancellationToken cancellationToken = default) =>
        Risk.CancelAllAsync(Pair, cancellationToken);

    /// <summary>
    /// A human status table: market, balances, open orders, recent fills, realized and unrealized PnL and risk state.
    /// Override <see cref="AppendStatus"/> to add strategy lines.
    /// </summary>
    public string FormatStatus()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var state = IsRunning ? "running" : StopReason is null ? "not started" : $"stopped ({StopReason})";
        sb.Append(c, $"Strategy {Name} on {Connector.Name} {Pair} [{state}] at {Now:yyyy-MM-dd HH:mm:ss}Z").AppendLine();

        var book = Book;
        var mid = book.MidPrice;
        if (book.IsStale) sb.Append(c, $"Market: order book stale ({book.StaleReason})").AppendLine();
        else if (mid is { } m)
            sb.Append(c, $"Market: bid {book.BestBid}  ask {book.BestAsk}  mid {m}  spread {Percent(book.Spread!.Value / m)}").AppendLine();

        sb.AppendLine("Balances:");
        var balances = new StatusTable("Asset", "Total", "Available");
        foreach (var b in Connector.GetBalances()) balances.AddRow(b.Asset, Num(b.Total), Num(b.Available));
        balances.WriteTo(sb);

        var orders = OpenOrders;
        sb.Append(c, $"Open orders ({orders.Count}):").AppendLine();
        if (orders.Count > 0)
        {
            var table = new StatusTable("Side", "Price", "Amount", "Filled", "Spread", "Age", "Id");
            foreach (var o in orders.OrderByDescending(o => o.Price))
            {
                var spread = mid is { } mm && o.Price is { } p ? Percent(Math.Abs(p - mm) / mm) : "";
                table.AddRow(o.Side.ToString(), o.Price is { } price ? Num(price) : "market", Num(o.Amount), Num(o.FilledAmount), spread,
                    $"{(Now - o.CreatedAt).TotalSeconds:0}s", o.ClientOrderId);
            }
            table.WriteTo(sb);
        }

        var fills = Pnl.RecentFills;
        sb.Append(c, $"Recent fills ({Pnl.FillCount} total):").AppendLine();
        if (fills.Count > 0)
        {
            var table = new StatusTable("Time", "Side", "Price", "Amount", "Fee", "Maker");
            foreach (var f in fills.Reverse())
                table.AddRow(f.Timestamp.ToString("HH:mm:ss", c), f.Side.ToString(), Num(f.Price), Num(f.Amount), $"{Num(f.FeeAmount)} {f.FeeAsset}", f.IsMaker ? "yes" : "no");
            table.WriteTo(sb);
        }

        var unrealized = mid is { } mark ? Pnl.UnrealizedPnl(mark) : 0m;
        sb.Append(c, $"PnL: realized {Num(Pnl.RealizedPnl)} {Pair.Quote}, unrealized {Num(unrealized)} {Pair.Quote}, fees {Num(Pnl.FeesPaidQuote)} {Pair.Quote}, position {Num(Pnl.Position)} {Pair.Base} @ {Num(Pnl.AverageCost)}").AppendLine();
        var limit = Risk.Limits.MaxDailyLossQuote > 0 ? Num(Risk.Limits.MaxDailyLossQuote) : "none";
        sb.Append(c, $"Risk: daily loss {Num(Risk.DailyLossQuote)} / {limit} {Pair.Quote}, kill switch {(Risk.IsKillSwitchActive ? "TRIPPED (" + Risk.KillSwitchReason + ")" : "off")}").AppendLine();
        AppendStatus(sb);
        return sb.ToString();
    }

    /// <summary>Adds strategy-specific lines to <see cref="FormatStatus"/>.</summary>
    protected virtual void AppendStatus(StringBuilder status)
    {
    }

    /// <summary>Formats a quantity for status output (invariant, at most 8 decimals, trailing zeros trimmed).</summary>
    protected static string Num(decimal value) => (Math.Round(value, 8) / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a fraction as a percentage for status output.</summary>
    protected static string Percent(decimal fraction) => (fraction * 100).ToString("0.####", CultureInfo.InvariantCulture) + "%";

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        RequestStop("disposed");
        _subscription?.Dispose();
        _stopping.Dispose();
        _turn.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private async Task<InFlightOrder?> PlaceAsync(TradeSide side, decimal amount, decimal? price, OrderType? orderType, CancellationToken cancellationToken)
    {
        var type = price is null ? OrderType.Market : orderType ?? OrderType.Limit;
        if (type != OrderType.Market && price is null)
            throw new ArgumentException($"A {type} order needs a price.", nameof(price));
        var request = new OrderRequest(ClientOrderIds.New(side, Now), Pair, side, type, amount, type == OrderType.Market ? null : price);
        return await Risk.PlaceOrderAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void RequestStop(string reason)
    {
        if (Interlocked.CompareExchange(ref _state, 2, 1) != 1) return;
        StopReason = reason;
        Logger.LogInformation("Strategy {Strategy} stopping: {Reason}", Name, reason);
        Context.Events.Publish(new StrategyStateChangedEvent(Now, Name, false, reason));
        _stopping.Cancel();
    }

    private void OnStreamEvent(TradingEvent tradingEvent)
    {
        var mine = tradingEvent switch
        {
            OrderCreatedEvent e => e.Pair == Pair,
            OrderFilledEvent e => e.Fill.Pair == Pair,
            OrderCancelledEvent e => e.Pair == Pair,
            OrderFailedEvent e => e.Pair == Pair,
            _ => false,
        };
        if (mine) _inbox.Writer.TryWrite(tradingEvent);
    }

    private async Task DispatchPendingUnlockedAsync(CancellationToken cancellationToken)
    {
        while (_inbox.Reader.TryRead(out var tradingEvent))
        {
            try
            {
                var hook = tradingEvent switch
                {
                    OrderCreatedEvent e => OnOrderCreatedAsync(e, cancellationToken),
                    OrderFilledEvent e => OnOrderFilledAsync(e, cancellationToken),
                    OrderCancelledEvent e => OnOrderCancelledAsync(e, cancellationToken),
                    OrderFailedEvent e => OnOrderFailedAsync(e, cancellationToken),
                    _ => Task.CompletedTask,
                };
                await hook.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logger.LogError(ex, "Strategy {Strategy} failed handling {Event}", Name, tradingEvent.GetType().Name);
            }
        }
    }

    private async Task SuspendQuotingAsync(OrderBook book, CancellationToken cancellationToken)
    {
        if (_quotingSuspended && OpenOrders.Count == 0) return;
        if (!_quotingSuspended)
            Logger.LogWarning("Order book of {Pair} is not usable ({Reason}); cancelling orders and not quoting until it recovers",
                Pair, book.IsStale ? book.StaleReason : "one side empty");
        _quotingSuspended = true;
        if (OpenOrders.Count > 0) await CancelAllAsync(cancellationToken).ConfigureAwait(false);
    }

    private void PublishPortfolio(DateTimeOffset now, decimal mid, OrderBook book)
    {
        var baseTotal = Connector.GetBalance(Pair.Base).Total;
        var quoteTotal = Connector.GetBalance(Pair.Quote).Total;
        var value = baseTotal * mid + quoteTotal;
        var ratio = value > 0 ? baseTotal * mid / value : 0;
        var spread = book.Spread is { } s && mid > 0 ? s / mid : 0;
        Context.Events.Publish(new PortfolioValuedEvent(now, Connector.Name, Pair, mid, spread, value, ratio, TargetBaseRatio,
            Pnl.RealizedPnl, Pnl.UnrealizedPnl(mid)));
    }
}
