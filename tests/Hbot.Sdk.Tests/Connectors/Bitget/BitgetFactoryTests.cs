using Hbot.Sdk.Configuration;
using Hbot.Sdk.Connectors;
using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Connectors.Bitget.Credentials;
using Hbot.Sdk.Connectors.Bitget.Hosting;
using Hbot.Sdk.Connectors.Bitget.MarketData;
using Hbot.Sdk.Events;
using Hbot.Sdk.Hosting;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Paper;
using Hbot.Sdk.Tests.Connectors.Bitget.Fake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

public sealed class BitgetFactoryTests : IAsyncLifetime
{
    private static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");
    private FakeBitgetServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBitgetServer.StartAsync(BitgetAccountKind.Unified);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBitgetSpot(o =>
        {
            var fake = _server.Options();
            o.RestBaseAddress = fake.RestBaseAddress;
            o.SocketBaseAddress = fake.SocketBaseAddress;
            o.PingInterval = fake.PingInterval;
            o.PongTimeout = fake.PongTimeout;
            o.ReconnectDelay = fake.ReconnectDelay;
        });
        services.AddBitgetSpot();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private ConnectorContext Context(bool paper) => new(
        new StrategyConfig { Strategy = "pure_market_making", Exchange = "bitget", TradingPair = Pair, Paper = paper },
        _services, Path.GetTempPath(), new TradingEventStream(), TimeProvider.System);

    [Fact]
    public void The_factory_is_registered_once_for_bitget()
    {
        var factory = Assert.Single(_services.GetServices<IExchangeConnectorFactory>());
        Assert.Equal("bitget", factory.Exchange);
    }

    [Fact]
    public void The_application_builder_includes_bitget_and_the_connect_command()
    {
        var builder = HbotApplication.CreateBuilder([]);
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(IExchangeConnectorFactory) && d.ImplementationType == typeof(BitgetSpotConnectorFactory));
        var connect = Assert.Single(builder.Commands, c => c.Name == "connect");
        Assert.Contains(connect.Subcommands, c => c.Name == "bitget");
    }

    [Fact]
    public async Task Paper_mode_fills_on_the_real_public_feed_without_keys()
    {
        var factory = _services.GetServices<IExchangeConnectorFactory>().Single();
        await using var connector = factory.Create(Context(paper: true));
        var paper = Assert.IsType<PaperExchange>(connector);
        Assert.IsType<BitgetMarketDataSource>(paper.Market);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await connector.StartAsync([Pair], timeout.Token);
        await Eventually.TrueAsync(() => !paper.Market.GetOrderBook(Pair).IsStale, "the Bitget book");
        Assert.Equal(50_000m, paper.Market.GetOrderBook(Pair).BestBid);
        Assert.Equal(0.01m, paper.Market.GetTradingRules(Pair).PriceTick);
        Assert.True(paper.Market.IsConnected);
        Assert.DoesNotContain(_server.RequestLog, r => r.Contains("/trade/", StringComparison.Ordinal) || r.Contains("/account/", StringComparison.Ordinal));
        var trades = new System.Collections.Concurrent.ConcurrentQueue<PublicTrade>();
        paper.Market.TradeReceived += trades.Enqueue;
        await _server.PushTradeAsync("50001", "0.3", "buy");
        await Eventually.TrueAsync(() => !trades.IsEmpty, "the trade print to reach the paper exchange's source");
        Assert.Equal((TradeSide.Buy, 50001m, 0.3m), (trades.Single().TakerSide, trades.Single().Price, trades.Single().Amount));
        await connector.StopAsync(default);
    }

    [Fact]
    public void Live_mode_takes_credentials_from_the_environment()
    {
        var env = new Dictionary<string, string>
        {
            [BitgetCredentialSource.ApiKeyVariable] = FakeBitgetServer.ApiKey,
            [BitgetCredentialSource.ApiSecretVariable] = FakeBitgetServer.ApiSecret,
            [BitgetCredentialSource.PassphraseVariable] = FakeBitgetServer.Passphrase,
            ["BITGET_ACCOUNT_KIND"] = "unified",
        };
        var factory = new BitgetSpotConnectorFactory(_services.GetRequiredService<IOptions<BitgetSpotOptions>>(), n => env.GetValueOrDefault(n));
        var connector = Assert.IsType<BitgetSpotConnector>(factory.Create(Context(paper: false)));
        Assert.Equal("bitget", connector.Name);
    }

    [Fact]
    public void Live_mode_without_credentials_says_how_to_add_them()
    {
        var factory = new BitgetSpotConnectorFactory(_services.GetRequiredService<IOptions<BitgetSpotOptions>>(), _ => null);
        var error = Assert.Throws<BitgetCredentialException>(() => factory.Create(Context(paper: false)));
        Assert.Contains("connect bitget", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_account_kind_variable_is_named()
    {
        var factory = new BitgetSpotConnectorFactory(_services.GetRequiredService<IOptions<BitgetSpotOptions>>(), n => n == "BITGET_ACCOUNT_KIND" ? "hybrid" : null);
        var error = Assert.Throws<InvalidOperationException>(() => factory.Create(Context(paper: true)));
        Assert.Contains("BITGET_ACCOUNT_KIND", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_live_connector_from_the_host_services_logs_no_secret_even_at_trace()
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddBitgetSpot(o =>
        {
            o.RestBaseAddress = _server.RestAddress;
            o.SocketBaseAddress = _server.SocketAddress;
        });
        await using var provider = services.BuildServiceProvider();
        var env = new Dictionary<string, string>
        {
            [BitgetCredentialSource.ApiKeyVariable] = FakeBitgetServer.ApiKey,
            [BitgetCredentialSource.ApiSecretVariable] = FakeBitgetServer.ApiSecret,
            [BitgetCredentialSource.PassphraseVariable] = FakeBitgetServer.Passphrase,
        };
        var factory = new BitgetSpotConnectorFactory(provider.GetRequiredService<IOptions<BitgetSpotOptions>>(), n => env.GetValueOrDefault(n));
        var context = new ConnectorContext(new StrategyConfig { Strategy = "pure_market_making", Exchange = "bitget", TradingPair = Pair }, provider,
            Path.GetTempPath(), new TradingEventStream(), TimeProvider.System);
        await using var connector = factory.Create(context);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await connector.StartAsync([Pair], timeout.Token);
        await connector.PlaceOrderAsync(new Hbot.Sdk.Orders.OrderRequest("hbTrace", Pair, TradeSide.Buy, OrderType.LimitMaker, 0.01m, 49_000m), timeout.Token);
        await connector.StopAsync(timeout.Token);
        Assert.Contains(logs.Lines, l => l.Contains("System.Net.Http.HttpClient.bitget", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(FakeBitgetServer.ApiSecret, StringComparison.Ordinal)
            || l.Contains(FakeBitgetServer.Passphrase, StringComparison.Ordinal) || l.Contains(FakeBitgetServer.ApiKey, StringComparison.Ordinal));
    }
}
