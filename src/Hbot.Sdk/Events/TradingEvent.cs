namespace Hbot.Sdk.Events;

/// <summary>
/// Base of every event on the bot's one event stream. Observers (metrics, trade store, logs) subscribe to
/// <see cref="TradingEventStream"/>; the core knows nothing about what they do with it.
/// </summary>
/// <param name="Timestamp">When the event happened, from the bot's <see cref="TimeProvider"/>.</param>
public abstract record TradingEvent(DateTimeOffset Timestamp);
