using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Tests.Connectors.Bitget.Fake;
using Microsoft.Extensions.DependencyInjection;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

/// <summary>A fake classic-account Bitget server, a logging service provider and a temporary folder for each test.</summary>
public abstract class FakeBitgetTestBase(string directoryPrefix) : IAsyncLifetime, IDisposable
{
    protected static readonly TradingPair Pair = TradingPair.Parse("BTC-USDT");

    protected string TempDirectory { get; } = Directory.CreateTempSubdirectory(directoryPrefix).FullName;

    protected ServiceProvider Services { get; } = new ServiceCollection().AddLogging().BuildServiceProvider();

    private protected FakeBitgetServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FakeBitgetServer.StartAsync(BitgetAccountKind.Classic);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Services.DisposeAsync();
    }

    public void Dispose()
    {
        Directory.Delete(TempDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }
}
