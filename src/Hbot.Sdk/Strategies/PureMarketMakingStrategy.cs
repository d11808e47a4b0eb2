using System.Globalization;
using System.Text;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Strategies;

/// <summary>
/// Hummingbot's pure market making: post-only bids and asks around the mid at <c>bid_spread</c>/<c>ask_spread</c>,
/// <c>order_levels</c> per side spaced by <c>order_level_spread</c> and growing by <c>order_level_amount</c>.
/// Orders rest for <c>order_refresh_time</c>; then they are replaced unless every new price is within
/// <c>order_refresh_tolerance_pct</c> of the current one (then they are kept for another period). After an order
/// fills completely no new orders are placed for <c>filled_order_delay</c>. With <c>inventory_skew_enabled</c> order
/// sizes are scaled to pull the base share towards <c>inventory_target_base_pct</c>. No bids while the mid is at or
/// above <c>price_ceiling</c>, no asks at or below <c>price_floor</c>; orders closer to the mid than
/// <c>minimum_spread</c> are cancelled.
/// </summary>
public sealed class PureMarketMakingStrategy : StrategyBase
{
    /// <summary>The config name: <c>pure_market_making</c>.</summary>
    public const string ConfigName = "pure_market_making";

    private static readonly IReadOnlyList<ProposedOrder> None = [];
    private DateTimeOffset _createAt = DateTimeOffset.MinValue;
    private DateTimeOffset _cancelAt = DateTimeOffset.MinValue;
    private (int, int, int, int) _lastBudget;

