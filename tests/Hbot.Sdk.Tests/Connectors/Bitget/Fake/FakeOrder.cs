namespace Hbot.Sdk.Tests.Connectors.Bitget.Fake;

/// <summary>An order held by the fake exchange.</summary>
internal sealed class FakeOrder
{
    public required string OrderId { get; init; }
    public required string ClientOid { get; init; }
    public required string Symbol { get; init; }
    public required string Side { get; init; }
    public required string OrderType { get; init; }
    public required string Force { get; init; }
    public decimal Price { get; init; }
    public decimal Size { get; init; }
    public decimal Filled { get; set; }
    public decimal FilledQuote { get; set; }
    public string Status { get; set; } = "live";
    public long CreatedMs { get; init; }
    public long UpdatedMs { get; set; }
    public bool IsOpen => Status is "live" or "new" or "partially_filled";
}
