using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Hbot.Sdk.Connectors.Bitget.Credentials;
using Hbot.Sdk.Connectors.Bitget.Rest.Payloads;
using Hbot.Sdk.Events;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>
/// The HTTP layer shared by both API families: rate limits, signing over the exact bytes sent, the server-time
/// offset, demo header, envelope parsing into typed errors, retries with jittered backoff for repeatable calls, and
/// one <see cref="ExchangeRequestEvent"/> per HTTP exchange.
/// </summary>
internal sealed class BitgetRestClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient _http;
    private readonly BitgetSpotOptions _options;
    private readonly BitgetRateLimits _limits;
    private readonly TradingEventStream _events;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private long _clockOffsetMs;

    public BitgetRestClient(HttpClient http, BitgetSpotOptions options, TradingEventStream events, TimeProvider time, ILogger logger)
    {
        _http = http;
        _options = options;
        _events = events;
        _time = time;
        _logger = logger;
        _limits = new BitgetRateLimits(options.RateLimitShare, options.AccountRequestsPerSecond, events, time);
    }

    /// <summary>Server time minus local time, in milliseconds, from the last sync.</summary>
    public long ClockOffsetMilliseconds => Interlocked.Read(ref _clockOffsetMs);

    public BitgetCredentials? Credentials => _options.Credentials;

    /// <summary>Reads the public server time and stores the offset from local time.</summary>
    public async Task<DateTimeOffset> SyncClockAsync(CancellationToken cancellationToken)
    {
        var before = _time.GetUtcNow();
        var data = await SendAsync(BitgetEndpoints.ServerTime, null, null, BitgetJsonContext.Default.BitgetEnvelopeServerTimePayload, cancellationToken).ConfigureAwait(false);
        var after = _time.GetUtcNow();
        var server = BitgetNumber.ParseTime(data?.ServerTime);
        var local = before + (after - before) / 2;
        Interlocked.Exchange(ref _clockOffsetMs, (long)(server - local).TotalMilliseconds);
        return server;
    }

    /// <summary>Sends a call and returns its data; throws <see cref="BitgetApiException"/> on any failure.</summary>
    public async Task<T?> SendAsync<T>(BitgetEndpoint endpoint, BitgetQuery? query, string? body, JsonTypeInfo<BitgetEnvelope<T>> responseType, CancellationToken cancellationToken)
    {
        var queryText = query?.ToString() ?? "";
        var attempt = 0;
        var clockResynced = false;
        while (true)
        {
            try
            {
                return await SendOnceAsync(endpoint, queryText, body, responseType, cancellationToken).ConfigureAwait(false);
            }
            catch (BitgetApiException ex) when (ex.Kind == BitgetErrorKind.Timestamp && !clockResynced && endpoint != BitgetEndpoints.ServerTime)
            {
                // Rejected before processing, so re-sending after fixing the clock cannot double anything.
                clockResynced = true;
                _logger.LogWarning("Bitget rejected the request timestamp ({Code}); re-syncing the server clock", ex.Code);
                await SyncClockAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (BitgetApiException ex) when (endpoint.Repeatable && ex.IsTransient && attempt < _options.MaxRetries)
            {
                attempt++;
                var delay = Backoff(attempt);
                _logger.LogInformation("Bitget {Endpoint} failed ({Code}, {Kind}); retry {Attempt}/{Max} in {Delay} ms",
                    endpoint.Path, ex.Code, ex.Kind, attempt, _options.MaxRetries, (int)delay.TotalMilliseconds);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Jittered exponential backoff: between half and all of base * 2^(attempt-1), capped.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var ms = Math.Min(_options.RetryMaxDelay.TotalMilliseconds, _options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(ms * (0.5 + Random.Shared.NextDouble() * 0.5));
    }

    private async Task<T?> SendOnceAsync<T>(BitgetEndpoint endpoint, string queryText, string? body, JsonTypeInfo<BitgetEnvelope<T>> responseType, CancellationToken cancellationToken)
    {
        await _limits.AcquireAsync(endpoint, cancellationToken).ConfigureAwait(false);
        var uri = new Uri(_options.RestBaseAddress, endpoint.Path + (queryText.Length > 0 ? "?" + queryText : ""));
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = Json;
        }
        if (_options.DemoTrading) request.Headers.TryAddWithoutValidation("paptrading", "1");
        if (endpoint.Signed) Sign(request, endpoint, queryText, body);

        var started = _time.GetTimestamp();
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        int status;
        byte[] payload;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            payload = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var code = ex is OperationCanceledException ? "timeout" : "network";
            Publish(endpoint, 0, started, code);
            throw new BitgetApiException(endpoint.Path, 0, code, ex is OperationCanceledException ? $"no answer within {_options.RequestTimeout}" : ex.Message, BitgetErrorKind.Network, ex);
        }

        if (status is >= 200 and < 300)
        {
            BitgetEnvelope<T>? envelope;
            try
            {
                envelope = JsonSerializer.Deserialize(payload, responseType);
            }
            catch (JsonException ex)
            {
                Publish(endpoint, status, started, "malformed");
                throw new BitgetApiException(endpoint.Path, status, "malformed", "the answer is not valid JSON: " + ex.Message, BitgetErrorKind.MalformedResponse, ex);
            }
            if (envelope is null || envelope.Code is null)
            {
                Publish(endpoint, status, started, "malformed");
                throw new BitgetApiException(endpoint.Path, status, "malformed", "the answer has no code", BitgetErrorKind.MalformedResponse);
            }
            if (envelope.Code == BitgetErrorCodes.Success)
            {
                Publish(endpoint, status, started, null);
                return envelope.Data;
            }
            Publish(endpoint, status, started, envelope.Code);
            throw new BitgetApiException(endpoint.Path, status, envelope.Code, envelope.Msg ?? envelope.Message ?? "");
        }

        // Errors keep the envelope on non-2xx answers; an unparsable body still yields a typed error from the status.
        string errorCode = status == 429 ? "429" : "http_" + status, message = $"HTTP {status}";
        try
        {
            var error = JsonSerializer.Deserialize(payload, BitgetJsonContext.Default.BitgetErrorEnvelope);
            if (!string.IsNullOrEmpty(error?.Code)) { errorCode = error.Code; message = error.Msg ?? error.Message ?? message; }
        }
        catch (JsonException)
        {
            // The status alone classifies the failure.
        }
        Publish(endpoint, status, started, errorCode);
        throw new BitgetApiException(endpoint.Path, status, errorCode, message);
    }

    private void Sign(HttpRequestMessage request, BitgetEndpoint endpoint, string queryText, string? body)
    {
        var credentials = _options.Credentials ?? throw new BitgetApiException(endpoint.Path, 0, "no_credentials",
            "this call needs API credentials; run `connect bitget` or set them in the options", BitgetErrorKind.Authentication);
        var timestamp = (_time.GetUtcNow().ToUnixTimeMilliseconds() + ClockOffsetMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = BitgetSigner.Sign(credentials.ApiSecret, BitgetSigner.Prehash(timestamp, endpoint.Method, endpoint.Path, queryText, body));
        request.Headers.TryAddWithoutValidation("ACCESS-KEY", credentials.ApiKey);
        request.Headers.TryAddWithoutValidation("ACCESS-SIGN", signature);
        request.Headers.TryAddWithoutValidation("ACCESS-TIMESTAMP", timestamp);
        request.Headers.TryAddWithoutValidation("ACCESS-PASSPHRASE", credentials.Passphrase.Reveal());
        request.Headers.TryAddWithoutValidation("locale", "en-US");
    }

    private void Publish(BitgetEndpoint endpoint, int status, long started, string? errorCode) =>
        _events.Publish(new ExchangeRequestEvent(_time.GetUtcNow(), BitgetSpotConnector.ExchangeName, endpoint.Path, endpoint.Method, status, _time.GetElapsedTime(started), errorCode));

    public void Dispose() => _limits.Dispose();
}
