using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using Hbot.Sdk.Events;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Connectors.Bitget.Sockets;

/// <summary>
/// One Bitget socket kept alive: plain-text <c>ping</c> every interval, reconnect when <c>pong</c> is missing, when
/// nothing arrives within the silence timeout, when the server closes, and before the 24-hour cut; after every
/// (re)connect it logs in (private sockets) and resubscribes everything in batches, with outgoing messages throttled
/// below Bitget's 10 per second. State changes are published as <see cref="SocketStateChangedEvent"/>.
/// </summary>
internal sealed class BitgetSocketConnection : IAsyncDisposable
{
    private readonly string _name;
    private readonly Uri _uri;
    private readonly BitgetSpotOptions _options;
    private readonly TradingEventStream _events;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Action<ReadOnlyMemory<byte>, BitgetPushHeader> _onMessage;
    private readonly Func<CancellationToken, Task<string>>? _loginMessage;
    private readonly List<string> _subscriptions = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private ClientWebSocket? _socket;
    private Task? _loop;
    private TaskCompletionSource _firstConnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<BitgetPushHeader>? _loginReply;
    private long _lastSendTimestamp;
    private long _lastMessageTimestamp;
    private long _pingSentTimestamp;
    private volatile bool _awaitingPong;
    private volatile string? _forcedReason;
    private volatile bool _connected;

    public BitgetSocketConnection(string name, Uri uri, BitgetSpotOptions options, TradingEventStream events, TimeProvider time, ILogger logger,
        Action<ReadOnlyMemory<byte>, BitgetPushHeader> onMessage, Func<CancellationToken, Task<string>>? loginMessage = null)
    {
        _name = name;
        _uri = uri;
        _options = options;
        _events = events;
        _time = time;
        _logger = logger;
        _onMessage = onMessage;
        _loginMessage = loginMessage;
    }

    /// <summary>Raised (on the socket loop) after every successful connect, login and resubscription; the flag is true for reconnects.</summary>
    public event Func<bool, Task>? Connected;

    /// <summary>Raised when the connection is lost.</summary>
    public event Action<string>? Disconnected;

    public bool IsConnected => _connected;

    public string Name => _name;

