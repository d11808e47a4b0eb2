using System.Diagnostics.CodeAnalysis;

namespace Hbot.Sdk.Markets;

/// <summary>
/// A trading pair in the exchange-neutral <c>BASE-QUOTE</c> form (for example <c>BTC-USDT</c>).
/// Exchange symbols (<c>BTCUSDT</c> on Bitget) are mapped with a <see cref="SymbolMap"/>.
/// </summary>
public readonly record struct TradingPair
{
    /// <summary>Creates a pair from its base and quote assets (upper-cased).</summary>
    public TradingPair(string baseAsset, string quoteAsset)
    {
        if (!IsAsset(baseAsset)) throw new ArgumentException($"'{baseAsset}' is not an asset code (letters and digits only).", nameof(baseAsset));
        if (!IsAsset(quoteAsset)) throw new ArgumentException($"'{quoteAsset}' is not an asset code (letters and digits only).", nameof(quoteAsset));
        Base = baseAsset.ToUpperInvariant();
        Quote = quoteAsset.ToUpperInvariant();
    }

    /// <summary>The asset bought or sold (BTC in BTC-USDT).</summary>
    public string Base { get; }

    /// <summary>The asset prices are expressed in (USDT in BTC-USDT).</summary>
    public string Quote { get; }

    /// <summary>Parses the <c>BASE-QUOTE</c> form.</summary>
    /// <exception cref="FormatException">The text is not of the form <c>BASE-QUOTE</c>.</exception>
    public static TradingPair Parse(string text) =>
        TryParse(text, out var pair) ? pair : throw new FormatException($"'{text}' is not a trading pair; expected the form BASE-QUOTE, for example BTC-USDT.");

    /// <summary>Tries to parse the <c>BASE-QUOTE</c> form.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TradingPair pair)
    {
        pair = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var dash = text.IndexOf('-');
        if (dash <= 0 || dash != text.LastIndexOf('-') || dash == text.Length - 1) return false;
        var b = text[..dash];
        var q = text[(dash + 1)..];
        if (!IsAsset(b) || !IsAsset(q)) return false;
        pair = new TradingPair(b, q);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Base is null ? string.Empty : $"{Base}-{Quote}";

    private static bool IsAsset(string? s) => !string.IsNullOrEmpty(s) && s.All(char.IsAsciiLetterOrDigit);
}
