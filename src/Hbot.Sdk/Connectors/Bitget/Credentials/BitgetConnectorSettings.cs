namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>
/// The plain, user-editable settings of <c>conf/connectors/bitget.yml</c> (<c>account_kind</c>, <c>demo</c>), kept next to
/// the encrypted key and outside the encryption. A null value means the key is absent: the code option applies.
/// </summary>
/// <param name="AccountKind">Forces classic (V2) or unified (V3), or detects at start.</param>
/// <param name="DemoTrading">Trades on Bitget demo trading.</param>
public sealed record BitgetConnectorSettings(BitgetAccountKindSelection? AccountKind = null, bool? DemoTrading = null)
{
    /// <summary>The YAML key of <see cref="AccountKind"/>.</summary>
    public const string AccountKindKey = "account_kind";

    /// <summary>The YAML key of <see cref="DemoTrading"/>.</summary>
    public const string DemoKey = "demo";

    /// <summary>No setting written.</summary>
    public static BitgetConnectorSettings None { get; } = new();

    /// <summary>These settings where they are set, <paramref name="fallback"/>'s where they are not.</summary>
    public BitgetConnectorSettings Over(BitgetConnectorSettings fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new(AccountKind ?? fallback.AccountKind, DemoTrading ?? fallback.DemoTrading);
    }

    /// <summary>Writes the settings that are set into <paramref name="options"/>.</summary>
    public void ApplyTo(BitgetSpotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (AccountKind is { } kind) options.AccountKind = kind;
        if (DemoTrading is { } demo) options.DemoTrading = demo;
    }

    /// <summary>The label written to the file: <c>detect</c>, <c>classic</c> or <c>unified</c>.</summary>
    public static string Label(BitgetAccountKindSelection kind) => kind switch
    {
        BitgetAccountKindSelection.Classic => "classic",
        BitgetAccountKindSelection.Unified => "unified",
        _ => "detect",
    };

    /// <summary>Parses a label case-insensitively; false for anything but detect, classic or unified.</summary>
    public static bool TryParseKind(string? text, out BitgetAccountKindSelection kind)
    {
        kind = BitgetAccountKindSelection.Detect;
        foreach (var candidate in Enum.GetValues<BitgetAccountKindSelection>())
        {
            if (!string.Equals(Label(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            kind = candidate;
            return true;
        }
        return false;
    }
}
