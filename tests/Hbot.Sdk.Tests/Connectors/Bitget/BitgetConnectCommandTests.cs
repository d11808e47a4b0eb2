using System.Diagnostics;
using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Connectors.Bitget.Credentials;
using Hbot.Sdk.Tests.Connectors.Bitget.Fake;
using Hbot.Sdk.Tests.Hosting;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

/// <summary>`connect bitget` as a user runs it: the sample host process, keys in the environment, the fake exchange.</summary>
public sealed class BitgetConnectCommandTests : IAsyncLifetime, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hbot-connect-").FullName;
    private FakeBitgetServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeBitgetServer.StartAsync(BitgetAccountKind.Unified);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<(int Code, string Output)> RunAsync(string password, string secret, params string[] options)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { SampleProcess.SamplePath, "connect", "bitget", "--rest-base-address", _server.RestAddress.ToString() }.Concat(options)) start.ArgumentList.Add(a);
        start.Environment[BitgetCredentialStore.PasswordVariable] = password;
        start.Environment[BitgetCredentialSource.ApiKeyVariable] = FakeBitgetServer.ApiKey;
        start.Environment[BitgetCredentialSource.ApiSecretVariable] = secret;
        start.Environment[BitgetCredentialSource.PassphraseVariable] = FakeBitgetServer.Passphrase;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [Fact]
    public async Task Connect_bitget_verifies_and_writes_the_encrypted_file_and_refuses_a_wrong_password()
    {
        var (code, output) = await RunAsync("pw-cli", FakeBitgetServer.ApiSecret);
        Assert.True(code == 0, output);
        Assert.Contains("unified account", output, StringComparison.Ordinal);
        var path = Path.Combine(_dir, "conf", "connectors", "bitget.yml");
        Assert.Equal(FakeBitgetServer.ApiSecret, new BitgetCredentialStore(path).Load(new Secret("pw-cli")).ApiSecret.Reveal());
        var saved = File.ReadAllText(path);

        (code, output) = await RunAsync("another-password", FakeBitgetServer.ApiSecret);
        Assert.Equal(1, code);
        Assert.Contains("does not decrypt", output, StringComparison.Ordinal);
        Assert.Equal(saved, File.ReadAllText(path));
        Assert.DoesNotContain(FakeBitgetServer.ApiSecret, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_bitget_saves_the_account_kind_and_demo_options_and_keeps_them_on_a_rerun()
    {
        var (code, output) = await RunAsync("pw-cli", FakeBitgetServer.ApiSecret, "--account-kind", "unified", "--demo");
        Assert.True(code == 0, output);
        Assert.Contains("(demo trading)", output, StringComparison.Ordinal);
        Assert.Equal("1", _server.LastPaptradingHeader);
        var store = new BitgetCredentialStore(Path.Combine(_dir, "conf", "connectors", "bitget.yml"));
        var text = File.ReadAllText(store.Path);
        Assert.Contains("account_kind: unified\n", text, StringComparison.Ordinal);
        Assert.Contains("demo: true\n", text, StringComparison.Ordinal);

        (code, output) = await RunAsync("pw-cli", FakeBitgetServer.ApiSecret);
        Assert.True(code == 0, output);
        Assert.Equal(new BitgetConnectorSettings(BitgetAccountKindSelection.Unified, true), store.ReadSettings());

        (code, output) = await RunAsync("pw-cli", FakeBitgetServer.ApiSecret, "--account-kind", "unifed");
        Assert.NotEqual(0, code);
        Assert.Contains("unifed", output, StringComparison.Ordinal);
        Assert.Equal(new BitgetConnectorSettings(BitgetAccountKindSelection.Unified, true), store.ReadSettings());
    }
}
