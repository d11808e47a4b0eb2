namespace Hbot.Sdk.Orders;

/// <summary>A status report about one order from REST or a socket push, already mapped to <see cref="OrderState"/>.</summary>
/// <param name="ClientOrderId">Client order id, when the exchange echoes it.</param>
/// <param name="ExchangeOrderId">The exchange's order id, when known.</param>
/// <param name="State">The reported state.</param>
/// <param name="FailureReason">Reason when <paramref name="State"/> is failed.</param>
public sealed record OrderStatusUpdate(string? ClientOrderId, string? ExchangeOrderId, OrderState State, string? FailureReason = null);
