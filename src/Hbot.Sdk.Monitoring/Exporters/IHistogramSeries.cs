namespace Hbot.Sdk.Monitoring.Exporters;

/// <summary>One histogram series with the buckets of its catalog entry.</summary>
public interface IHistogramSeries
{
    /// <summary>Records one observation.</summary>
    void Observe(double value);
}
