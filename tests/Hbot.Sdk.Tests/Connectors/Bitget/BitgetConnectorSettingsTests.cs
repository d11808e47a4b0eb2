using Hbot.Sdk.Configuration;
using Hbot.Sdk.Connectors;
using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Connectors.Bitget.Credentials;
using Hbot.Sdk.Connectors.Bitget.Hosting;
using Hbot.Sdk.Connectors.Bitget.Rest;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Tests.Connectors.Bitget.Fake;
using Microsoft.Extensions.DependencyInjection;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

/// <summary>The plain <c>account_kind</c> and <c>demo</c> settings of <c>conf/connectors/bitget.yml</c>.</summary>
public sealed class BitgetConnectorSettingsTests() : FakeBitgetTestBase("hbot-bitget-settings-")
{
    private string FilePath => BitgetCredentialStore.DefaultPath(Path.Combine(TempDirectory, "conf"));

    private void WriteFile(string yaml)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        File.WriteAllText(FilePath, yaml);
    }

    /// <summary>A live connector from the factory: code options point at the fake and say <paramref name="codeKind"/>.</summary>
    private async Task<(BitgetSpotConnector Connector, List<TradingEvent> Events)> StartFromFactoryAsync(
        BitgetAccountKindSelection codeKind, Dictionary<string, string>? env = null)
    {
        var options = Server.Options(codeKind);
        options.CredentialsPath = FilePath;
        var factory = new BitgetSpotConnectorFactory(Microsoft.Extensions.Options.Options.Create(options), n => env?.GetValueOrDefault(n));
        var events = new TradingEventStream();
        var published = new List<TradingEvent>();
        events.Subscribe(e =>
        {
            lock (published) published.Add(e);
        });
        var context = new ConnectorContext(new StrategyConfig { Strategy = "pure_market_making", Exchange = "bitget", TradingPair = Pair },
            Services, TempDirectory, events, TimeProvider.System);
        var connector = Assert.IsType<BitgetSpotConnector>(factory.Create(context));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await connector.StartAsync([Pair], timeout.Token);
        return (connector, published);
    }

    private bool Requested(string pathPrefix) => Server.RequestLog.Any(r => r.Split(' ')[1].StartsWith(pathPrefix, StringComparison.Ordinal));

    [Fact]
    public async Task The_file_forces_classic_and_demo_over_the_code_options_without_probing()
    {
        Server.Kind = BitgetAccountKind.Classic;
        WriteFile("# settings only, the key comes from the options\naccount_kind: classic\ndemo: true\n");
        var (connector, events) = await StartFromFactoryAsync(BitgetAccountKindSelection.Unified);
        await using (connector)
        {
            Assert.Equal(BitgetAccountKind.Classic, connector.AccountKind);
            var detected = Assert.Single(events.OfType<AccountKindDetectedEvent>());
            Assert.True(detected.Forced);
            Assert.False(Requested(BitgetEndpoints.UnifiedSettings.Path), "the unified probe was called");
            Assert.True(Requested(BitgetEndpoints.ClassicAssets.Path), "classic balances were not read");
            Assert.Equal("1", Server.LastPaptradingHeader);
            await connector.StopAsync(default);
        }
    }

    [Fact]
    public async Task The_file_forces_unified()
    {
        Server.Kind = BitgetAccountKind.Unified;
        WriteFile("account_kind: Unified\n");
        var (connector, events) = await StartFromFactoryAsync(BitgetAccountKindSelection.Classic);
        await using (connector)
        {
            Assert.Equal(BitgetAccountKind.Unified, connector.AccountKind);
            Assert.True(Assert.Single(events.OfType<AccountKindDetectedEvent>()).Forced);
            Assert.False(Requested("/api/v2/spot/account") || Requested("/api/v2/spot/trade"), "a classic private endpoint was called");
            Assert.Null(Server.LastPaptradingHeader);
            await connector.StopAsync(default);
        }
    }

    [Fact]
    public async Task Environment_variables_override_the_file()
    {
        Server.Kind = BitgetAccountKind.Unified;
        WriteFile("account_kind: classic\ndemo: true\n");
        var env = new Dictionary<string, string> { ["BITGET_ACCOUNT_KIND"] = "unified", ["BITGET_DEMO"] = "false" };
        var (connector, _) = await StartFromFactoryAsync(BitgetAccountKindSelection.Detect, env);
        await using (connector)
        {
            Assert.Equal(BitgetAccountKind.Unified, connector.AccountKind);
            Assert.Null(Server.LastPaptradingHeader);
            await connector.StopAsync(default);
        }
    }

    [Theory]
    [InlineData("account_kind", "unifed", "expected detect, classic or unified")]
    [InlineData("demo", "yes", "expected true or false")]
    public void A_bad_value_is_refused_with_the_file_key_and_line_and_the_file_is_not_rewritten(string key, string value, string expected)
    {
        new BitgetCredentialStore(FilePath).Save(FakeBitgetServer.Credentials(), new Secret("pw"), new BitgetConnectorSettings(BitgetAccountKindSelection.Detect, false));
        var lines = File.ReadAllLines(FilePath);
        var index = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        lines[index] = $"{key}: {value}";
        File.WriteAllLines(FilePath, lines);
        var before = File.ReadAllBytes(FilePath);
        var written = File.GetLastWriteTimeUtc(FilePath);

        var error = Assert.Throws<BitgetCredentialException>(() => new BitgetCredentialStore(FilePath).ReadSettings());
        Assert.Contains($"{FilePath}:{index + 1}:", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}' is not valid; {expected}", error.Message, StringComparison.Ordinal);

        var options = Server.Options();
        options.CredentialsPath = FilePath;
        var factory = new BitgetSpotConnectorFactory(Microsoft.Extensions.Options.Options.Create(options), _ => null);
        var context = new ConnectorContext(new StrategyConfig { Strategy = "pure_market_making", Exchange = "bitget", TradingPair = Pair, Paper = true },
            Services, TempDirectory, new TradingEventStream(), TimeProvider.System);
        Assert.Equal(error.Message, Assert.Throws<BitgetCredentialException>(() => factory.Create(context)).Message);
        Assert.Equal(before, File.ReadAllBytes(FilePath));
        Assert.Equal(written, File.GetLastWriteTimeUtc(FilePath));
    }

    [Fact]
    public void Editing_the_plain_settings_keeps_decryption_working()
    {
        var store = new BitgetCredentialStore(FilePath);
        store.Save(FakeBitgetServer.Credentials(), new Secret("pw"), new BitgetConnectorSettings(BitgetAccountKindSelection.Detect, false));
        Assert.Equal(new BitgetConnectorSettings(BitgetAccountKindSelection.Detect, false), store.ReadSettings());
        var text = File.ReadAllText(FilePath)
            .Replace("account_kind: detect", "account_kind: unified   # changed by hand", StringComparison.Ordinal)
            .Replace("demo: false", "demo: true", StringComparison.Ordinal);
        File.WriteAllText(FilePath, "# my notes\n" + text);

        Assert.Equal(new BitgetConnectorSettings(BitgetAccountKindSelection.Unified, true), store.ReadSettings());
        Assert.Equal(FakeBitgetServer.ApiSecret, store.Load(new Secret("pw")).ApiSecret.Reveal());
    }

    [Fact]
    public void A_settings_only_file_applies_without_keys_and_live_mode_says_how_to_add_them()
    {
        WriteFile("account_kind: classic\n");
        var store = new BitgetCredentialStore(FilePath);
        Assert.False(store.HoldsKey());
        Assert.Equal(new BitgetConnectorSettings(BitgetAccountKindSelection.Classic), store.ReadSettings());
        var error = Assert.Throws<BitgetCredentialException>(() => BitgetCredentialSource.Resolve(new BitgetSpotOptions { CredentialsPath = FilePath },
            n => n == BitgetCredentialStore.PasswordVariable ? "pw" : null));
        Assert.Contains("connect bitget", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_file_keeps_detecting()
    {
        WriteFile("connector: bitget\nversion: 1\naccount_kind: unified\n");
        Assert.Equal(BitgetConnectorSettings.None, new BitgetCredentialStore(FilePath).ReadSettings());
    }

    [Fact]
    public async Task Connect_writes_the_options_verifies_with_them_and_keeps_them_when_omitted()
    {
        Server.Kind = BitgetAccountKind.Classic;
        var env = new Dictionary<string, string>
        {
            [BitgetCredentialStore.PasswordVariable] = "pw",
            [BitgetCredentialSource.ApiKeyVariable] = FakeBitgetServer.ApiKey,
            [BitgetCredentialSource.ApiSecretVariable] = FakeBitgetServer.ApiSecret,
            [BitgetCredentialSource.PassphraseVariable] = FakeBitgetServer.Passphrase,
        };
        async Task<string> ConnectAsync(BitgetConnectorSettings requested)
        {
            var output = new StringWriter();
            var options = new BitgetSpotOptions { RestBaseAddress = Server.RestAddress, CredentialsPath = FilePath };
            var code = await new BitgetConnectFlow(options, requested, new NoPrompt(), output, n => env.GetValueOrDefault(n)).RunAsync(default);
            Assert.True(code == 0, output.ToString());
            return output.ToString();
        }

        await ConnectAsync(new BitgetConnectorSettings(BitgetAccountKindSelection.Classic, DemoTrading: true));
        var store = new BitgetCredentialStore(FilePath);
        Assert.Equal(new BitgetConnectorSettings(BitgetAccountKindSelection.Classic, true), store.ReadSettings());
        Assert.False(Requested(BitgetEndpoints.UnifiedSettings.Path), "the unified probe was called although classic was forced");
        Assert.Equal("1", Server.LastPaptradingHeader);

        await ConnectAsync(BitgetConnectorSettings.None);
        Assert.Equal(new BitgetConnectorSettings(BitgetAccountKindSelection.Classic, true), store.ReadSettings());

        await ConnectAsync(new BitgetConnectorSettings(DemoTrading: false));
        Assert.Equal(new BitgetConnectorSettings(BitgetAccountKindSelection.Classic, false), store.ReadSettings());
        Assert.Null(Server.LastPaptradingHeader);
        Assert.Equal(FakeBitgetServer.ApiKey, store.Load(new Secret("pw")).ApiKey);
    }

    [Fact]
    public async Task Connect_refuses_a_bad_setting_it_would_keep_and_replaces_it_when_both_options_are_given()
    {
        Server.Kind = BitgetAccountKind.Classic;
        new BitgetCredentialStore(FilePath).Save(FakeBitgetServer.Credentials(), new Secret("pw"), new BitgetConnectorSettings(BitgetAccountKindSelection.Classic, false));
        File.WriteAllText(FilePath, File.ReadAllText(FilePath).Replace("demo: false", "demo: maybe", StringComparison.Ordinal));
        var before = File.ReadAllText(FilePath);
        var env = new Dictionary<string, string>
        {
            [BitgetCredentialStore.PasswordVariable] = "pw",
            [BitgetCredentialSource.ApiKeyVariable] = FakeBitgetServer.ApiKey,
            [BitgetCredentialSource.ApiSecretVariable] = FakeBitgetServer.ApiSecret,
            [BitgetCredentialSource.PassphraseVariable] = FakeBitgetServer.Passphrase,
        };
        var options = new BitgetSpotOptions { RestBaseAddress = Server.RestAddress, CredentialsPath = FilePath };

        var output = new StringWriter();
        Assert.Equal(1, await new BitgetConnectFlow(options, new BitgetConnectorSettings(BitgetAccountKindSelection.Classic), new NoPrompt(), output, n => env.GetValueOrDefault(n)).RunAsync(default));
        Assert.Contains($"{FilePath}:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("'maybe' is not valid; expected true or false", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(FilePath));

        output = new StringWriter();
        var code = await new BitgetConnectFlow(options, new BitgetConnectorSettings(BitgetAccountKindSelection.Classic, false), new NoPrompt(), output, n => env.GetValueOrDefault(n)).RunAsync(default);
        Assert.True(code == 0, output.ToString());
        Assert.Equal(new BitgetConnectorSettings(BitgetAccountKindSelection.Classic, false), new BitgetCredentialStore(FilePath).ReadSettings());
    }

    [Fact]
    public void A_bad_demo_variable_is_named()
    {
        var options = Server.Options();
        options.CredentialsPath = FilePath;
        var factory = new BitgetSpotConnectorFactory(Microsoft.Extensions.Options.Options.Create(options), n => n == "BITGET_DEMO" ? "yes" : null);
        var context = new ConnectorContext(new StrategyConfig { Strategy = "pure_market_making", Exchange = "bitget", TradingPair = Pair, Paper = true },
            Services, TempDirectory, new TradingEventStream(), TimeProvider.System);
        Assert.Contains("BITGET_DEMO 'yes'", Assert.Throws<InvalidOperationException>(() => factory.Create(context)).Message, StringComparison.Ordinal);
    }

    private sealed class NoPrompt : ISecretPrompt
    {
        public string? ReadHidden(string label) => null;
    }
}
