using System.Collections.Concurrent;

namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>
/// Series (or groups of series) by a typed key, created once per label combination. The entry used last is checked
/// first (a bot mostly repeats one exchange and pair, and comparing keys is cheaper than hashing their strings);
/// otherwise a lock-free dictionary read. Neither path allocates.
/// </summary>
internal sealed class SeriesCache<TKey, TSeries>(Func<TKey, TSeries> create) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private Entry? _last;

    public TSeries Get(TKey key)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && EqualityComparer<TKey>.Default.Equals(last.Key, key)) return last.Series;
        if (!_entries.TryGetValue(key, out var entry))
            entry = _entries.GetOrAdd(key, static (k, factory) => new Entry(k, factory(k)), create);
        Volatile.Write(ref _last, entry);
        return entry.Series;
    }

    public IEnumerable<TSeries> Values => _entries.Values.Select(e => e.Series);

    private sealed class Entry(TKey key, TSeries series)
    {
        public TKey Key { get; } = key;
        public TSeries Series { get; } = series;
    }
}
