using Hbot.Sdk.Configuration;
using Hbot.Sdk.Connectors;
using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Connectors.Bitget.Hosting;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Tests.Connectors.Bitget.Fake;
using Microsoft.Extensions.DependencyInjection;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

/// <summary>
/// BITGET_REST_URL and BITGET_WS_URL point the connector at another Bitget endpoint (a proxy or a local test exchange);
/// BITGET_RATE_LIMIT_SHARE sets the bot's share of the rate limits.
/// </summary>
public sealed class BitgetEndpointVariableTests() : FakeBitgetTestBase("hbot-bitget-endpoints-")
{
    private IExchangeConnector Create(Func<string, string?> environment, TradingEventStream? events = null)
    {
        var options = Server.Options();
        // Code options point nowhere: only the variables can lead the connector to the fake.
        options.RestBaseAddress = new Uri("http://127.0.0.1:9");
        options.SocketBaseAddress = new Uri("ws://127.0.0.1:9");
        options.DemoSocketBaseAddress = new Uri("ws://127.0.0.1:9");
        options.CredentialsPath = Path.Combine(TempDirectory, "bitget.yml");
        var factory = new BitgetSpotConnectorFactory(Microsoft.Extensions.Options.Options.Create(options), environment);
        var context = new ConnectorContext(new StrategyConfig { Strategy = "pure_market_making", Exchange = "bitget", TradingPair = Pair },
            Services, TempDirectory, events ?? new TradingEventStream(), TimeProvider.System);
        return factory.Create(context);
    }

    [Fact]
    public async Task The_variables_replace_the_rest_and_socket_addresses_and_the_rate_limit_share()
    {
        var environment = new Dictionary<string, string>
        {
            [BitgetSpotConnectorFactory.RestUrlVariable] = Server.RestAddress.ToString(),
            [BitgetSpotConnectorFactory.SocketUrlVariable] = Server.SocketAddress.ToString(),
            // One signed request per second for the whole account: the start's signed calls queue behind each other.
            [BitgetSpotConnectorFactory.RateLimitShareVariable] = "0.02",
        };
        var events = new TradingEventStream();
        var waits = new List<RateLimitEvent>();
        events.Subscribe(e =>
        {
            if (e is RateLimitEvent wait) lock (waits) waits.Add(wait);
        });
        var connector = Assert.IsType<BitgetSpotConnector>(Create(environment.GetValueOrDefault, events));
        await using (connector)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await connector.StartAsync([Pair], timeout.Token);
            lock (waits) Assert.Contains(waits, w => w.Endpoint == "account" && !w.Rejected);
            Assert.Contains(Server.RequestLog, r => r.Contains("/api/v2/spot/account", StringComparison.Ordinal));
            await Eventually.TrueAsync(() => Server.ConnectedPrivateSockets > 0 && Server.ConnectedPublicSockets > 0, "both sockets connected to the fake");
            await connector.StopAsync(default);
        }
    }

    [Theory]
    [InlineData(BitgetSpotConnectorFactory.RestUrlVariable, "ws://127.0.0.1:1", "BITGET_REST_URL 'ws://127.0.0.1:1' must be an absolute http:// or https:// address")]
    [InlineData(BitgetSpotConnectorFactory.RestUrlVariable, "api.example/v2", "BITGET_REST_URL 'api.example/v2' must be an absolute http:// or https:// address")]
    [InlineData(BitgetSpotConnectorFactory.SocketUrlVariable, "https://127.0.0.1:1", "BITGET_WS_URL 'https://127.0.0.1:1' must be an absolute ws:// or wss:// address")]
    [InlineData(BitgetSpotConnectorFactory.RateLimitShareVariable, "1.5", "BITGET_RATE_LIMIT_SHARE '1.5' must be a number above 0 and at most 1")]
    [InlineData(BitgetSpotConnectorFactory.RateLimitShareVariable, "half", "BITGET_RATE_LIMIT_SHARE 'half' must be a number above 0 and at most 1")]
    public void A_bad_address_is_refused_naming_the_variable(string variable, string value, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create(n => n == variable ? value : null));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
