using Hbot.Sdk.Connectors.Bitget.Rest;
using Hbot.Sdk.Events;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>
/// What <c>connect bitget</c> does: get the bot password and the key (from the environment or hidden prompts),
/// refuse a password that does not open an existing file, verify the key with one signed call (which also tells the
/// account kind), then write the encrypted file with its plain settings. Settings not given on the command line keep
/// their value in the existing file. Nothing is written unless every step succeeded.
/// </summary>
public sealed class BitgetConnectFlow
{
    private readonly BitgetSpotOptions _options;
    private readonly BitgetConnectorSettings _requested;
    private readonly ISecretPrompt _prompt;
    private readonly TextWriter _output;
    private readonly Func<string, string?> _environment;
    private readonly HttpClient? _http;

    /// <summary>Creates the flow.</summary>
    /// <param name="options">Connector options (addresses, timeout, credential file path).</param>
    /// <param name="requested">
    /// Settings given on the command line; those left null keep the file's value, else detect and live trading. They
    /// replace the account kind and demo flag of <paramref name="options"/>.
    /// </param>
    /// <param name="prompt">Hidden input for values not in the environment.</param>
    /// <param name="output">Where progress and errors are written (never secrets).</param>
    /// <param name="environment">Reads environment variables.</param>
    /// <param name="http">HTTP client; a private one when null.</param>
    public BitgetConnectFlow(BitgetSpotOptions options, BitgetConnectorSettings requested, ISecretPrompt prompt, TextWriter output, Func<string, string?> environment, HttpClient? http = null)
    {
        _options = options;
        _requested = requested;
        _prompt = prompt;
        _output = output;
        _environment = environment;
        _http = http;
    }

    /// <summary>Runs the flow; returns the process exit code (0 saved, 1 refused, 2 missing input).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var store = new BitgetCredentialStore(_options.CredentialsPath);
        var settings = _requested;
        if (settings.AccountKind is null || settings.DemoTrading is null)
        {
            try
            {
                settings = settings.Over(store.ReadSettings());
            }
            catch (BitgetCredentialException ex)
            {
                return Fail(1, ex.Message + " Fix it, or pass both --account-kind and --demo to replace the settings; the file was not changed.");
            }
        }
        settings = settings.Over(new BitgetConnectorSettings(BitgetAccountKindSelection.Detect, DemoTrading: false));
        var password = Read(BitgetCredentialStore.PasswordVariable, "Bot password");
        if (password is null) return Fail(2, $"A bot password is required: set {BitgetCredentialStore.PasswordVariable} or type it at the prompt.");
        if (store.Exists)
        {
            try
            {
                if (store.HoldsKey()) store.Load(password);
            }
            catch (BitgetCredentialException ex)
            {
                return Fail(1, ex.Message + " The file was not changed.");
            }
        }
        var key = Read(BitgetCredentialSource.ApiKeyVariable, "Bitget API key");
        var secret = Read(BitgetCredentialSource.ApiSecretVariable, "Bitget API secret");
        var passphrase = Read(BitgetCredentialSource.PassphraseVariable, "Bitget API passphrase");
        if (key is null || secret is null || passphrase is null) return Fail(2, "The API key, secret and passphrase are all required.");
        var credentials = new BitgetCredentials(key.Reveal(), secret, passphrase);

        BitgetAccountKind kind;
        try
        {
            kind = await VerifyAsync(credentials, settings, cancellationToken).ConfigureAwait(false);
        }
        catch (BitgetApiException ex) when (ex.Kind == BitgetErrorKind.Network)
        {
            return Fail(1, $"Could not reach Bitget at {_options.RestBaseAddress}: {ex.ExchangeMessage}. Nothing was saved.");
        }
        catch (BitgetApiException ex)
        {
            return Fail(1, $"Bitget refused key {credentials.MaskedApiKey}: code {ex.Code}, \"{ex.ExchangeMessage}\". Nothing was saved.");
        }
        store.Save(credentials, password, settings, kind);
        await _output.WriteLineAsync($"Saved {store.Path}: {kind.ToLabel()} account, key {credentials.MaskedApiKey}, account_kind {BitgetConnectorSettings.Label(settings.AccountKind ?? BitgetAccountKindSelection.Detect)}{(settings.DemoTrading == true ? " (demo trading)" : "")}.").ConfigureAwait(false);
        return 0;
    }

    private async Task<BitgetAccountKind> VerifyAsync(BitgetCredentials credentials, BitgetConnectorSettings settings, CancellationToken cancellationToken)
    {
        var options = new BitgetSpotOptions
        {
            RestBaseAddress = _options.RestBaseAddress,
            DemoTrading = settings.DemoTrading == true,
            RequestTimeout = _options.RequestTimeout,
            Credentials = credentials,
            MaxRetries = 1,
        };
        var http = _http ?? new HttpClient();
        try
        {
            using var client = new BitgetRestClient(http, options, new TradingEventStream(), TimeProvider.System, NullLogger.Instance);
            await client.SyncClockAsync(cancellationToken).ConfigureAwait(false);
            switch (settings.AccountKind)
            {
                case BitgetAccountKindSelection.Classic:
                    await new BitgetClassicSpotApi(client).GetBalancesAsync(cancellationToken).ConfigureAwait(false);
                    return BitgetAccountKind.Classic;
                case BitgetAccountKindSelection.Unified:
                    await new BitgetUnifiedSpotApi(client).GetAccountModeAsync(cancellationToken).ConfigureAwait(false);
                    return BitgetAccountKind.Unified;
                default:
                    // The probe is the one signed call: it succeeds for a unified key and answers 40084 to a valid classic key.
                    return await BitgetAccountKindProbe.DetectAsync(new BitgetUnifiedSpotApi(client), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (_http is null) http.Dispose();
        }
    }

    private Secret? Read(string variable, string label)
    {
        var value = _environment(variable);
        if (string.IsNullOrEmpty(value)) value = _prompt.ReadHidden($"{label} ({variable})");
        return string.IsNullOrEmpty(value) ? null : new Secret(value.Trim());
    }

    private int Fail(int code, string message)
    {
        _output.WriteLine("connect bitget: " + message);
        return code;
    }
}
