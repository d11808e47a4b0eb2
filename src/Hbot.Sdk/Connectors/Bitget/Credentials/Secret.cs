namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>
/// A secret string (API secret, passphrase, password) that never shows itself: <see cref="ToString"/> and any
/// log or exception formatting print <c>***</c>. Call <see cref="Reveal"/> only where the value is used.
/// </summary>
public sealed class Secret : IEquatable<Secret>
{
    private readonly string _value;

    /// <summary>Wraps a non-empty secret value.</summary>
    public Secret(string value)
    {
        if (string.IsNullOrEmpty(value)) throw new ArgumentException("A secret must not be empty.", nameof(value));
        _value = value;
    }

    /// <summary>The secret value itself; use it only to sign or encrypt, never to log.</summary>
    public string Reveal() => _value;

    /// <summary>Always <c>***</c>.</summary>
    public override string ToString() => "***";

    /// <inheritdoc />
    public bool Equals(Secret? other) => other is not null && string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Secret s && Equals(s);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_value);
}
