namespace Hbot.Sdk.Tests.Connectors.Bitget.Fake;

/// <summary>A fill recorded by the fake exchange.</summary>
internal sealed record FakeFill(string TradeId, FakeOrder Order, decimal Price, decimal Size, decimal Fee, string FeeCoin, bool Maker, long TimeMs);
