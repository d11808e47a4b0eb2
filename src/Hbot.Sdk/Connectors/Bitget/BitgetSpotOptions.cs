using Hbot.Sdk.Connectors.Bitget.Credentials;

namespace Hbot.Sdk.Connectors.Bitget;

/// <summary>Settings of the Bitget spot connector. Checked by <see cref="Validate"/> when the connector starts.</summary>
public sealed class BitgetSpotOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "bitget";

    /// <summary>Detect the account kind (default) or force classic (V2) or unified (V3).</summary>
    public BitgetAccountKindSelection AccountKind { get; set; } = BitgetAccountKindSelection.Detect;

    /// <summary>Trade on Bitget demo trading: adds the <c>paptrading: 1</c> header and uses the demo socket host. Needs a demo key.</summary>
    public bool DemoTrading { get; set; }

    /// <summary>REST base address.</summary>
    public Uri RestBaseAddress { get; set; } = new("https://api.bitget.com");

    /// <summary>Socket base address for live trading (the connector appends <c>/v2/ws/public</c> and so on).</summary>
    public Uri SocketBaseAddress { get; set; } = new("wss://ws.bitget.com");

    /// <summary>Socket base address for demo trading.</summary>
    public Uri DemoSocketBaseAddress { get; set; } = new("wss://wspap.bitget.com");

    /// <summary>API credentials; required for trading, not for public market data.</summary>
    public BitgetCredentials? Credentials { get; set; }

    /// <summary>
    /// The encrypted credential file used when <see cref="Credentials"/> is not set and the BITGET_API_* variables are absent
    /// (decrypted with CONFIG_PASSWORD). Default <c>conf/connectors/bitget.yml</c>.
    /// </summary>
    public string CredentialsPath { get; set; } = Bitget.Credentials.BitgetCredentialStore.DefaultPath();

    /// <summary>Share of the per-endpoint rate limits this bot may use, 0 to 1 (several bots on one key split them).</summary>
    public double RateLimitShare { get; set; } = 1.0;

    /// <summary>
    /// Signed requests per second for the whole account (all endpoints together), before <see cref="RateLimitShare"/> is applied.
    /// Bitget documents only per-endpoint limits; this ceiling keeps bursts across endpoints polite. Default 50.
    /// </summary>
    public int AccountRequestsPerSecond { get; set; } = 50;

    /// <summary>Retries of a failed transient call (429, 5xx, timeouts, malformed answers).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubled per attempt with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Largest backoff delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of one REST request.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Interval of the plain-text <c>ping</c> on each socket.</summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for <c>pong</c> before reconnecting.</summary>
    public TimeSpan PongTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Reconnect when nothing at all arrives for this long.</summary>
    public TimeSpan SilenceTimeout { get; set; } = TimeSpan.FromSeconds(75);

    /// <summary>Reconnect proactively before Bitget's 24-hour cut.</summary>
    public TimeSpan MaxConnectionAge { get; set; } = TimeSpan.FromHours(23);

    /// <summary>Delay before a reconnect attempt (grows on repeated failures up to <see cref="RetryMaxDelay"/>).</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages per second sent on one socket (Bitget closes connections above 10).</summary>
    public int SocketMessagesPerSecond { get; set; } = 8;

    /// <summary>Subscription arguments batched into one subscribe message.</summary>
    public int SubscriptionsPerMessage { get; set; } = 10;

    /// <summary>REST polling interval for balances and order status while the private socket is down.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How far back fills are fetched at start when nothing newer is known.</summary>
    public TimeSpan FillLookback { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Cancel open orders on the exchange that the bot does not know at start.</summary>
    public bool CancelUnknownOrdersOnStart { get; set; }

    /// <summary>
    /// Adopt open orders whose client id starts with <see cref="ClientOrderIdPrefix"/> at start (restart recovery: they are
    /// tracked, filled and cancelled at stop like new ones). Bots sharing one key on the same pair need distinct prefixes.
    /// </summary>
    public bool AdoptOwnOrdersOnStart { get; set; } = true;

    /// <summary>Client order id prefix of this bot; open orders with it are adopted at start (restart recovery).</summary>
    public string ClientOrderIdPrefix { get; set; } = "hb";

    /// <summary>How long stop waits for cancel confirmations.</summary>
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many times a placement whose answer was lost is checked and re-sent with the same client id.</summary>
    public int PlaceOrderAttempts { get; set; } = 3;

    /// <summary>Throws with a message naming the setting when a value is out of range.</summary>
    public void Validate()
    {
        static void Require(bool ok, string message)
        {
            if (!ok) throw new InvalidOperationException("Invalid Bitget connector options: " + message);
        }
        Require(RestBaseAddress.IsAbsoluteUri && (RestBaseAddress.Scheme == Uri.UriSchemeHttps || RestBaseAddress.Scheme == Uri.UriSchemeHttp), $"rest_base_address '{RestBaseAddress}' must be an absolute http(s) address");
        Require(SocketBaseAddress.IsAbsoluteUri && (SocketBaseAddress.Scheme is "wss" or "ws"), $"socket_base_address '{SocketBaseAddress}' must be an absolute ws(s) address");
        Require(DemoSocketBaseAddress.IsAbsoluteUri && (DemoSocketBaseAddress.Scheme is "wss" or "ws"), $"demo_socket_base_address '{DemoSocketBaseAddress}' must be an absolute ws(s) address");
        Require(RateLimitShare is > 0 and <= 1, $"rate_limit_share {RateLimitShare} must be above 0 and at most 1");
        Require(AccountRequestsPerSecond is >= 1 and <= 1000, $"account_requests_per_second {AccountRequestsPerSecond} must be 1 to 1000");
        Require(MaxRetries is >= 0 and <= 10, $"max_retries {MaxRetries} must be 0 to 10");
        Require(RetryBaseDelay > TimeSpan.Zero && RetryMaxDelay >= RetryBaseDelay, "retry_base_delay must be positive and not above retry_max_delay");
        Require(RequestTimeout > TimeSpan.Zero, "request_timeout must be positive");
        Require(PingInterval > TimeSpan.Zero && PongTimeout > TimeSpan.Zero, "ping_interval and pong_timeout must be positive");
        Require(SilenceTimeout > PingInterval, $"silence_timeout {SilenceTimeout} must be longer than ping_interval {PingInterval}");
        Require(MaxConnectionAge > TimeSpan.Zero && MaxConnectionAge <= TimeSpan.FromHours(24), "max_connection_age must be positive and at most 24h");
        Require(ReconnectDelay > TimeSpan.Zero, "reconnect_delay must be positive");
        Require(SocketMessagesPerSecond is >= 1 and < 10, $"socket_messages_per_second {SocketMessagesPerSecond} must be 1 to 9 (Bitget allows fewer than 10)");
        Require(SubscriptionsPerMessage is >= 1 and <= 50, "subscriptions_per_message must be 1 to 50");
        Require(PollInterval > TimeSpan.Zero, "poll_interval must be positive");
        Require(FillLookback > TimeSpan.Zero && FillLookback <= TimeSpan.FromDays(30), "fill_lookback must be positive and at most 30 days");
        Require(!string.IsNullOrWhiteSpace(ClientOrderIdPrefix) && ClientOrderIdPrefix.Length <= 8 && ClientOrderIdPrefix.All(char.IsAsciiLetterOrDigit), "client_order_id_prefix must be 1 to 8 letters or digits");
        Require(StopTimeout > TimeSpan.Zero, "stop_timeout must be positive");
        Require(PlaceOrderAttempts is >= 1 and <= 10, "place_order_attempts must be 1 to 10");
    }

    /// <summary>A shallow copy (credentials are shared), so one bot's overrides never change the registered options.</summary>
    public BitgetSpotOptions Clone() => (BitgetSpotOptions)MemberwiseClone();

    /// <summary>The socket base address in use (live or demo).</summary>
    public Uri ActiveSocketBaseAddress => DemoTrading ? DemoSocketBaseAddress : SocketBaseAddress;
}
