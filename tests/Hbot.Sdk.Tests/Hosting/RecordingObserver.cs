using Hbot.Sdk.Events;

namespace Hbot.Sdk.Tests.Hosting;

/// <summary>Collects every event of a hosted bot (registered as an <see cref="ITradingEventObserver"/> service).</summary>
internal sealed class RecordingObserver : ITradingEventObserver
{
    private readonly List<TradingEvent> _events = [];

    public IReadOnlyList<TradingEvent> Events { get { lock (_events) return _events.ToArray(); } }

    public void OnEvent(TradingEvent tradingEvent)
    {
        lock (_events) _events.Add(tradingEvent);
    }
}
