using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace Hbot.Sdk.Monitoring.Server;

/// <summary>The <c>host:port</c> the metrics server listens on: an IP literal (<c>127.0.0.1</c>, <c>0.0.0.0</c>, <c>[::1]</c>) or <c>localhost</c>.</summary>
/// <param name="Host">The IP address to bind; null means <c>localhost</c> (loopback on IPv4 and IPv6).</param>
/// <param name="Port">The TCP port; 0 lets the system pick a free one.</param>
public readonly record struct MetricsAddress(IPAddress? Host, int Port)
{
    /// <summary>Parses <c>host:port</c>.</summary>
    /// <exception cref="FormatException">The text is not <c>host:port</c> with a port from 0 to 65535.</exception>
    public static MetricsAddress Parse(string text) =>
        TryParse(text, out var address, out var error) ? address : throw new FormatException(error);

    /// <summary>Tries to parse <c>host:port</c>; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string? text, out MetricsAddress address, [NotNullWhen(false)] out string? error)
    {
        address = default;
        error = null;
        var colon = text?.LastIndexOf(':') ?? -1;
        if (string.IsNullOrWhiteSpace(text) || colon <= 0 || colon == text.Length - 1)
        {
            error = $"'{text}' is not host:port (for example 127.0.0.1:9400, or 0.0.0.0:9400 in a container).";
            return false;
        }
        var hostText = text[..colon];
        var portText = text[(colon + 1)..];
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > IPEndPoint.MaxPort)
        {
            error = $"'{text}': port '{portText}' must be a number from 0 to {IPEndPoint.MaxPort}.";
            return false;
        }
        if (string.Equals(hostText, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = new MetricsAddress(null, port);
            return true;
        }
        var bare = hostText.StartsWith('[') && hostText.EndsWith(']') ? hostText[1..^1] : hostText;
        if (!IPAddress.TryParse(bare, out var ip) || (ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && bare == hostText))
        {
            error = $"'{text}': host '{hostText}' must be an IP address (IPv6 in brackets, like [::1]) or localhost.";
            return false;
        }
        address = new MetricsAddress(ip, port);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Host switch
    {
        null => $"localhost:{Port}",
        { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } => $"[{Host}]:{Port}",
        _ => $"{Host}:{Port}",
    };
}
