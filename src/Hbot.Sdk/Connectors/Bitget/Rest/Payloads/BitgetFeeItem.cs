using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>One fee entry: coin and amount (absolute; Bitget's sign conventions differ by endpoint).</summary>
internal sealed record BitgetFeeItem(string Coin, decimal Amount);
