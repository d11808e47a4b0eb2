
namespace Hbot.Sdk.Connectors.Bitget.Rest.Results;

/// <summary>The ids of an accepted (or per-item failed) order operation.</summary>
/// <param name="OrderId">Exchange order id.</param>
/// <param name="ClientOrderId">Client order id.</param>
/// <param name="ErrorCode">The item's error code when it failed inside a batch.</param>
/// <param name="ErrorMessage">The item's error message when it failed.</param>
public sealed record BitgetOrderAck(string? OrderId, string? ClientOrderId, string? ErrorCode = null, string? ErrorMessage = null)
{
    /// <summary>Whether the item succeeded.</summary>
    public bool Succeeded => ErrorCode is null or "" or "0" or "00000";
}
