using System.Text.Json.Serialization;

namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>Source-generated serializers for every Bitget REST payload (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(BitgetErrorEnvelope))]
[JsonSerializable(typeof(BitgetEnvelope<ServerTimePayload>))]
[JsonSerializable(typeof(BitgetEnvelope<List<ClassicSymbolPayload>>))]
[JsonSerializable(typeof(BitgetEnvelope<List<ClassicTickerPayload>>))]
[JsonSerializable(typeof(BitgetEnvelope<BookPayload>))]
[JsonSerializable(typeof(BitgetEnvelope<string[][]>))]
[JsonSerializable(typeof(BitgetEnvelope<List<ClassicAssetPayload>>))]
[JsonSerializable(typeof(BitgetEnvelope<OrderAckPayload>))]
[JsonSerializable(typeof(BitgetEnvelope<ClassicBatchPayload>))]
[JsonSerializable(typeof(BitgetEnvelope<List<ClassicOrderPayload>>))]
[JsonSerializable(typeof(BitgetEnvelope<List<ClassicFillPayload>>))]
[JsonSerializable(typeof(BitgetEnvelope<SymbolRequest>))]
[JsonSerializable(typeof(BitgetEnvelope<UnifiedSettingsPayload>))]
[JsonSerializable(typeof(BitgetEnvelope<List<UnifiedInstrumentPayload>>))]
[JsonSerializable(typeof(BitgetEnvelope<List<UnifiedTickerPayload>>))]
[JsonSerializable(typeof(BitgetEnvelope<UnifiedAssetsPayload>))]
[JsonSerializable(typeof(BitgetEnvelope<List<OrderAckPayload>>))]
[JsonSerializable(typeof(BitgetEnvelope<UnifiedListPayload<OrderAckPayload>>))]
[JsonSerializable(typeof(BitgetEnvelope<UnifiedOrderPayload>))]
[JsonSerializable(typeof(BitgetEnvelope<UnifiedListPayload<UnifiedOrderPayload>>))]
[JsonSerializable(typeof(BitgetEnvelope<UnifiedListPayload<UnifiedFillPayload>>))]
[JsonSerializable(typeof(ClassicPlaceOrderRequest))]
[JsonSerializable(typeof(ClassicBatchPlaceRequest))]
[JsonSerializable(typeof(CancelOrderRequest))]
[JsonSerializable(typeof(ClassicBatchCancelRequest))]
[JsonSerializable(typeof(UnifiedPlaceOrderRequest))]
[JsonSerializable(typeof(List<UnifiedPlaceOrderRequest>))]
[JsonSerializable(typeof(List<CancelOrderRequest>))]
[JsonSerializable(typeof(SymbolRequest))]
[JsonSerializable(typeof(SocketPushPayload<SocketFillPayload>))]
internal sealed partial class BitgetJsonContext : JsonSerializerContext;
