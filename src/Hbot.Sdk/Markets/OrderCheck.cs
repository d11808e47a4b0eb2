namespace Hbot.Sdk.Markets;

/// <summary>The result of fitting an order to an exchange's trading rules.</summary>
/// <param name="Price">The quantized price (unchanged for market orders without a price).</param>
/// <param name="Amount">The quantized size.</param>
/// <param name="RefusalReason">Why the order cannot be sent, or null when it can.</param>
public readonly record struct OrderCheck(decimal Price, decimal Amount, string? RefusalReason)
{
    /// <summary>Whether the quantized order may be sent.</summary>
    public bool IsAccepted => RefusalReason is null;
}
