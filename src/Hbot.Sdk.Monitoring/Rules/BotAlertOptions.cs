namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Thresholds of the bot and trading pack.</summary>
public sealed class BotAlertOptions
{
    /// <summary>Window of rate() and increase() in bot rules. Default 5m.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>BotDown 'for' (scrape failing). Default 2m.</summary>
    public TimeSpan DownFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>BotNotTicking: last tick older than this many tick intervals. Default 10.</summary>
    public double NotTickingIntervals { get; set; } = 10;

    /// <summary>BotNotTicking: never alert on a tick younger than this, whatever the tick interval (scrapes lag). Default 60s.</summary>
    public TimeSpan NotTickingMinimum { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>BotNotTicking 'for'. Default 1m.</summary>
    public TimeSpan NotTickingFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>KillSwitchTripped 'for'. Default 30s.</summary>
    public TimeSpan KillSwitchFor { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>StrategyStopped 'for'. Default 5m.</summary>
    public TimeSpan StrategyStoppedFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>HighOrderFailureRate: failed share of order attempts above this. Default 0.1.</summary>
    public double OrderFailureRatio { get; set; } = 0.1;

    /// <summary>HighOrderFailureRate 'for'. Default 5m.</summary>
    public TimeSpan OrderFailureFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>TradingHalted: no order created within this window while the strategy runs. Default 10m.</summary>
    public TimeSpan HaltedWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>TradingHalted 'for'. Default 5m.</summary>
    public TimeSpan HaltedFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>StaleOrders: oldest open order older than this many order refresh times. Default 2.</summary>
    public double StaleOrderRefreshMultiple { get; set; } = 2;

    /// <summary>StaleOrders 'for'. Default 2m.</summary>
    public TimeSpan StaleOrdersFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>DailyLossLimitNear: daily loss above this share of the daily loss limit. Default 0.8.</summary>
    public double DailyLossRatio { get; set; } = 0.8;

    /// <summary>DailyLossLimitNear 'for'. Default 1m.</summary>
    public TimeSpan DailyLossFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>LowQuoteBalance: available quote asset below this amount. Default 10.</summary>
    public double LowQuoteBalance { get; set; } = 10;

    /// <summary>LowQuoteBalance 'for'. Default 5m.</summary>
    public TimeSpan LowQuoteBalanceFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>InventoryOutOfRange: base share further than this from its target. Default 0.3.</summary>
    public double InventoryDeviation { get; set; } = 0.3;

    /// <summary>InventoryOutOfRange 'for'. Default 15m.</summary>
    public TimeSpan InventoryFor { get; set; } = TimeSpan.FromMinutes(15);

    internal void Validate(OptionCheck check, TimeSpan scrape)
    {
        check.Window(nameof(RateWindow), RateWindow, scrape);
        check.NotNegative(nameof(DownFor), DownFor);
        check.Positive(nameof(NotTickingIntervals), NotTickingIntervals);
        check.Positive(nameof(NotTickingMinimum), NotTickingMinimum);
        check.NotNegative(nameof(NotTickingFor), NotTickingFor);
        check.NotNegative(nameof(KillSwitchFor), KillSwitchFor);
        check.NotNegative(nameof(StrategyStoppedFor), StrategyStoppedFor);
        check.Ratio(nameof(OrderFailureRatio), OrderFailureRatio);
        check.NotNegative(nameof(OrderFailureFor), OrderFailureFor);
        check.Window(nameof(HaltedWindow), HaltedWindow, scrape);
        check.NotNegative(nameof(HaltedFor), HaltedFor);
        check.Positive(nameof(StaleOrderRefreshMultiple), StaleOrderRefreshMultiple);
        check.NotNegative(nameof(StaleOrdersFor), StaleOrdersFor);
        check.Ratio(nameof(DailyLossRatio), DailyLossRatio);
        check.NotNegative(nameof(DailyLossFor), DailyLossFor);
        check.Positive(nameof(LowQuoteBalance), LowQuoteBalance);
        check.NotNegative(nameof(LowQuoteBalanceFor), LowQuoteBalanceFor);
        check.Ratio(nameof(InventoryDeviation), InventoryDeviation);
        check.NotNegative(nameof(InventoryFor), InventoryFor);
    }
}
