using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Hbot.Sdk.Monitoring.Tests.Stack;

/// <summary>An HTTP listener on 127.0.0.1 that records every Alertmanager webhook notification it receives.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<JsonElement> _notifications = new();
    private readonly Task _loop;

    public WebhookReceiver(int port)
    {
        Url = $"http://127.0.0.1:{port}/alerts";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ReceiveAsync);
    }

    public string Url { get; }

    public IReadOnlyList<JsonElement> Notifications => [.. _notifications];

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(10));
    }

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using (var reader = new StreamReader(context.Request.InputStream))
            {
                var body = await reader.ReadToEndAsync();
                _notifications.Enqueue(JsonDocument.Parse(body).RootElement.Clone());
            }
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
