using System.Diagnostics;
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
        using var process = Process.GetCurrentProcess();
        _cpu.IncTo(process.TotalProcessorTime.TotalSeconds);
        _residentMemory.Set(process.WorkingSet64);
        _openFds.Set(OpenFileDescriptors(process));
        _heapSize.Set(GC.GetTotalMemory(forceFullCollection: false));
        for (var generation = 0; generation < _collections.Length; generation++)
            _collections[generation].IncTo(GC.CollectionCount(generation));
    }

    private static int OpenFileDescriptors(Process process) =>
        // Linux lists one entry per descriptor here; elsewhere the handle count is the closest equivalent.
        OperatingSystem.IsLinux() ? Directory.EnumerateFileSystemEntries("/proc/self/fd").Count() : process.HandleCount;
}
