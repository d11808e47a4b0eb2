namespace Hbot.Sdk.Orders;

/// <summary>Settings of <see cref="InFlightOrderTracker"/>.</summary>
public sealed class InFlightOrderTrackerOptions
{
    /// <summary>How long finished orders are kept so late fills still find them. Default 10 minutes.</summary>
    public TimeSpan FinishedOrderRetention { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Consecutive not-found answers after which an order is declared lost. Default 3.</summary>
    public int NotFoundLimit { get; set; } = 3;
}
