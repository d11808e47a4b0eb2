namespace Hbot.Sdk.Orders;

/// <summary>The life cycle of an order as the bot tracks it.</summary>
public enum OrderState
{
    /// <summary>Sent (or about to be sent); no answer yet.</summary>
    PendingCreate,
    /// <summary>Working on the book, nothing filled.</summary>
    Open,
    /// <summary>Working, partly filled.</summary>
    PartiallyFilled,
    /// <summary>Completely filled (terminal).</summary>
    Filled,
    /// <summary>Cancel sent, not yet confirmed.</summary>
    PendingCancel,
    /// <summary>Cancelled (terminal); a part may have filled before.</summary>
    Cancelled,
    /// <summary>Rejected or lost (terminal).</summary>
    Failed,
}

/// <summary>Helpers for <see cref="OrderState"/>.</summary>
public static class OrderStateExtensions
{
    /// <summary>Whether no further state change is expected (late fills may still arrive).</summary>
    public static bool IsTerminal(this OrderState state) => state is OrderState.Filled or OrderState.Cancelled or OrderState.Failed;

    /// <summary>Whether the order still reserves funds on the exchange.</summary>
    public static bool IsActive(this OrderState state) => !state.IsTerminal();
}
