using Hbot.Sdk.Connectors.Bitget.Rest;
using Hbot.Sdk.Connectors.Bitget.Sockets;
using Hbot.Sdk.Events;
using Hbot.Sdk.MarketData;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hbot.Sdk.Connectors.Bitget.MarketData;

/// <summary>
/// Bitget's public market data (no keys needed): trading rules over REST, books and trades on the public socket.
/// With <c>paper: true</c> the paper exchange fills the bot's orders against this real feed.
/// </summary>
public sealed class BitgetMarketDataSource : IMarketDataSource
{
    private readonly BitgetSpotOptions _options;
    private readonly TradingEventStream _events;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly BitgetRestClient _rest;
    private readonly Dictionary<TradingPair, BitgetInstrumentRules> _rules = [];
    private BitgetPublicStream? _stream;

    /// <summary>Creates a stopped source.</summary>
    /// <param name="options">Addresses and socket timings; <see cref="BitgetSpotOptions.AccountKind"/> Unified selects the V3 public feed, otherwise V2.</param>
    /// <param name="events">The bot's event stream (socket state, book resyncs and trades are published).</param>
    /// <param name="time">Clock.</param>
    /// <param name="loggers">Loggers.</param>
    /// <param name="httpClient">HTTP client; a private one when null.</param>
    public BitgetMarketDataSource(BitgetSpotOptions options, TradingEventStream events, TimeProvider? time = null, ILoggerFactory? loggers = null, HttpClient? httpClient = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _time = time ?? TimeProvider.System;
        _loggers = loggers ?? NullLoggerFactory.Instance;
        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient();
        _rest = new BitgetRestClient(_http, options, events, _time, _loggers.CreateLogger<BitgetMarketDataSource>());
    }

    /// <inheritdoc />
    public string Name => BitgetSpotConnector.ExchangeName;

    /// <inheritdoc />
    public bool IsConnected => _stream?.IsConnected ?? false;

    /// <inheritdoc />
    public event Action<PublicTrade>? TradeReceived;

    /// <inheritdoc />
    public event Action<OrderBook>? OrderBookUpdated;

    /// <inheritdoc />
    public async Task StartAsync(IReadOnlyCollection<TradingPair> pairs, CancellationToken cancellationToken)
    {
        _options.Validate();
        var family = _options.AccountKind == BitgetAccountKindSelection.Unified ? BitgetAccountKind.Unified : BitgetAccountKind.Classic;
        IBitgetSpotApi api = family == BitgetAccountKind.Unified ? new BitgetUnifiedSpotApi(_rest) : new BitgetClassicSpotApi(_rest);
        var instruments = await api.GetInstrumentsAsync(null, cancellationToken).ConfigureAwait(false);
        var symbols = new List<(TradingPair, string)>();
        foreach (var pair in pairs)
        {
            var instrument = instruments.FirstOrDefault(i => i.Pair == pair) ?? throw new InvalidOperationException($"Bitget does not list the spot pair {pair}.");
            _rules[pair] = new BitgetInstrumentRules(instrument.Symbol, instrument.Rules);
            symbols.Add((pair, instrument.Symbol));
        }
        _stream = new BitgetPublicStream(family, _options, _events, _time, _loggers.CreateLogger<BitgetMarketDataSource>());
        _stream.TradeReceived += t => TradeReceived?.Invoke(t);
        _stream.OrderBookUpdated += b => OrderBookUpdated?.Invoke(b);
        try
        {
            await _stream.StartAsync(symbols, cancellationToken).WaitAsync(_options.RequestTimeout * 3, _time, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await StopAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            _stream = null;
        }
    }

    /// <inheritdoc />
    public OrderBook GetOrderBook(TradingPair pair) =>
        _stream is not null && _rules.TryGetValue(pair, out var r) ? _stream.GetOrderBook(r.Symbol) : throw new InvalidOperationException($"{pair} was not started on the Bitget feed.");

    /// <inheritdoc />
    public TradingRules GetTradingRules(TradingPair pair) =>
        _rules.TryGetValue(pair, out var r) ? r.Rules : throw new InvalidOperationException($"{pair} was not started on the Bitget feed.");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _rest.Dispose();
        if (_ownsHttp) _http.Dispose();
    }

    private sealed record BitgetInstrumentRules(string Symbol, TradingRules Rules);
}