    /// <summary>Adds subscription arguments (JSON objects); sent now when connected and after every reconnect.</summary>
    public async Task SubscribeAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var a in args) if (!_subscriptions.Contains(a)) _subscriptions.Add(a);
        }
        if (_connected) await SendSubscriptionsAsync("subscribe", args, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Unsubscribes and subscribes one argument again, which makes Bitget send a fresh snapshot.</summary>
    public async Task ResubscribeAsync(string arg, CancellationToken cancellationToken)
    {
        if (!_connected) return;
        await SendSubscriptionsAsync("unsubscribe", [arg], cancellationToken).ConfigureAwait(false);
        await SendSubscriptionsAsync("subscribe", [arg], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the connection loop and waits for the first connect (and login); a login refusal throws.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _loop ??= Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
        await _firstConnect.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops the connection now; the loop reconnects.</summary>
    public void ForceReconnect(string reason)
    {
        _forcedReason = reason;
        try { _socket?.Abort(); } catch (ObjectDisposedException) { }
    }

    public async Task SendTextAsync(string text, CancellationToken cancellationToken)
    {
        var socket = _socket;
        if (socket is null || socket.State != WebSocketState.Open) return;
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Spacing every outgoing message (pings included) keeps the connection under Bitget's per-second cap.
            var spacing = TimeSpan.FromSeconds(1.0 / _options.SocketMessagesPerSecond);
            var since = _time.GetElapsedTime(Interlocked.Read(ref _lastSendTimestamp));
            if (since < spacing) await Task.Delay(spacing - since, _time, cancellationToken).ConfigureAwait(false);
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            Interlocked.Exchange(ref _lastSendTimestamp, _time.GetTimestamp());
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            _logger.LogDebug("Bitget {Socket} socket send failed: {Error}", _name, ex.Message);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task SendSubscriptionsAsync(string op, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        for (var i = 0; i < args.Count; i += _options.SubscriptionsPerMessage)
        {
            var batch = args.Skip(i).Take(_options.SubscriptionsPerMessage);
            await SendTextAsync($"{{\"op\":\"{op}\",\"args\":[{string.Join(',', batch)}]}}", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(CancellationToken stop)
    {
        DateTimeOffset? downSince = null;
        var failures = 0;
        var everConnected = false;
        while (!stop.IsCancellationRequested)
        {
            string reason;
            using var socket = new ClientWebSocket();
            socket.Options.KeepAliveInterval = Timeout.InfiniteTimeSpan;
            _socket = socket;
            try
            {
                using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stop))
                {
                    connectTimeout.CancelAfter(_options.RequestTimeout);
                    await socket.ConnectAsync(_uri, connectTimeout.Token).ConfigureAwait(false);
                }
                var connectedAt = _time.GetTimestamp();
                Interlocked.Exchange(ref _lastMessageTimestamp, connectedAt);
                _awaitingPong = false;
                _forcedReason = null;
                var receive = ReceiveLoopAsync(socket, stop);

                if (_loginMessage is not null)
                {
                    _loginReply = new TaskCompletionSource<BitgetPushHeader>(TaskCreationOptions.RunContinuationsAsynchronously);
                    await SendTextAsync(await _loginMessage(stop).ConfigureAwait(false), stop).ConfigureAwait(false);
                    var reply = await _loginReply.Task.WaitAsync(_options.RequestTimeout, _time, stop).ConfigureAwait(false);
                    if (reply.Event != "login")
                    {
                        var error = new BitgetSocketLoginException(reply.Code ?? "?", reply.Message ?? "");
                        // A refused login will not get better by retrying; surface it to start-up or keep backing off.
                        if (!everConnected) { _firstConnect.TrySetException(error); return; }
                        throw error;
                    }
                }

                string[] subscriptions;
                lock (_gate) subscriptions = [.. _subscriptions];
                await SendSubscriptionsAsync("subscribe", subscriptions, stop).ConfigureAwait(false);

                _connected = true;
                failures = 0;
                var downtime = downSince is { } d ? _time.GetUtcNow() - d : (TimeSpan?)null;
                _events.Publish(new SocketStateChangedEvent(_time.GetUtcNow(), BitgetSpotConnector.ExchangeName, _name, true, downtime, everConnected ? "reconnected" : "connected"));
                _logger.LogInformation("Bitget {Socket} socket connected to {Uri}{Downtime}", _name, _uri, downtime is null ? "" : $" after {downtime.Value.TotalSeconds:0.0} s down");
                var wasReconnect = everConnected;
                everConnected = true;
                _firstConnect.TrySetResult();
                if (Connected is { } handler) _ = InvokeConnectedAsync(handler, wasReconnect);

                reason = await SuperviseAsync(socket, receive, connectedAt, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                reason = "stopped";
            }
            catch (Exception ex) when (ex is WebSocketException or TimeoutException or OperationCanceledException or BitgetSocketLoginException or HttpRequestException)
            {
                reason = ex is BitgetSocketLoginException ? "login_failed" : "connect_failed";
                _logger.LogWarning("Bitget {Socket} socket failed: {Error}", _name, ex.Message);
            }
            finally
            {
                _socket = null;
            }

            try { socket.Abort(); } catch (ObjectDisposedException) { }
            if (_connected)
            {
                _connected = false;
                downSince = _time.GetUtcNow();
                _events.Publish(new SocketStateChangedEvent(_time.GetUtcNow(), BitgetSpotConnector.ExchangeName, _name, false, null, reason));
                _logger.LogWarning("Bitget {Socket} socket lost ({Reason}); reconnecting", _name, reason);
                Disconnected?.Invoke(reason);
            }
            downSince ??= _time.GetUtcNow();
            if (stop.IsCancellationRequested) break;
            failures++;
            var delay = TimeSpan.FromMilliseconds(Math.Min(_options.RetryMaxDelay.TotalMilliseconds, _options.ReconnectDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 6))));
            try { await Task.Delay(delay, _time, stop).ConfigureAwait(false); } catch (OperationCanceledException) { break; }
        }
    }

    private async Task InvokeConnectedAsync(Func<bool, Task> handler, bool reconnect)
    {
        try
        {
            await handler(reconnect).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Bitget {Socket} socket connected handler failed", _name);
        }
    }

    private async Task<string> SuperviseAsync(ClientWebSocket socket, Task receive, long connectedAt, CancellationToken stop)
    {
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(Math.Min(_options.PingInterval.TotalMilliseconds, _options.PongTimeout.TotalMilliseconds) / 4, 5, 1000));
        var lastPing = _time.GetTimestamp();
        while (!stop.IsCancellationRequested)
        {
            await Task.WhenAny(receive, Task.Delay(tick, _time, stop)).ConfigureAwait(false);
            if (_forcedReason is { } forced) return forced;
            if (receive.IsCompleted) return "closed";
            if (_awaitingPong && _time.GetElapsedTime(Interlocked.Read(ref _pingSentTimestamp)) > _options.PongTimeout) return "pong_missing";
            if (_time.GetElapsedTime(Interlocked.Read(ref _lastMessageTimestamp)) > _options.SilenceTimeout) return "silent";
            if (_time.GetElapsedTime(connectedAt) > _options.MaxConnectionAge) return "scheduled";
            if (!_awaitingPong && _time.GetElapsedTime(lastPing) >= _options.PingInterval)
            {
                lastPing = _time.GetTimestamp();
                Interlocked.Exchange(ref _pingSentTimestamp, lastPing);
                _awaitingPong = true;
                await SendTextAsync("ping", stop).ConfigureAwait(false);
            }
        }
        return "stopped";
    }

    private async Task ReceiveLoopAsync(ClientWebSocket socket, CancellationToken stop)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (socket.State == WebSocketState.Open && !stop.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    var memory = buffer.GetMemory(8 * 1024);
                    result = await socket.ReceiveAsync(memory, stop).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close) return;
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage);
                Interlocked.Exchange(ref _lastMessageTimestamp, _time.GetTimestamp());
                Dispatch(buffer.WrittenMemory);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _logger.LogDebug("Bitget {Socket} receive ended: {Error}", _name, ex.Message);
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> message)
    {
        var span = message.Span;
        if (span.SequenceEqual("pong"u8))
        {
            _awaitingPong = false;
            return;
        }
        BitgetPushHeader header;
        try
        {
            header = BitgetPushHeader.Read(span);
        }
        catch (System.Text.Json.JsonException ex)
        {
            _logger.LogWarning("Bitget {Socket} socket sent a malformed message ({Error}); ignored", _name, ex.Message);
            return;
        }
        if (header.Event is "login" || (header.Event is "error" && _loginReply is { Task.IsCompleted: false } && !_connected))
        {
            _loginReply?.TrySetResult(header);
            return;
        }
        if (header.Event is "error")
        {
            _logger.LogWarning("Bitget {Socket} socket error {Code}: {Message}", _name, header.Code, header.Message);
            return;
        }
        if (header.Event is not null) return;
        try
        {
            _onMessage(message, header);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Bitget {Socket} socket handler failed on {Channel}", _name, header.Channel);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await _stop.CancelAsync().ConfigureAwait(false);
        try { _socket?.Abort(); } catch (ObjectDisposedException) { }
        if (_loop is not null)
        {
            try { await _loop.ConfigureAwait(false); } catch (OperationCanceledException) { }
        }
        _firstConnect.TrySetCanceled();
        _stop.Dispose();
        _sendLock.Dispose();
    }
}