    /// <summary>Creates the strategy.</summary>
    public PureMarketMakingStrategy(StrategyContext context, PureMarketMakingParameters parameters)
        : base(context)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
    }

    /// <summary>The parameters.</summary>
    public PureMarketMakingParameters Parameters { get; }

    /// <summary>The last proposal computed (null before the first).</summary>
    public MarketMakingProposal? LastProposal { get; private set; }

    /// <inheritdoc />
    protected override decimal? TargetBaseRatio => Parameters.InventorySkewEnabled ? Parameters.InventoryTargetBasePct : null;

    /// <inheritdoc />
    protected override async Task OnTickAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var mid = Book.MidPrice!.Value;
        MarketMakingProposal? proposal = null;
        if (_createAt <= now)
        {
            proposal = CreateProposal(mid);
            LastProposal = proposal;
        }

        // Orders already being cancelled are neither kept nor cancelled again.
        var orders = OpenOrders;
        var changed = false;
        if (_cancelAt <= now && CountWorking(orders) > 0)
        {
            if (proposal is not null && IsWithinTolerance(orders, proposal))
            {
                if (Logger.IsEnabled(LogLevel.Debug))
                    Logger.LogDebug("Keeping {Count} orders: new prices are within {Tolerance} of the current ones", orders.Count, Parameters.OrderRefreshTolerancePct);
                SetRefreshTimers(now);
                proposal = null;
            }
            else
            {
                foreach (var order in orders)
                {
                    if (order.State == OrderState.PendingCancel) continue;
                    await CancelAsync(order.ClientOrderId, cancellationToken).ConfigureAwait(false);
                    changed = true;
                }
            }
        }

        if (Parameters.MinimumSpread > 0)
        {
            if (changed) orders = OpenOrders;
            foreach (var order in orders)
            {
                if (order.Price is { } p && order.State != OrderState.PendingCancel && Math.Abs(p - mid) / mid < Parameters.MinimumSpread)
                {
                    Logger.LogInformation("Cancelling {Side} {ClientOrderId} at {Price}: closer to the mid {Mid} than minimum_spread {MinimumSpread}",
                        order.Side, order.ClientOrderId, p, mid, Parameters.MinimumSpread);
                    await CancelAsync(order.ClientOrderId, cancellationToken).ConfigureAwait(false);
                    changed = true;
                }
            }
        }

        if (proposal is not null && _createAt <= now && (changed ? OpenOrders : orders).Count == 0)
            await PlaceProposalAsync(ApplyBudget(proposal), now, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override Task OnOrderFilledAsync(OrderFilledEvent filled, CancellationToken cancellationToken)
    {
        var id = filled.Fill.ClientOrderId;
        var stillOpen = false;
        foreach (var o in OpenOrders) if (o.ClientOrderId == id) { stillOpen = true; break; }
        if (!stillOpen)
        {
            // Hummingbot waits filled_order_delay after a complete fill before quoting again; the other side is
            // refreshed at the same time at the latest.
            _createAt = Now + Parameters.FilledOrderDelay;
            if (_createAt < _cancelAt) _cancelAt = _createAt;
            Logger.LogInformation("{Side} order {ClientOrderId} filled at {Price}; next orders after {Delay}",
                filled.Fill.Side, id, filled.Fill.Price, Configuration.Duration.Format(Parameters.FilledOrderDelay));
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// The orders wanted at <paramref name="mid"/>: levels, price band, inventory skew and quantization applied (not the
    /// balance budget, which depends on what is reserved at placing time).
    /// </summary>
    public MarketMakingProposal CreateProposal(decimal mid)
    {
        var p = Parameters;
        var rules = Rules;
        var bidScale = 1m;
        var askScale = 1m;
        if (p.InventorySkewEnabled)
        {
            var baseTotal = Connector.GetBalance(Pair.Base).Total;
            var quoteTotal = Connector.GetBalance(Pair.Quote).Total;
            (bidScale, askScale) = InventorySkew.Calculate(baseTotal, quoteTotal, mid, p.InventoryTargetBasePct, p.TotalOrderSize * p.InventoryRangeMultiplier);
        }
        var buys = p.PriceCeiling > 0 && mid >= p.PriceCeiling ? None : Levels(TradeSide.Buy, mid, bidScale, rules);
        var sells = p.PriceFloor > 0 && mid <= p.PriceFloor ? None : Levels(TradeSide.Sell, mid, askScale, rules);
        return new MarketMakingProposal(buys, sells);
    }

    /// <inheritdoc />
    protected override void AppendStatus(StringBuilder status)
    {
        var c = CultureInfo.InvariantCulture;
        var p = Parameters;
        status.Append(c, $"Pure market making: bid_spread {Percent(p.BidSpread)}, ask_spread {Percent(p.AskSpread)}, order_amount {Num(p.OrderAmount)}, levels {p.OrderLevels}");
        if (p.InventorySkewEnabled) status.Append(c, $", inventory target {Percent(p.InventoryTargetBasePct)} base");
        status.AppendLine();
        var now = Now;
        if (OpenOrders.Count > 0 && _cancelAt > now) status.Append(c, $"Orders are refreshed in {(_cancelAt - now).TotalSeconds:0}s unless within tolerance").AppendLine();
        else if (_createAt > now) status.Append(c, $"Next orders in {(_createAt - now).TotalSeconds:0}s").AppendLine();
    }

    private ProposedOrder[] Levels(TradeSide side, decimal mid, decimal scale, TradingRules rules)
    {
        var p = Parameters;
        var orders = new ProposedOrder[p.OrderLevels];
        var count = 0;
        for (var i = 0; i < orders.Length; i++)
        {
            var spread = (side == TradeSide.Buy ? p.BidSpread : p.AskSpread) + i * p.OrderLevelSpread;
            var price = side == TradeSide.Buy ? mid * (1 - spread) : mid * (1 + spread);
            var amount = (p.OrderAmount + i * p.OrderLevelAmount) * scale;
            var check = rules.Check(side, price, amount);
            if (check.IsAccepted) orders[count++] = new ProposedOrder(check.Price, check.Amount);
        }
        if (count < orders.Length) Array.Resize(ref orders, count);
        return orders;
    }

    private bool IsWithinTolerance(IReadOnlyList<InFlightOrder> open, MarketMakingProposal proposal) =>
        SideWithinTolerance(open, TradeSide.Buy, proposal.Buys) && SideWithinTolerance(open, TradeSide.Sell, proposal.Sells);

    private bool SideWithinTolerance(IReadOnlyList<InFlightOrder> open, TradeSide side, IReadOnlyList<ProposedOrder> proposed)
    {
        var count = 0;
        foreach (var o in open) if (IsWorking(o) && o.Side == side && o.Price is not null) count++;
        if (count != proposed.Count) return false;
        Span<decimal> current = count <= 32 ? stackalloc decimal[count] : new decimal[count];
        var i = 0;
        foreach (var o in open) if (IsWorking(o) && o.Side == side && o.Price is { } price) current[i++] = price;
        current.Sort();
        if (side == TradeSide.Buy) current.Reverse();
        for (i = 0; i < count; i++)
        {
            if (Math.Abs(proposed[i].Price - current[i]) / current[i] > Parameters.OrderRefreshTolerancePct) return false;
        }
        return true;
    }

    private static bool IsWorking(InFlightOrder order) => order.State != OrderState.PendingCancel;

    private static int CountWorking(IReadOnlyList<InFlightOrder> orders)
    {
        var count = 0;
        foreach (var o in orders) if (IsWorking(o)) count++;
        return count;
    }

    private MarketMakingProposal ApplyBudget(MarketMakingProposal proposal)
    {
        var quote = Connector.GetBalance(Pair.Quote).Available;
        var baseAvailable = Connector.GetBalance(Pair.Base).Available;
        var rules = Rules;
        var buys = new List<ProposedOrder>(proposal.Buys.Count);
        foreach (var order in proposal.Buys)
        {
            var amount = Math.Min(order.Amount, rules.QuantizeSize(quote / order.Price));
            if (!rules.Check(TradeSide.Buy, order.Price, amount).IsAccepted) break;
            buys.Add(order with { Amount = amount });
            quote -= amount * order.Price;
        }
        var sells = new List<ProposedOrder>(proposal.Sells.Count);
        foreach (var order in proposal.Sells)
        {
            var amount = Math.Min(order.Amount, rules.QuantizeSize(baseAvailable));
            if (!rules.Check(TradeSide.Sell, order.Price, amount).IsAccepted) break;
            sells.Add(order with { Amount = amount });
            baseAvailable -= amount;
        }
        var trimmed = (buys.Count, proposal.Buys.Count, sells.Count, proposal.Sells.Count);
        // Said once per change: an empty account would otherwise repeat it every tick.
        if (trimmed != _lastBudget && (buys.Count < proposal.Buys.Count || sells.Count < proposal.Sells.Count))
            Logger.LogInformation("Balances allow {Buys} of {WantedBuys} bids and {Sells} of {WantedSells} asks",
                buys.Count, proposal.Buys.Count, sells.Count, proposal.Sells.Count);
        _lastBudget = trimmed;
        return new MarketMakingProposal(buys, sells);
    }

    private async Task PlaceProposalAsync(MarketMakingProposal proposal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var placed = 0;
        foreach (var order in proposal.Buys)
            if (await BuyAsync(order.Amount, order.Price, OrderType.LimitMaker, cancellationToken).ConfigureAwait(false) is not null) placed++;
        foreach (var order in proposal.Sells)
            if (await SellAsync(order.Amount, order.Price, OrderType.LimitMaker, cancellationToken).ConfigureAwait(false) is not null) placed++;
        if (placed > 0)
        {
            SetRefreshTimers(now);
            Logger.LogInformation("Placed {Count} orders: bids {Bids}, asks {Asks}", placed,
                string.Join(", ", proposal.Buys.Select(b => $"{b.Amount}@{b.Price}")), string.Join(", ", proposal.Sells.Select(s => $"{s.Amount}@{s.Price}")));
        }
    }

    private void SetRefreshTimers(DateTimeOffset now)
    {
        _createAt = now + Parameters.OrderRefreshTime;
        _cancelAt = _createAt;
    }
}
