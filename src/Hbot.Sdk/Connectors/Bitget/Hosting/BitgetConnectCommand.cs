using System.CommandLine;
using Hbot.Sdk.Connectors.Bitget.Credentials;

namespace Hbot.Sdk.Connectors.Bitget.Hosting;

/// <summary>The <c>connect bitget</c> command: stores a Bitget API key encrypted with the bot password.</summary>
public static class BitgetConnectCommand
{
    /// <summary>Creates the <c>connect</c> command with its <c>bitget</c> subcommand.</summary>
    public static Command Create()
    {
        var configDir = new Option<string>("--config-dir") { Description = "Config folder; the key is written to <dir>/connectors/bitget.yml.", DefaultValueFactory = _ => "conf" };
        var demo = new Option<bool?>("--demo") { Description = "Trade on Bitget demo trading (needs a demo key); `--demo false` trades live. Saved as `demo`; kept from the file when omitted (default false)." };
        var kind = new Option<BitgetAccountKindSelection?>("--account-kind") { Description = "detect, classic or unified. Saved as `account_kind`; kept from the file when omitted (default detect)." };
        var rest = new Option<string?>("--rest-base-address") { Description = "REST base address (default Bitget's public API)." };
        var bitget = new Command("bitget", "Asks for (or reads BITGET_API_KEY, BITGET_API_SECRET, BITGET_API_PASSPHRASE) a Bitget API key, verifies it with one signed call and saves it encrypted with CONFIG_PASSWORD, with the plain account_kind and demo settings.")
        {
            configDir, demo, kind, rest,
        };
        bitget.SetAction((parse, ct) =>
        {
            var options = new BitgetSpotOptions
            {
                CredentialsPath = BitgetCredentialStore.DefaultPath(parse.GetValue(configDir) ?? "conf"),
            };
            var requested = new BitgetConnectorSettings(parse.GetValue(kind), parse.GetValue(demo));
            if (parse.GetValue(rest) is { } address)
            {
                if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
                {
                    Console.Error.WriteLine($"connect bitget: --rest-base-address '{address}' is not an absolute address.");
                    return Task.FromResult(2);
                }
                options.RestBaseAddress = uri;
            }
            return new BitgetConnectFlow(options, requested, new ConsoleSecretPrompt(), Console.Out, Environment.GetEnvironmentVariable).RunAsync(ct);
        });
        return new Command("connect", "Stores exchange API keys, encrypted at rest with the bot password.") { bitget };
    }
}
