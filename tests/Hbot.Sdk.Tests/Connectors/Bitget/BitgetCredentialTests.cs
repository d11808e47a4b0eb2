using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Connectors.Bitget.Credentials;
using Hbot.Sdk.Tests.Connectors.Bitget.Fake;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

public sealed class BitgetCredentialTests : IAsyncLifetime, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hbot-bitget-").FullName;
    private FakeBitgetServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeBitgetServer.StartAsync(BitgetAccountKind.Classic);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string FilePath => BitgetCredentialStore.DefaultPath(Path.Combine(_dir, "conf"));

    private sealed class ScriptedPrompt(params string[] answers) : ISecretPrompt
    {
        private readonly Queue<string> _answers = new(answers);
        public List<string> Labels { get; } = [];

        public string? ReadHidden(string label)
        {
            Labels.Add(label);
            return _answers.Count > 0 ? _answers.Dequeue() : null;
        }
    }

    private (BitgetConnectFlow Flow, StringWriter Output) Flow(ISecretPrompt prompt, Dictionary<string, string> env, BitgetAccountKindSelection? kind = null, bool? demo = null)
    {
        var options = new BitgetSpotOptions { RestBaseAddress = _server.RestAddress, CredentialsPath = FilePath };
        var output = new StringWriter();
        return (new BitgetConnectFlow(options, new BitgetConnectorSettings(kind, demo), prompt, output, name => env.GetValueOrDefault(name)), output);
    }

    private static Dictionary<string, string> Env(string password = "bot-password-1") => new()
    {
        ["CONFIG_PASSWORD"] = password,
        ["BITGET_API_KEY"] = FakeBitgetServer.ApiKey,
        ["BITGET_API_SECRET"] = FakeBitgetServer.ApiSecret,
        ["BITGET_API_PASSPHRASE"] = FakeBitgetServer.Passphrase,
    };

    [Fact]
    public void Round_trip_encrypts_at_rest_and_decrypts_with_the_password()
    {
        var store = new BitgetCredentialStore(FilePath);
        store.Save(FakeBitgetServer.Credentials(), new Secret("pw-1"), new BitgetConnectorSettings(BitgetAccountKindSelection.Unified, DemoTrading: true), BitgetAccountKind.Unified);
        var text = File.ReadAllText(FilePath);
        Assert.DoesNotContain(FakeBitgetServer.ApiSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBitgetServer.Passphrase, text, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBitgetServer.ApiKey, text, StringComparison.Ordinal);
        Assert.Contains("iterations: 600000", text, StringComparison.Ordinal);
        Assert.Contains("account_kind: unified", text, StringComparison.Ordinal);
        var loaded = store.Load(new Secret("pw-1"));
        Assert.Equal(FakeBitgetServer.ApiKey, loaded.ApiKey);
        Assert.Equal(FakeBitgetServer.ApiSecret, loaded.ApiSecret.Reveal());
        Assert.Equal(FakeBitgetServer.Passphrase, loaded.Passphrase.Reveal());
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(FilePath));

        // A second save uses a fresh salt and nonce.
        store.Save(FakeBitgetServer.Credentials(), new Secret("pw-1"));
        Assert.NotEqual(text, File.ReadAllText(FilePath));
    }

    [Fact]
    public void A_wrong_password_fails_clearly()
    {
        var store = new BitgetCredentialStore(FilePath);
        store.Save(FakeBitgetServer.Credentials(), new Secret("right"));
        var error = Assert.Throws<BitgetCredentialException>(() => store.Load(new Secret("wrong")));
        Assert.Contains("CONFIG_PASSWORD", error.Message, StringComparison.Ordinal);
        Assert.Contains(FilePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_file_names_the_problem()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        File.WriteAllText(FilePath, "iterations: 1000\nsalt: AAAA\n");
        var error = Assert.Throws<BitgetCredentialException>(() => new BitgetCredentialStore(FilePath).Load(new Secret("x")));
        Assert.Contains("'iterations'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_reads_the_environment_verifies_and_saves()
    {
        var prompt = new ScriptedPrompt();
        var (flow, output) = Flow(prompt, Env());
        Assert.Equal(0, await flow.RunAsync(default));
        Assert.Empty(prompt.Labels);
        Assert.Contains("classic account", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(_server.RequestLog, r => r.StartsWith("GET /api/v3/account/settings", StringComparison.Ordinal));
        Assert.Equal(FakeBitgetServer.ApiSecret, new BitgetCredentialStore(FilePath).Load(new Secret("bot-password-1")).ApiSecret.Reveal());
        Assert.DoesNotContain(FakeBitgetServer.ApiSecret, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_prompts_for_what_the_environment_lacks()
    {
        _server.Kind = BitgetAccountKind.Unified;
        var prompt = new ScriptedPrompt("pw-prompted", FakeBitgetServer.ApiKey, FakeBitgetServer.ApiSecret, FakeBitgetServer.Passphrase);
        var (flow, output) = Flow(prompt, []);
        Assert.Equal(0, await flow.RunAsync(default));
        Assert.Equal(4, prompt.Labels.Count);
        Assert.Contains("unified account", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(FakeBitgetServer.ApiKey, new BitgetCredentialStore(FilePath).Load(new Secret("pw-prompted")).ApiKey);
    }

    [Fact]
    public async Task Connect_with_a_wrong_password_never_overwrites_the_file()
    {
        new BitgetCredentialStore(FilePath).Save(FakeBitgetServer.Credentials(), new Secret("original"));
        var before = File.ReadAllText(FilePath);
        var (flow, output) = Flow(new ScriptedPrompt(), Env("not-the-password"));
        Assert.Equal(1, await flow.RunAsync(default));
        Assert.Contains("does not decrypt", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(FilePath));
        Assert.DoesNotContain(_server.RequestLog, r => r.Contains("/api/v3/account", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Connect_with_a_refused_key_saves_nothing()
    {
        var env = Env();
        env["BITGET_API_SECRET"] = "a-wrong-secret";
        var (flow, output) = Flow(new ScriptedPrompt(), env);
        Assert.Equal(1, await flow.RunAsync(default));
        Assert.Contains("code 40009", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(FilePath));
        Assert.DoesNotContain("a-wrong-secret", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_without_a_password_stops_with_a_usage_error()
    {
        var (flow, output) = Flow(new ScriptedPrompt(), []);
        Assert.Equal(2, await flow.RunAsync(default));
        Assert.Contains("CONFIG_PASSWORD", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_resolve_from_options_then_environment_then_the_file()
    {
        var options = new BitgetSpotOptions { CredentialsPath = FilePath };
        var missing = Assert.Throws<BitgetCredentialException>(() => BitgetCredentialSource.Resolve(options, _ => null));
        Assert.Contains("connect bitget", missing.Message, StringComparison.Ordinal);

        var env = Env();
        Assert.Equal(FakeBitgetServer.ApiKey, BitgetCredentialSource.Resolve(options, n => env.GetValueOrDefault(n)).ApiKey);

        new BitgetCredentialStore(FilePath).Save(new BitgetCredentials("file-key-123", new Secret("s"), new Secret("p")), new Secret("pw"));
        Assert.Equal("file-key-123", BitgetCredentialSource.Resolve(options, n => n == "CONFIG_PASSWORD" ? "pw" : null).ApiKey);
        var noPassword = Assert.Throws<BitgetCredentialException>(() => BitgetCredentialSource.Resolve(options, _ => null));
        Assert.Contains("CONFIG_PASSWORD", noPassword.Message, StringComparison.Ordinal);
    }
}
