using Hbot.Sdk.Events;
using Hbot.Sdk.Hosting;
using Hbot.Sdk.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Hbot.Sdk.Tests.Hosting;

public sealed class HbotApplicationTests
{
    private static async Task<(int ExitCode, RecordingObserver Events)> RunAsync(params string[] args)
    {
        var recorder = new RecordingObserver();
        var builder = HbotApplication.CreateBuilder(args);
        builder.Services.AddSingleton<ITradingEventObserver>(recorder);
        var exit = await builder.Build().RunAsync();
        return (exit, recorder);
    }

    [Fact]
    public async Task A_run_trades_then_shutdown_cancels_every_open_order_flushes_the_store_and_exits_0()
    {
        var config = TestBotConfig.Write(TestBotConfig.FastPaper);
        var data = Path.Combine(Path.GetDirectoryName(config)!, "data");

        var (exit, recorder) = await RunAsync("run", "--config", config, "--duration", "3s", "--data", data, "--name", "host-test", "--status-interval", "1s");

        Assert.Equal(HbotExitCodes.Success, exit);
        var events = recorder.Events;
        var started = Assert.Single(events.OfType<BotStartedEvent>());
        Assert.Equal("host-test", started.Bot);
        Assert.Equal("pure_market_making", started.Strategy);
        var created = events.OfType<OrderCreatedEvent>().Select(e => e.ClientOrderId).ToHashSet();
        Assert.NotEmpty(created);
        var ended = events.OfType<OrderCancelledEvent>().Select(e => e.ClientOrderId)
            .Concat(events.OfType<OrderCompletedEvent>().Select(e => e.ClientOrderId))
            .Concat(events.OfType<OrderFailedEvent>().Select(e => e.ClientOrderId)).ToHashSet();
        Assert.Empty(created.Except(ended));
        var stopped = events.OfType<StrategyStateChangedEvent>().Last();
        Assert.False(stopped.Running);
        Assert.Equal("shutdown", stopped.Reason);
        Assert.NotEmpty(events.OfType<StrategyTickedEvent>());
        Assert.NotEmpty(events.OfType<PortfolioValuedEvent>());
        Assert.NotEmpty(events.OfType<RiskStateEvent>());

        var store = new TradeStore(Path.Combine(data, TradeStore.FileName));
        Assert.Empty(await store.GetOrdersAsync(openOnly: true, CancellationToken.None));
        Assert.Equal(created.Count, (await store.GetOrdersAsync(openOnly: false, CancellationToken.None)).Count(o => created.Contains(o.ClientOrderId)));
        Assert.Equal(events.OfType<OrderFilledEvent>().Count(), (await store.GetFillsAsync(null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task A_second_run_on_the_same_data_keeps_the_history_and_adds_to_it()
    {
        var config = TestBotConfig.Write(TestBotConfig.FastPaper);
        var data = Path.Combine(Path.GetDirectoryName(config)!, "data");
        Assert.Equal(0, (await RunAsync("run", "-c", config, "-d", "2s", "--data", data, "--status-interval", "0")).ExitCode);
        var store = new TradeStore(Path.Combine(data, TradeStore.FileName));
        var firstOrders = (await store.GetOrdersAsync(false, CancellationToken.None)).Count;

        var (exit, _) = await RunAsync("run", "-c", config, "-d", "2s", "--data", data, "--status-interval", "0");

        Assert.Equal(0, exit);
        var orders = await store.GetOrdersAsync(false, CancellationToken.None);
        Assert.True(orders.Count > firstOrders);
        Assert.Empty(await store.GetOrdersAsync(true, CancellationToken.None));
    }

    [Fact]
    public async Task Config_errors_exit_2_before_anything_starts()
    {
        var config = TestBotConfig.Write(TestBotConfig.FastPaper.Replace("bid_spread: 0.0002", "bid_spread: wide"));

        var (exit, recorder) = await RunAsync("run", "--config", config, "--duration", "1s", "--data", Path.Combine(Path.GetDirectoryName(config)!, "data"));

        Assert.Equal(HbotExitCodes.ConfigError, exit);
        Assert.Empty(recorder.Events);
    }

    [Theory]
    [InlineData("run", "--duration", "soon")]
    [InlineData("run", "--frobnicate")]
    [InlineData("run", "--config", "/nonexistent/pmm.yml")]
    [InlineData("run")]
    public async Task Bad_command_lines_exit_2(params string[] args)
    {
        var (exit, recorder) = await RunAsync(args);

        Assert.Equal(HbotExitCodes.ConfigError, exit);
        Assert.Empty(recorder.Events);
    }

    [Fact]
    public async Task No_command_runs_the_default_config_and_extension_commands_are_reachable()
    {
        var config = TestBotConfig.Write(TestBotConfig.FastPaper);
        var builder = HbotApplication.CreateBuilder(["--duration", "1s", "--data", Path.Combine(Path.GetDirectoryName(config)!, "data"), "--status-interval", "0"]);
        builder.DefaultConfigPath = config;
        var recorder = new RecordingObserver();
        builder.Services.AddSingleton<Hbot.Sdk.Events.ITradingEventObserver>(recorder);
        Assert.Equal(0, await builder.Build().RunAsync());
        Assert.Single(recorder.Events.OfType<BotStartedEvent>());

        var invoked = false;
        var extension = HbotApplication.CreateBuilder(["hello"]);
        var command = new System.CommandLine.Command("hello", "An extension command.");
        command.SetAction(_ => { invoked = true; return 7; });
        extension.Commands.Add(command);
        Assert.Equal(7, await extension.Build().RunAsync());
        Assert.True(invoked);
    }
}
