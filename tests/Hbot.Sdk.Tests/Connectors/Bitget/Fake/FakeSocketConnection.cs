using System.Net.WebSockets;
using System.Text;

namespace Hbot.Sdk.Tests.Connectors.Bitget.Fake;

/// <summary>One client socket on the fake server.</summary>
internal sealed class FakeSocketConnection(WebSocket socket, bool isPrivate, bool unified)
{
    private readonly SemaphoreSlim _send = new(1, 1);

    public bool IsPrivate { get; } = isPrivate;
    public bool Unified { get; } = unified;
    public bool LoggedIn { get; set; }
    public HashSet<string> Channels { get; } = new(StringComparer.Ordinal);
    public WebSocket Socket { get; } = socket;

    public async Task SendAsync(string text)
    {
        await _send.WaitAsync();
        try
        {
            if (Socket.State == WebSocketState.Open)
                await Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away; the test observes that through the client.
        }
        finally
        {
            _send.Release();
        }
    }

    public void Abort()
    {
        if (Socket.State is WebSocketState.Closed or WebSocketState.Aborted) return;
        try
        {
            Socket.Abort();
        }
        catch (Exception ex) when (ex is ObjectDisposedException or NullReferenceException)
        {
            // The request can end between the state check and the abort; ASP.NET's WebSocket stream then aborts an
            // HttpContext that is already recycled and throws. The socket is gone either way, which is what was asked.
        }
    }
}
