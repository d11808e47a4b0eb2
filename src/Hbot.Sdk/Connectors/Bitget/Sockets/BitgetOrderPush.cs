using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;

namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>One element of an order push (V2 <c>orders</c> or V3 <c>order</c>), as parsed without intermediate objects.</summary>
public struct BitgetOrderPush
{
    /// <summary>Bitget symbol.</summary>
    public string? Symbol { get; set; }

    /// <summary>Exchange order id.</summary>
    public string? OrderId { get; set; }

    /// <summary>Client order id.</summary>
    public string? ClientOrderId { get; set; }

    /// <summary>Mapped state, or null when the status was missing or never seen before.</summary>
    public OrderState? State { get; set; }

    /// <summary>The raw status text when it could not be mapped (kept for the log).</summary>
    public string? UnknownStatus { get; set; }

    /// <summary>Order side.</summary>
    public TradeSide Side { get; set; }

    /// <summary>Limit price.</summary>
    public decimal Price { get; set; }

    /// <summary>Order size (V2 <c>newSize</c>/<c>size</c>, V3 <c>qty</c>).</summary>
    public decimal Size { get; set; }

    /// <summary>Cumulative executed base size (V2 <c>accBaseVolume</c>, V3 <c>cumExecQty</c>).</summary>
    public decimal FilledSize { get; set; }

    /// <summary>Average execution price.</summary>
    public decimal AveragePrice { get; set; }

    /// <summary>Trade id of the latest fill (V2 only), when the push carries one.</summary>
    public string? TradeId { get; set; }

    /// <summary>Price of the latest fill.</summary>
    public decimal FillPrice { get; set; }

    /// <summary>Base size of the latest fill.</summary>
    public decimal FillSize { get; set; }

    /// <summary>Fee of the latest fill (absolute).</summary>
    public decimal FillFee { get; set; }

    /// <summary>Fee coin of the latest fill.</summary>
    public string? FillFeeCoin { get; set; }

    /// <summary>Whether the latest fill was a maker fill.</summary>
    public bool IsMaker { get; set; }

    /// <summary>Update time in Unix milliseconds.</summary>
    public long Timestamp { get; set; }
}
