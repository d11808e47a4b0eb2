using Hbot.Sdk.Connectors;
using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Connectors.Bitget.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Bitget spot connector.</summary>
public static class BitgetServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>bitget</c> <see cref="IExchangeConnectorFactory"/> (live trading, or paper on the real feed with
    /// <c>paper: true</c>) with its options and HTTP client. Calling it again only adds the configuration.
    /// </summary>
    public static IServiceCollection AddBitgetSpot(this IServiceCollection services, Action<BitgetSpotOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<BitgetSpotOptions>();
        if (configure is not null) options.Configure(configure);
        // Header values (ACCESS-KEY, ACCESS-SIGN, ACCESS-PASSPHRASE) are never written by the HTTP client's own logging.
        services.AddHttpClient(BitgetSpotConnectorFactory.HttpClientName).RedactLoggedHeaders(_ => true);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExchangeConnectorFactory, BitgetSpotConnectorFactory>());
        return services;
    }
}
