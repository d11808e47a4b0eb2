using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Results;

/// <summary>One own execution as the exchange reports it (either family).</summary>
/// <param name="Symbol">Bitget symbol.</param>
/// <param name="OrderId">Exchange order id.</param>
/// <param name="ClientOrderId">Client order id when reported (V3 only).</param>
/// <param name="TradeId">Trade id (V2 <c>tradeId</c>, V3 <c>execId</c>).</param>
/// <param name="Side">Order side.</param>
/// <param name="Price">Execution price.</param>
/// <param name="Size">Executed base size.</param>
/// <param name="FeeAsset">Fee coin.</param>
/// <param name="Fee">Fee paid (positive).</param>
/// <param name="IsMaker">Whether the fill was a maker fill.</param>
/// <param name="Timestamp">Execution time.</param>
public sealed record BitgetFill(string Symbol, string OrderId, string? ClientOrderId, string TradeId, TradeSide Side, decimal Price, decimal Size,
    string FeeAsset, decimal Fee, bool IsMaker, DateTimeOffset Timestamp);
