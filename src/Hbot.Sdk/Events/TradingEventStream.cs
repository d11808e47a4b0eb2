using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hbot.Sdk.Events;

/// <summary>
/// The bot's single event stream: connectors, the order tracker, the risk guard and strategies publish here;
/// observers subscribe. Dispatch is synchronous and lock-free for publishers; a failing observer is logged
/// and never breaks trading.
/// </summary>
public sealed class TradingEventStream
{
    private readonly ILogger<TradingEventStream> _logger;
    private ITradingEventObserver[] _observers = [];
    private readonly Lock _gate = new();

    /// <summary>Creates a stream.</summary>
    public TradingEventStream(ILogger<TradingEventStream>? logger = null)
    {
        _logger = logger ?? NullLogger<TradingEventStream>.Instance;
    }

    /// <summary>Adds an observer; dispose the result to remove it.</summary>
    public IDisposable Subscribe(ITradingEventObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (_gate) _observers = [.. _observers, observer];
        return new Subscription(this, observer);
    }

    /// <summary>Adds a delegate observer; dispose the result to remove it.</summary>
    public IDisposable Subscribe(Action<TradingEvent> handler) => Subscribe(new DelegateObserver(handler));

    /// <summary>Delivers an event to every observer.</summary>
    public void Publish(TradingEvent tradingEvent)
    {
        var observers = Volatile.Read(ref _observers);
        foreach (var observer in observers)
        {
            try
            {
                observer.OnEvent(tradingEvent);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Event observer {Observer} failed on {Event}", observer.GetType().Name, tradingEvent.GetType().Name);
            }
        }
    }

    private void Remove(ITradingEventObserver observer)
    {
        lock (_gate) _observers = _observers.Where(o => !ReferenceEquals(o, observer)).ToArray();
    }

    private sealed class Subscription(TradingEventStream stream, ITradingEventObserver observer) : IDisposable
    {
        private int _disposed;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) stream.Remove(observer);
        }
    }

    private sealed class DelegateObserver(Action<TradingEvent> handler) : ITradingEventObserver
    {
        public void OnEvent(TradingEvent tradingEvent) => handler(tradingEvent);
    }
}
