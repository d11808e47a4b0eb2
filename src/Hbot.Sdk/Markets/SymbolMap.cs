using System.Diagnostics.CodeAnalysis;

namespace Hbot.Sdk.Markets;

/// <summary>
/// Maps exchange-neutral <see cref="TradingPair"/>s to an exchange's own symbols and back.
/// Built from the exchange's instrument list, because concatenated symbols (<c>BTCUSDT</c>) cannot be split reliably by rule.
/// </summary>
public sealed class SymbolMap
{
    private readonly Dictionary<TradingPair, string> _toSymbol = new();
    private readonly Dictionary<string, TradingPair> _toPair = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds or replaces one mapping.</summary>
    public void Add(TradingPair pair, string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        _toSymbol[pair] = symbol;
        _toPair[symbol] = pair;
    }

    /// <summary>The exchange symbol of a pair; concatenates base and quote when the pair was never listed.</summary>
    public string ToSymbol(TradingPair pair) => _toSymbol.TryGetValue(pair, out var s) ? s : pair.Base + pair.Quote;

    /// <summary>The pair for an exchange symbol, when the exchange listed it.</summary>
    public bool TryGetPair(string symbol, [NotNullWhen(true)] out TradingPair? pair)
    {
        if (_toPair.TryGetValue(symbol, out var p)) { pair = p; return true; }
        pair = null;
        return false;
    }

    /// <summary>Number of mapped symbols.</summary>
    public int Count => _toSymbol.Count;
}
