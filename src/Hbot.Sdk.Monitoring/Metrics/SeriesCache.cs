using System.Collections.Concurrent;

namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>
/// Series (or groups of series) by a typed key, created once per label combination. A hit is one lock-free
/// dictionary read with no allocation, which keeps the per-event cost of the observer in nanoseconds.
/// </summary>
internal sealed class SeriesCache<TKey, TSeries>(Func<TKey, TSeries> create) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TSeries> _series = new();

    public TSeries Get(TKey key) => _series.TryGetValue(key, out var series) ? series : _series.GetOrAdd(key, create);

    public ICollection<TSeries> Values => _series.Values;
}
