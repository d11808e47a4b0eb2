using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>
/// Counts log events by level with one atomic add each. The logger provider writes it and the metrics observer reads
/// it at scrape time, so logging never depends on the exporter (which logs itself) being built.
/// </summary>
public sealed class LogEventTally
{
    private readonly long[] _counts = new long[(int)LogLevel.Critical + 1];

    /// <summary>Counts one event; <see cref="LogLevel.None"/> is ignored.</summary>
    public void Count(LogLevel level)
    {
        if (level is >= LogLevel.Trace and <= LogLevel.Critical) Interlocked.Increment(ref _counts[(int)level]);
    }

    /// <summary>Events counted at <paramref name="level"/> so far.</summary>
    public long Get(LogLevel level) =>
        level is >= LogLevel.Trace and <= LogLevel.Critical ? Interlocked.Read(ref _counts[(int)level]) : 0;
}
