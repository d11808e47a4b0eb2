namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>
/// Finds which account kind a key belongs to: the V3 account settings answer for a unified key, and a classic key
/// gets 40084. Any other error stops start-up with the exchange's code and message (never a guess).
/// </summary>
internal static class BitgetAccountKindProbe
{
    public static async Task<BitgetAccountKind> DetectAsync(BitgetUnifiedSpotApi unified, CancellationToken cancellationToken)
    {
        try
        {
            await unified.GetAccountModeAsync(cancellationToken).ConfigureAwait(false);
            return BitgetAccountKind.Unified;
        }
        catch (BitgetApiException ex) when (ex.Code == BitgetErrorCodes.ClassicAccountOnUnifiedApi)
        {
            return BitgetAccountKind.Classic;
        }
    }
}
