using System.Globalization;
using Hbot.Sdk.Connectors.Bitget.Credentials;
using Hbot.Sdk.Connectors.Bitget.MarketData;
using Hbot.Sdk.Paper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hbot.Sdk.Connectors.Bitget.Hosting;

/// <summary>
/// Builds the connector for <c>exchange: bitget</c>: the live <see cref="BitgetSpotConnector"/>, or with
/// <c>paper: true</c> a paper exchange filling against Bitget's real public feed (no keys needed).
/// The account kind and demo mode come from, first to last: the BITGET_ACCOUNT_KIND (detect/classic/unified) and
/// BITGET_DEMO (1/true/0/false) variables, the <c>account_kind</c> and <c>demo</c> settings of the connector file
/// (<see cref="BitgetSpotOptions.CredentialsPath"/>), then the code options. BITGET_REST_URL (absolute http(s)) and
/// BITGET_WS_URL (absolute ws(s), live and demo sockets) replace the endpoints, for a proxy or a local test exchange;
/// BITGET_RATE_LIMIT_SHARE (above 0, at most 1) sets this bot's share of the rate limits where several bots share a key.
/// </summary>
public sealed class BitgetSpotConnectorFactory : IExchangeConnectorFactory
{
    /// <summary>Name of the HTTP client registered for Bitget.</summary>
    public const string HttpClientName = "bitget";

    /// <summary>Variable replacing <see cref="BitgetSpotOptions.RestBaseAddress"/>.</summary>
    public const string RestUrlVariable = "BITGET_REST_URL";

    /// <summary>Variable replacing both socket base addresses (live and demo).</summary>
    public const string SocketUrlVariable = "BITGET_WS_URL";

    /// <summary>Variable replacing <see cref="BitgetSpotOptions.RateLimitShare"/>.</summary>
    public const string RateLimitShareVariable = "BITGET_RATE_LIMIT_SHARE";

    private readonly IOptions<BitgetSpotOptions> _options;
    private readonly Func<string, string?> _environment;

    /// <summary>Creates the factory from the registered options.</summary>
    public BitgetSpotConnectorFactory(IOptions<BitgetSpotOptions> options) : this(options, Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Creates the factory with an explicit environment reader (tests).</summary>
    public BitgetSpotConnectorFactory(IOptions<BitgetSpotOptions> options, Func<string, string?> environment)
    {
        _options = options;
        _environment = environment;
    }

    /// <inheritdoc />
    public string Exchange => BitgetSpotConnector.ExchangeName;

    /// <inheritdoc />
    public IExchangeConnector Create(ConnectorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = Effective();
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        var http = context.Services.GetService<IHttpClientFactory>()?.CreateClient(HttpClientName);
        if (context.Config.Paper)
        {
            var source = new BitgetMarketDataSource(options, context.Events, context.Time, loggers, http);
            return new PaperExchange(source, context.Events, context.Time, context.Config.PaperExchange.Options, loggers.CreateLogger<PaperExchange>());
        }
        options.Credentials ??= BitgetCredentialSource.Resolve(options, _environment);
        return new BitgetSpotConnector(options, context.Events, context.Time, loggers, http);
    }

    private BitgetSpotOptions Effective()
    {
        var copy = _options.Value.Clone();
        new BitgetCredentialStore(copy.CredentialsPath).ReadSettings().ApplyTo(copy);
        if (_environment("BITGET_DEMO") is { Length: > 0 } demo)
        {
            copy.DemoTrading = demo.Trim().ToLowerInvariant() switch
            {
                "1" or "true" => true,
                "0" or "false" => false,
                _ => throw new InvalidOperationException($"BITGET_DEMO '{demo}' must be 1, true, 0 or false."),
            };
        }
        if (_environment("BITGET_ACCOUNT_KIND") is { Length: > 0 } kind)
        {
            copy.AccountKind = Enum.TryParse<BitgetAccountKindSelection>(kind, ignoreCase: true, out var k) ? k
                : throw new InvalidOperationException($"BITGET_ACCOUNT_KIND '{kind}' must be detect, classic or unified.");
        }
        if (_environment(RestUrlVariable) is { Length: > 0 } rest) copy.RestBaseAddress = Address(RestUrlVariable, rest, "http", "https");
        if (_environment(SocketUrlVariable) is { Length: > 0 } socket)
        {
            copy.SocketBaseAddress = Address(SocketUrlVariable, socket, "ws", "wss");
            copy.DemoSocketBaseAddress = copy.SocketBaseAddress;
        }
        if (_environment(RateLimitShareVariable) is { Length: > 0 } share)
        {
            copy.RateLimitShare = double.TryParse(share, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s is > 0 and <= 1 ? s
                : throw new InvalidOperationException($"{RateLimitShareVariable} '{share}' must be a number above 0 and at most 1, such as 0.5.");
        }
        copy.Validate();
        return copy;
    }

    private static Uri Address(string variable, string value, string plain, string secure) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == plain || uri.Scheme == secure)
            ? uri
            : throw new InvalidOperationException($"{variable} '{value}' must be an absolute {plain}:// or {secure}:// address.");
}
