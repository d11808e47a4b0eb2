namespace Hbot.Sdk.Events;

/// <summary>
/// Receives every event published on a <see cref="TradingEventStream"/>. Called synchronously on the publishing
/// thread, so implementations must be fast and must not block; hand slow work (disk, network) to a queue.
/// </summary>
public interface ITradingEventObserver
{
    /// <summary>Handles one event. Exceptions are caught and logged by the stream, never propagated to the publisher.</summary>
    void OnEvent(TradingEvent tradingEvent);
}
