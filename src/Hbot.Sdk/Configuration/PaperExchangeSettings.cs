using Hbot.Sdk.Paper;
using Hbot.Sdk.Simulation;

namespace Hbot.Sdk.Configuration;

/// <summary>
/// The <c>paper_exchange:</c> section: the paper account's <see cref="PaperExchangeOptions"/> (keys such as
/// <c>initial_balances</c>, <c>maker_fee_rate</c>, <c>fill_model</c>, <c>latency</c>, <c>seed</c>) and, under
/// <c>market:</c>, the <see cref="SimulatedMarketOptions"/> of the built-in simulated market used by <c>exchange: paper</c>.
/// </summary>
public sealed class PaperExchangeSettings : IConfigSection
{
    /// <summary>Balances, fees, fill model, latency and seed of the paper exchange.</summary>
    public PaperExchangeOptions Options { get; } = new();

    /// <summary>The simulated market (<c>market:</c>).</summary>
    public SimulatedMarketOptions Market { get; set; } = new();

    IReadOnlyList<object> IConfigSection.Targets => [this, Options];

    void IConfigSection.Validate()
    {
        Options.Validate();
        try
        {
            Market.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException(ex.Message, "Market." + ex.ParamName, ex);
        }
    }
}
