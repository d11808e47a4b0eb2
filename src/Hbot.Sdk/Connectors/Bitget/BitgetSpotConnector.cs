namespace Hbot.Sdk.Connectors.Bitget;
/// <summary>temp</summary>
public sealed partial class BitgetSpotConnector { /// <summary>temp</summary>
public const string ExchangeName = "bitget"; }
