using Hbot.Sdk.Orders;

namespace Hbot.Sdk.Connectors.Bitget.Orders;

/// <summary>
/// Maps Bitget order status strings of both API families to <see cref="OrderState"/>, tolerating legacy and
/// alternative spellings (<c>partially_fill</c>, <c>full_fill</c>, <c>canceled</c>, <c>partial_fill</c>).
/// </summary>
public static class BitgetOrderStatus
{
    /// <summary>Maps a status; false for a value never seen before (callers log it and keep the order as it is).</summary>
    public static bool TryMap(string? status, out OrderState state) => TryMap(status.AsSpan(), out state);

    /// <summary>Maps a status given as characters.</summary>
    public static bool TryMap(ReadOnlySpan<char> status, out OrderState state)
    {
        state = status switch
        {
            "init" or "new" or "live" => OrderState.Open,
            "partially_filled" or "partially_fill" or "partial_fill" or "partial-fill" => OrderState.PartiallyFilled,
            "filled" or "full_fill" or "full-fill" => OrderState.Filled,
            "cancelled" or "canceled" or "cancel" => OrderState.Cancelled,
            "reject" or "rejected" or "failed" => OrderState.Failed,
            _ => OrderState.PendingCreate,
        };
        return state != OrderState.PendingCreate;
    }

    /// <summary>Maps a status given as UTF-8 bytes (socket hot path, no allocation).</summary>
    public static bool TryMap(ReadOnlySpan<byte> status, out OrderState state)
    {
        Span<char> chars = stackalloc char[24];
        if (status.Length > chars.Length) { state = OrderState.PendingCreate; return false; }
        for (var i = 0; i < status.Length; i++) chars[i] = (char)status[i];
        return TryMap(chars[..status.Length], out state);
    }
}
