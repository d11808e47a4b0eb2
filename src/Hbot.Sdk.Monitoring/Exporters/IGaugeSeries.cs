namespace Hbot.Sdk.Monitoring.Exporters;

/// <summary>One gauge series.</summary>
public interface IGaugeSeries
{
    /// <summary>Sets the current value.</summary>
    void Set(double value);
}
