namespace Hbot.Sdk.Monitoring.Exporters;

/// <summary>One counter series.</summary>
public interface ICounterSeries
{
    /// <summary>Adds a non-negative amount.</summary>
    void Inc(double amount = 1);

    /// <summary>
    /// Raises the counter to a total read from elsewhere (process CPU time); lower values are ignored. Use it only on
    /// series fed by totals, never mixed with <see cref="Inc"/> on the same series.
    /// </summary>
    void IncTo(double total);
}
