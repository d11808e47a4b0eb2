using System.ComponentModel.DataAnnotations;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Risk;

namespace Hbot.Sdk.Configuration;

/// <summary>
/// A validated strategy file (for example <c>conf/strategies/pmm_btc_usdt.yml</c>): the keys every strategy shares
/// plus the strategy's own parameters in <see cref="Parameters"/>. Built by <see cref="StrategyConfigLoader"/>.
/// </summary>
public sealed class StrategyConfig
{
    /// <summary>Strategy name (<c>strategy</c>), for example <c>pure_market_making</c>.</summary>
    [Required]
    public string Strategy { get; set; } = "";

    /// <summary>Exchange (<c>exchange</c>): <c>paper</c> or a registered connector such as <c>bitget</c>.</summary>
    [Required]
    public string Exchange { get; set; } = "";

    /// <summary>The pair traded (<c>trading_pair</c>), in the form <c>BASE-QUOTE</c>.</summary>
    [Required]
    public TradingPair TradingPair { get; set; }

    /// <summary>
    /// For a real exchange (<c>paper</c>): fill orders in a paper exchange on the exchange's real public feed instead
    /// of sending them. Ignored when <see cref="Exchange"/> is <c>paper</c>.
    /// </summary>
    public bool Paper { get; set; }

    /// <summary>How often the strategy ticks (<c>tick_interval</c>). Default 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Risk limits (<c>risk:</c> section).</summary>
    public RiskLimits Risk { get; set; } = new();

    /// <summary>Paper exchange and simulated market settings (<c>paper_exchange:</c> section).</summary>
    public PaperExchangeSettings PaperExchange { get; set; } = new();

    /// <summary>The file the config was read from (empty for configs built in code).</summary>
    public string FilePath { get; internal init; } = "";

    /// <summary>The strategy's own parameters, of the type its <c>StrategyDefinition</c> names.</summary>
    public object Parameters { get; internal init; } = new();

    /// <summary>The strategy parameters as their type.</summary>
    /// <exception cref="InvalidOperationException">The parameters are of another type.</exception>
    public T GetParameters<T>() where T : class =>
        Parameters as T ?? throw new InvalidOperationException(
            $"Strategy '{Strategy}' has parameters of type {Parameters.GetType().Name}, not {typeof(T).Name}.");
}
