using Hbot.Sdk.Events;
using Hbot.Sdk.Hosting;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Strategies;
using Hbot.Sdk.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hbot.Sdk.Tests.Documentation;

/// <summary>The README's ten-line custom strategy, kept here word for word so the example cannot rot.</summary>
public sealed class ReadmeStrategyTests
{
    public sealed class DipParameters { public decimal Discount { get; set; } = 0.01m; public decimal Amount { get; set; } = 0.001m; }

    public sealed class BuyTheDip(StrategyContext context, DipParameters p) : StrategyBase(context)
    {
        protected override async Task OnTickAsync(CancellationToken ct)
        {
            if (Book.MidPrice is { } mid && OpenOrders.Count == 0)
                await BuyAsync(p.Amount, mid * (1 - p.Discount), cancellationToken: ct);   // rest a bid under mid
        }
    }

    [Fact]
    public async Task The_readme_strategy_registers_reads_its_parameters_and_rests_a_bid_under_mid()
    {
        var config = TestBotConfig.Write("""
            strategy: buy_the_dip
            exchange: paper
            trading_pair: BTC-USDT
            tick_interval: 100ms
            discount: 0.02
            amount: 0.002
            paper_exchange:
              initial_balances:
                USDT: 10000
              market:
                initial_price: 50000
                step_interval: 50ms
            """, "buy_the_dip.yml");
        var recorder = new RecordingObserver();
        var builder = HbotApplication.CreateBuilder(["run", "--config", config, "--duration", "2s", "--data", Path.Combine(Path.GetDirectoryName(config)!, "data"), "--status-interval", "0"]);
        builder.Services.AddStrategy<BuyTheDip, DipParameters>("buy_the_dip");
        builder.Services.AddSingleton<ITradingEventObserver>(recorder);

        var exit = await builder.Build().RunAsync();

        Assert.Equal(HbotExitCodes.Success, exit);
        var created = recorder.Events.OfType<OrderCreatedEvent>().ToList();
        Assert.NotEmpty(created);
        Assert.All(created, o => Assert.Equal(TradeSide.Buy, o.Side));
        Assert.All(created, o => Assert.Equal(0.002m, o.Amount));
        var firstMid = recorder.Events.OfType<PortfolioValuedEvent>().First().MidPrice;
        Assert.InRange(created[0].Price, firstMid * 0.97m, firstMid * 0.99m);
    }
}
