namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Windows of the silent-failure pack: how long something may stay unchanged before it is suspicious.</summary>
public sealed class SilentFailureAlertOptions
{
    /// <summary>NoFillsWhileQuoting: no fill within this window while orders are open. Default 2h.</summary>
    public TimeSpan NoFillsWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>NoFillsWhileQuoting 'for'. Default 15m.</summary>
    public TimeSpan NoFillsFor { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>BalanceNotUpdating: balances unchanged within this window although fills arrived. Default 1h.</summary>
    public TimeSpan BalanceWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>BalanceNotUpdating 'for'. Default 15m.</summary>
    public TimeSpan BalanceFor { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>LogsNotGrowing: no log event within this window while the strategy runs. Default 15m.</summary>
    public TimeSpan LogsWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>LogsNotGrowing 'for'. Default 5m.</summary>
    public TimeSpan LogsFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>TradeStoreNotGrowing: no trade store row within this window although fills arrived. Default 1h.</summary>
    public TimeSpan StoreWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>TradeStoreNotGrowing 'for'. Default 15m.</summary>
    public TimeSpan StoreFor { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>NoExchangeTraffic: no REST request and no socket message within this window while the strategy runs on a real exchange. Default 10m.</summary>
    public TimeSpan TrafficWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>NoExchangeTraffic 'for'. Default 5m.</summary>
    public TimeSpan TrafficFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Exchanges that make no network traffic by design (the built-in paper market); NoExchangeTraffic ignores them. Default <c>paper</c>.</summary>
    public string OfflineExchanges { get; set; } = "paper";

    internal void Validate(OptionCheck check, TimeSpan scrape)
    {
        check.Window(nameof(NoFillsWindow), NoFillsWindow, scrape);
        check.NotNegative(nameof(NoFillsFor), NoFillsFor);
        check.Window(nameof(BalanceWindow), BalanceWindow, scrape);
        check.NotNegative(nameof(BalanceFor), BalanceFor);
        check.Window(nameof(LogsWindow), LogsWindow, scrape);
        check.NotNegative(nameof(LogsFor), LogsFor);
        check.Window(nameof(StoreWindow), StoreWindow, scrape);
        check.NotNegative(nameof(StoreFor), StoreFor);
        check.Window(nameof(TrafficWindow), TrafficWindow, scrape);
        check.NotNegative(nameof(TrafficFor), TrafficFor);
        check.NotEmpty(nameof(OfflineExchanges), OfflineExchanges);
    }
}
