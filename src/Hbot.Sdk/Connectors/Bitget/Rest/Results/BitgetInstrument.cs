using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Results;

/// <summary>A spot symbol with its trading rules.</summary>
/// <param name="Symbol">Bitget symbol, for example <c>BTCUSDT</c>.</param>
/// <param name="Pair">The exchange-neutral pair.</param>
/// <param name="Rules">Tick, step, minimum size and minimum notional.</param>
/// <param name="QuoteStep">Step of quote amounts (market-buy sizes are quote amounts).</param>
/// <param name="Status">Bitget status, for example <c>online</c>.</param>
public sealed record BitgetInstrument(string Symbol, TradingPair Pair, TradingRules Rules, decimal QuoteStep, string Status)
{
    /// <summary>Whether orders are accepted (status online or listed).</summary>
    public bool IsTradable => Status is "online" or "listed" or "";
}
