using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>
/// Counts log events by level into <see cref="MetricCatalog.LogEvents"/>. It sees what passes the logging filters,
/// so the counts match what the bot writes; a rising error count alerts even when nobody reads the logs.
/// </summary>
[ProviderAlias("HbotMetrics")]
public sealed class MetricsLoggerProvider : ILoggerProvider
{
    private readonly CountingLogger _logger;

    /// <summary>Creates a provider that counts into <paramref name="tally"/>.</summary>
    public MetricsLoggerProvider(LogEventTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        _logger = new CountingLogger(tally);
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => _logger;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class CountingLogger(LogEventTally tally) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            tally.Count(logLevel);
    }
}
