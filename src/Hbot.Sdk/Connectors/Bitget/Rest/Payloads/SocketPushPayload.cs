namespace Hbot.Sdk.Connectors.Bitget.Rest.Payloads;

/// <summary>The data list of a socket push.</summary>
internal sealed class SocketPushPayload<T>
{
    public List<T>? Data { get; set; }
}
