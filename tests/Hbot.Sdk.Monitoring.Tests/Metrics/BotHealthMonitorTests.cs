using Hbot.Sdk.Events;
using Hbot.Sdk.Monitoring.Health;
using Hbot.Sdk.Paper;
using Hbot.Sdk.Simulation;
using Microsoft.Extensions.Time.Testing;

namespace Hbot.Sdk.Monitoring.Tests.Metrics;

public sealed class BotHealthMonitorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    private void Feed(BotHealthMonitor monitor)
    {
        monitor.OnEvent(new StrategyTickedEvent(_time.GetUtcNow(), "pmm", TimeSpan.FromMilliseconds(1)));
        monitor.OnEvent(new OrderBookUpdatedEvent(_time.GetUtcNow(), "paper", TradingScenario.Pair, 99m, 101m));
    }

    [Fact]
    public async Task The_connector_check_follows_the_paper_exchange_readiness()
    {
        var events = new TradingEventStream();
        await using var paper = new PaperExchange(new SimulatedMarket(new SimulatedMarketOptions(), _time), events, _time, new PaperExchangeOptions());
        var monitor = new BotHealthMonitor(new BotHealthOptions(), _time, paper);
        Feed(monitor);

        var stopped = monitor.Evaluate();
        await paper.StartAsync([TradingScenario.Pair], CancellationToken.None);
        var started = monitor.Evaluate();
        await paper.StopAsync(CancellationToken.None);
        var stoppedAgain = monitor.Evaluate();

        Assert.Equal(["connector"], stopped.Failing);
        Assert.False(stopped.ConnectorReady);
        Assert.True(started.Healthy, string.Join("; ", started.Checks.Select(c => c.Detail)));
        Assert.True(started.ConnectorReady);
        Assert.Equal(["connector"], stoppedAgain.Failing);
        Assert.Contains("'paper' is not ready", stoppedAgain.Checks.Single(c => c.Name == "connector").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stall_limit_scales_with_the_announced_tick_interval_above_the_minimum()
    {
        var monitor = new BotHealthMonitor(new BotHealthOptions { TickStallFactor = 3, MinimumTickStall = TimeSpan.FromSeconds(4) }, _time);

        var before = monitor.TickStallLimit;
        monitor.OnEvent(new BotStartedEvent(_time.GetUtcNow(), "b", "pmm", "paper", TradingScenario.Pair, "1", TimeSpan.FromSeconds(10), null));

        Assert.Equal(TimeSpan.FromSeconds(4), before);
        Assert.Equal(TimeSpan.FromSeconds(30), monitor.TickStallLimit);
    }

    [Fact]
    public void A_tick_exactly_at_the_limit_is_still_healthy_and_one_past_it_is_not()
    {
        var monitor = new BotHealthMonitor(new BotHealthOptions(), _time);
        Feed(monitor);

        _time.Advance(TimeSpan.FromSeconds(10));
        monitor.OnEvent(new OrderBookUpdatedEvent(_time.GetUtcNow(), "paper", TradingScenario.Pair, 99m, 101m));
        var atLimit = monitor.Evaluate();
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var past = monitor.Evaluate();

        Assert.True(atLimit.Healthy);
        Assert.Equal(["tick"], past.Failing);
    }
}
