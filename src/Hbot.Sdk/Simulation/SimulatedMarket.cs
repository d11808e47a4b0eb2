using Hbot.Sdk.MarketData;
using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hbot.Sdk.Simulation;

/// <summary>
/// The built-in market: no network, any pair. Each pair's mid follows a seeded geometric Brownian motion; every
/// <see cref="SimulatedMarketOptions.StepInterval"/> the market prints the trades of the step (sweeps of the levels
/// the move leaves behind, then random prints at the touch, mostly on the side of the move) and applies one delta to
/// an L2 book of <see cref="SimulatedMarketOptions.Depth"/> levels a side. The same seed and the same number of steps
/// always give the same books and trades. Steps run on a <see cref="TimeProvider"/> timer after
/// <see cref="StartAsync"/>, or on demand through <see cref="Step"/>. Events are raised on the stepping thread,
/// trades of a step before its book update.
/// </summary>
public sealed class SimulatedMarket : IMarketDataSource
{
    private readonly SimulatedMarketOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    // Serializes steps, starts and stops; readers never take it, so handlers may call back in from any thread.
    private readonly Lock _stepGate = new();
    private readonly List<PublicTrade> _trades = [];
    private volatile Dictionary<TradingPair, SimulatedPair> _pairs = [];
    private ITimer? _timer;
    private volatile bool _connected;

    /// <summary>Creates a stopped market; the options are validated here.</summary>
    /// <exception cref="ArgumentException">An option is invalid (the message names it).</exception>
    public SimulatedMarket(SimulatedMarketOptions options, TimeProvider time, ILogger<SimulatedMarket>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _options = options;
        _time = time;
        _logger = logger ?? NullLogger<SimulatedMarket>.Instance;
    }

    /// <inheritdoc />
    public string Name => "simulated";

    /// <inheritdoc />
    public bool IsConnected => _connected;

    /// <summary>The pairs the market generates.</summary>
    public IReadOnlyCollection<TradingPair> Pairs => _pairs.Keys;

    /// <inheritdoc />
    public event Action<PublicTrade>? TradeReceived;

    /// <inheritdoc />
    public event Action<OrderBook>? OrderBookUpdated;

    /// <summary>
    /// Adds the pairs (each starts from a fresh snapshot at its initial price) and starts the step timer.
    /// Calling it again adds further pairs; pairs already running continue unchanged.
    /// </summary>
    public Task StartAsync(IReadOnlyCollection<TradingPair> pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        cancellationToken.ThrowIfCancellationRequested();
        List<SimulatedPair> added = [];
        lock (_stepGate)
        {
            AddPairs(pairs, added);
            _connected = true;
            _timer ??= _time.CreateTimer(_ => OnTimer(), null, _options.StepInterval, _options.StepInterval);
        }
        _logger.LogInformation("Simulated market started for {Pairs} (seed {Seed}, step {Step})",
            string.Join(", ", pairs), _options.Seed, _options.StepInterval);
        foreach (var pair in added) OrderBookUpdated?.Invoke(pair.Book);
        return Task.CompletedTask;
    }

    /// <summary>Stops the step timer; books keep their last state. Returns after any running step finished.</summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_stepGate)
        {
            _timer?.Dispose();
            _timer = null;
            _connected = false;
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Takes one step for every pair now, whether or not the timer runs: for tests, replays and benchmarks.
    /// Raises the step's trades and book updates before returning.
    /// </summary>
    /// <exception cref="InvalidOperationException">No pair was added with <see cref="StartAsync"/> or <see cref="AddPairs"/>.</exception>
    public void Step()
    {
        lock (_stepGate)
        {
            var pairs = _pairs;
            if (pairs.Count == 0) throw new InvalidOperationException("The simulated market has no pairs; start it with the pairs to simulate first.");
            var now = _time.GetUtcNow();
            foreach (var pair in pairs.Values)
            {
                _trades.Clear();
                pair.Step(now, _trades);
                var onTrade = TradeReceived;
                if (onTrade is not null) foreach (var t in _trades) onTrade(t);
                OrderBookUpdated?.Invoke(pair.Book);
            }
        }
    }

    /// <summary>Adds pairs without starting the timer, so that <see cref="Step"/> can drive the market by hand.</summary>
    public void AddPairs(IReadOnlyCollection<TradingPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        lock (_stepGate) AddPairs(pairs, []);
    }

    /// <inheritdoc />
    public OrderBook GetOrderBook(TradingPair pair) => Get(pair).Book;

    /// <inheritdoc />
    public TradingRules GetTradingRules(TradingPair pair) => Get(pair).Rules;

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None).ConfigureAwait(false);

    private void AddPairs(IReadOnlyCollection<TradingPair> pairs, List<SimulatedPair> added)
    {
        var current = _pairs;
        Dictionary<TradingPair, SimulatedPair>? next = null;
        foreach (var pair in pairs)
        {
            if (current.ContainsKey(pair) || next?.ContainsKey(pair) == true) continue;
            next ??= new Dictionary<TradingPair, SimulatedPair>(current);
            var generator = new SimulatedPair(pair, _options, _time.GetUtcNow());
            next[pair] = generator;
            added.Add(generator);
        }
        // Copy-on-write so that GetOrderBook never locks (handlers of our events call it while we hold the step lock).
        if (next is not null) _pairs = next;
    }

    private void OnTimer()
    {
        try
        {
            if (_connected && _pairs.Count > 0) Step();
        }
        catch (Exception ex)
        {
            // A failing handler must not kill the timer: the market keeps running and the error is visible.
            _logger.LogError(ex, "Simulated market step failed");
        }
    }

    private SimulatedPair Get(TradingPair pair) =>
        _pairs.TryGetValue(pair, out var p) ? p : throw new InvalidOperationException($"The simulated market does not run {pair}; pass it to StartAsync first.");
}
