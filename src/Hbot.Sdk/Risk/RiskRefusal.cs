namespace Hbot.Sdk.Risk;

/// <summary>Why the <see cref="RiskGuard"/> refused an order.</summary>
/// <param name="Reason">Bounded code: <c>kill_switch</c>, <c>max_order_size</c>, <c>max_open_orders</c>, <c>max_base_position</c>.</param>
/// <param name="Message">Human detail with the figures.</param>
public sealed record RiskRefusal(string Reason, string Message);
