using Hbot.Sdk.Configuration;
using Hbot.Sdk.Strategies;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

public class BitgetSampleConfigTests
{
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hbot.Sdk.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Hbot.Sdk.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void The_sample_config_loads_and_defaults_to_paper_on_the_bitget_feed()
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "Hbot.Samples.BitgetSpotMarketMaking", "conf", "strategies", "pmm_bitget_btc_usdt.yml");
        var loader = new StrategyConfigLoader([StrategyDefinition.Create<PureMarketMakingStrategy, PureMarketMakingParameters>(PureMarketMakingStrategy.ConfigName)], ["paper", "bitget"]);
        var config = loader.Load(path);
        Assert.Equal("bitget", config.Exchange);
        Assert.True(config.Paper);
        Assert.Equal("BTC-USDT", config.TradingPair.ToString());
        Assert.Equal(500m, config.PaperExchange.Options.InitialBalances["USDT"]);
    }
}
