using Hbot.Sdk.Markets;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Monitoring.Metrics;

/// <summary>The label values the SDK writes for its enums, so dashboards and rules can match them.</summary>
public static class MetricLabels
{
    /// <summary>The <c>side</c> label: <c>buy</c> or <c>sell</c>.</summary>
    public static string Side(TradeSide side) => side switch
    {
        TradeSide.Buy => "buy",
        TradeSide.Sell => "sell",
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown trade side."),
    };

    /// <summary>The <c>order_type</c> label: <c>limit</c>, <c>limit_maker</c> or <c>market</c>.</summary>
    public static string OrderType(OrderType orderType) => orderType switch
    {
        Markets.OrderType.Limit => "limit",
        Markets.OrderType.LimitMaker => "limit_maker",
        Markets.OrderType.Market => "market",
        _ => throw new ArgumentOutOfRangeException(nameof(orderType), orderType, "Unknown order type."),
    };

    /// <summary>The <c>level</c> label of <see cref="MetricCatalog.LogEvents"/>: <c>trace</c>, <c>debug</c>, <c>information</c>, <c>warning</c>, <c>error</c> or <c>critical</c>.</summary>
    public static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "information",
        LogLevel.Warning => "warning",
        LogLevel.Error => "error",
        LogLevel.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Log level None is never written."),
    };

    /// <summary>The <c>generation</c> label of <see cref="MetricCatalog.GcCollections"/>: <c>gen0</c>, <c>gen1</c>, <c>gen2</c>.</summary>
    public static string Generation(int generation) => "gen" + generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
