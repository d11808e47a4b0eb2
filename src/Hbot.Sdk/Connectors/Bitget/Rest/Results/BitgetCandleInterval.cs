
namespace Hbot.Sdk.Connectors.Bitget.Rest.Results;

/// <summary>Candle intervals supported by both API families (each family spells them differently).</summary>
public enum BitgetCandleInterval
{
    /// <summary>One minute.</summary>
    OneMinute,
    /// <summary>Five minutes.</summary>
    FiveMinutes,
    /// <summary>Fifteen minutes.</summary>
    FifteenMinutes,
    /// <summary>Thirty minutes.</summary>
    ThirtyMinutes,
    /// <summary>One hour.</summary>
    OneHour,
    /// <summary>Four hours.</summary>
    FourHours,
    /// <summary>One day.</summary>
    OneDay,
}
