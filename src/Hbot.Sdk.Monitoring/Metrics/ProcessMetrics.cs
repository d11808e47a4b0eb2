using System.Buffers.Text;
using System.Diagnostics;
using System.IO.Enumeration;
using Hbot.Sdk.Monitoring.Exporters;

namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>
/// The standard process and runtime metrics (<c>process_*</c>, <c>dotnet_gc_*</c>), read at scrape time and exported
/// by the SDK itself from the catalog, so both exporters expose identical names (instead of each library's own set).
/// </summary>
public sealed class ProcessMetrics
{
    private readonly ICounterSeries _cpu;
    private readonly IGaugeSeries _residentMemory;
    private readonly IGaugeSeries _openFds;
    private readonly IGaugeSeries _heapSize;
    private readonly ICounterSeries[] _collections;

    /// <summary>Creates the instruments and reads them on every scrape of <paramref name="exporter"/>.</summary>
    public ProcessMetrics(MetricExporter exporter)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        _cpu = exporter.Counter(MetricCatalog.ProcessCpu).WithLabels([]);
        _residentMemory = exporter.Gauge(MetricCatalog.ProcessResidentMemory).WithLabels([]);
        _openFds = exporter.Gauge(MetricCatalog.ProcessOpenFds).WithLabels([]);
        _heapSize = exporter.Gauge(MetricCatalog.GcHeapSize).WithLabels([]);
        var collections = exporter.Counter(MetricCatalog.GcCollections);
        _collections = [.. Enumerable.Range(0, GC.MaxGeneration + 1).Select(g => collections.WithLabels([MetricLabels.Generation(g)]))];
        using (var process = Process.GetCurrentProcess())
        {
            exporter.Gauge(MetricCatalog.ProcessStartTime).WithLabels([])
                .Set(new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds() / 1000.0);
        }
        exporter.AddCollectCallback(Collect);
    }

    private void Collect()
    {
        _cpu.IncTo(Environment.CpuUsage.TotalTime.TotalSeconds);
        _residentMemory.Set(ResidentMemoryBytes());
        _openFds.Set(OpenFileDescriptors());
        _heapSize.Set(GC.GetTotalMemory(forceFullCollection: false));
        for (var generation = 0; generation < _collections.Length; generation++)
            _collections[generation].IncTo(GC.CollectionCount(generation));
    }

    // Linux reads go straight to /proc (tens of microseconds); System.Diagnostics.Process parses far more and took
    // most of a scrape.
    private static long ResidentMemoryBytes()
    {
        if (!OperatingSystem.IsLinux()) return Environment.WorkingSet;
        // statm: "size resident shared ..." in pages.
        Span<byte> buffer = stackalloc byte[256];
        using var handle = File.OpenHandle("/proc/self/statm");
        var text = buffer[..RandomAccess.Read(handle, buffer, 0)];
        var afterSize = text[(text.IndexOf((byte)' ') + 1)..];
        var end = afterSize.IndexOf((byte)' ');
        return Utf8Parser.TryParse(end < 0 ? afterSize : afterSize[..end], out long pages, out _)
            ? pages * Environment.SystemPageSize
            : Environment.WorkingSet;
    }

    private static int OpenFileDescriptors()
    {
        if (!OperatingSystem.IsLinux())
        {
            using var process = Process.GetCurrentProcess();
            return process.HandleCount;
        }
        // fdinfo has one regular file per descriptor; /proc/self/fd holds symlinks the enumerator would stat one by one.
        var count = 0;
        foreach (var _ in new FileSystemEnumerable<bool>("/proc/self/fdinfo", static (ref FileSystemEntry _) => true)) count++;
        return count;
    }
}
