using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hbot.Sdk.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>
/// Bitget API credentials encrypted at rest in <c>conf/connectors/bitget.yml</c>: AES-256-GCM under a key derived from
/// the bot password with PBKDF2-SHA256 (at least 600,000 iterations, random salt per write). A wrong password fails
/// with a clear message and the file is never touched by a read. The plain settings <c>account_kind</c> and <c>demo</c>
/// sit above the encrypted part; the AES-GCM associated data is a constant, so editing them never breaks decryption.
/// </summary>
public sealed class BitgetCredentialStore
{
    /// <summary>The file name inside the connectors folder.</summary>
    public const string FileName = "bitget.yml";

    /// <summary>Fewest PBKDF2 iterations accepted (OWASP 2023 guidance for PBKDF2-SHA256).</summary>
    public const int MinimumIterations = 600_000;

    /// <summary>The file format version written: 2 holds the plain <c>account_kind</c>/<c>demo</c> settings (version 1 wrote the detected kind under <c>account_kind</c>).</summary>
    public const int FormatVersion = 2;

    /// <summary>The environment variable holding the bot password.</summary>
    public const string PasswordVariable = "CONFIG_PASSWORD";

    private const int SaltBytes = 16;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    /// <summary>Creates a store for a file.</summary>
    /// <param name="path">The file, usually <c>conf/connectors/bitget.yml</c>.</param>
    /// <param name="iterations">PBKDF2 iterations for new files (at least <see cref="MinimumIterations"/>).</param>
    public BitgetCredentialStore(string path, int iterations = MinimumIterations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (iterations < MinimumIterations) throw new ArgumentOutOfRangeException(nameof(iterations), iterations, $"At least {MinimumIterations} PBKDF2 iterations are required.");
        Path = path;
        Iterations = iterations;
    }

    /// <summary>The default location under a config folder: <c>{configDirectory}/connectors/bitget.yml</c>.</summary>
    public static string DefaultPath(string configDirectory = "conf") => System.IO.Path.Combine(configDirectory, "connectors", FileName);

    /// <summary>The credential file.</summary>
    public string Path { get; }

    /// <summary>PBKDF2 iterations used when writing.</summary>
    public int Iterations { get; }

    /// <summary>Whether the file exists.</summary>
    public bool Exists => File.Exists(Path);

    /// <summary>
    /// Encrypts and writes the credentials (atomically: a temporary file then a rename), with the plain connector
    /// settings above the encrypted part.
    /// </summary>
    /// <param name="credentials">The API key to seal.</param>
    /// <param name="password">The bot password the key is derived from.</param>
    /// <param name="settings">Plain settings to write; keys left null are not written.</param>
    /// <param name="detectedAccountKind">The account kind found when the key was verified (information only).</param>
    public void Save(BitgetCredentials credentials, Secret password, BitgetConnectorSettings? settings = null, BitgetAccountKind? detectedAccountKind = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(password);
        settings ??= BitgetConnectorSettings.None;
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var plain = JsonSerializer.SerializeToUtf8Bytes(
            new BitgetCredentialPayload(credentials.ApiKey, credentials.ApiSecret.Reveal(), credentials.Passphrase.Reveal()), BitgetCredentialJson.Default.BitgetCredentialPayload);
        var key = DeriveKey(password, salt, Iterations);
        var cipher = new byte[plain.Length];
        var tag = new byte[TagBytes];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Encrypt(nonce, plain, cipher, tag, Associated());
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(plain);
        }
        var file = new BitgetCredentialFile
        {
            Iterations = Iterations,
            Salt = Convert.ToBase64String(salt),
            Nonce = Convert.ToBase64String(nonce),
            Ciphertext = Convert.ToBase64String(cipher),
            Tag = Convert.ToBase64String(tag),
            MaskedApiKey = credentials.MaskedApiKey,
            DetectedAccountKind = detectedAccountKind?.ToLabel() ?? "",
        };
        var yaml = new StringBuilder("# Bitget connector file. Written by `connect bitget`.\n");
        yaml.Append("# Settings: plain text, not encrypted, safe to edit. BITGET_ACCOUNT_KIND and BITGET_DEMO override them.\n");
        if (settings.AccountKind is { } kind)
        {
            yaml.Append("# account_kind: detect (probe the account at start), classic (V2 API) or unified (V3 API).\n");
            yaml.Append(CultureInfo.InvariantCulture, $"{BitgetConnectorSettings.AccountKindKey}: {BitgetConnectorSettings.Label(kind)}\n");
        }
        if (settings.DemoTrading is { } demo)
        {
            yaml.Append("# demo: true trades on Bitget demo trading (needs a demo key), false trades live.\n");
            yaml.Append(CultureInfo.InvariantCulture, $"{BitgetConnectorSettings.DemoKey}: {(demo ? "true" : "false")}\n");
        }
        yaml.Append("# The API key below is encrypted with the bot password (CONFIG_PASSWORD): do not edit it.\n");
        yaml.Append(new SerializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Serialize(file));
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(directory);
        var temp = System.IO.Path.Combine(directory, $".{FileName}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, yaml.ToString());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, Path, overwrite: true);
    }

    /// <summary>
    /// Reads the plain settings (<c>account_kind</c>, <c>demo</c>) without the password; <see cref="BitgetConnectorSettings.None"/>
    /// when the file does not exist. Never writes the file.
    /// </summary>
    /// <exception cref="BitgetCredentialException">A value is not valid; the message names the file, the key and the line.</exception>
    public BitgetConnectorSettings ReadSettings()
    {
        if (!Exists) return BitgetConnectorSettings.None;
        var root = ReadRoot();
        if (root is null) return BitgetConnectorSettings.None;
        BitgetAccountKindSelection? kind = null;
        // Version 1 files wrote the kind found at connect time under account_kind: information, not a setting.
        var legacy = Setting(root, "version") is { Value: "1" };
        if (!legacy && Setting(root, BitgetConnectorSettings.AccountKindKey) is { } kindNode)
        {
            kind = BitgetConnectorSettings.TryParseKind(kindNode.Value, out var parsed) ? parsed
                : throw Invalid(kindNode, BitgetConnectorSettings.AccountKindKey, $"'{kindNode.Value}' is not valid; expected detect, classic or unified");
        }
        bool? demo = null;
        if (Setting(root, BitgetConnectorSettings.DemoKey) is { } demoNode)
        {
            demo = bool.TryParse(demoNode.Value?.Trim(), out var parsed) ? parsed
                : throw Invalid(demoNode, BitgetConnectorSettings.DemoKey, $"'{demoNode.Value}' is not valid; expected true or false");
        }
        return new BitgetConnectorSettings(kind, demo);
    }

    /// <summary>Whether the file exists and holds an encrypted API key (a file may hold settings only).</summary>
    /// <exception cref="BitgetCredentialException">The file is not valid YAML.</exception>
    public bool HoldsKey() => Exists && ReadFile() is { } file && IsSealed(file);

    /// <summary>Reads and decrypts the credentials.</summary>
    /// <exception cref="BitgetCredentialException">The file is missing or damaged, holds no key, or the password is wrong.</exception>
    public BitgetCredentials Load(Secret password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!Exists) throw new BitgetCredentialException($"No Bitget credentials at {Path}: run `connect bitget` first.");
        var file = ReadFile() ?? throw new BitgetCredentialException($"{Path} is empty.");
        if (!IsSealed(file)) throw new BitgetCredentialException($"{Path} holds connector settings but no API key: run `connect bitget` first.");
        if (file.Kdf != "pbkdf2-sha256" || file.Cipher != "aes-256-gcm")
            throw new BitgetCredentialException($"{Path}: unsupported kdf '{file.Kdf}' or cipher '{file.Cipher}'.");
        if (file.Iterations < MinimumIterations)
            throw new BitgetCredentialException($"{Path}: key 'iterations' is {file.Iterations}, below the minimum {MinimumIterations}.");
        byte[] salt, nonce, cipher, tag;
        try
        {
            salt = Convert.FromBase64String(file.Salt);
            nonce = Convert.FromBase64String(file.Nonce);
            cipher = Convert.FromBase64String(file.Ciphertext);
            tag = Convert.FromBase64String(file.Tag);
        }
        catch (FormatException ex)
        {
            throw new BitgetCredentialException($"{Path}: salt, nonce, ciphertext or tag is not Base64.", ex);
        }
        if (nonce.Length != NonceBytes || tag.Length != TagBytes) throw new BitgetCredentialException($"{Path}: nonce or tag has the wrong length.");
        var key = DeriveKey(password, salt, file.Iterations);
        var plain = new byte[cipher.Length];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(nonce, cipher, tag, plain, Associated());
            var payload = JsonSerializer.Deserialize(plain, BitgetCredentialJson.Default.BitgetCredentialPayload)
                ?? throw new BitgetCredentialException($"{Path}: the decrypted payload is empty.");
            return new BitgetCredentials(payload.ApiKey, new Secret(payload.ApiSecret), new Secret(payload.Passphrase));
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new BitgetCredentialException($"The bot password does not decrypt {Path}: wrong {PasswordVariable}, or the file was changed.", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    private BitgetCredentialFile? ReadFile()
    {
        try
        {
            return new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
                .Deserialize<BitgetCredentialFile>(File.ReadAllText(Path));
        }
        catch (YamlException ex)
        {
            throw new BitgetCredentialException($"{Path}:{ex.Start.Line}: not a valid connector file ({ex.Message}).", ex);
        }
    }

    // Any field of the encrypted part present means a key was written (a damaged one is reported by Load).
    private static bool IsSealed(BitgetCredentialFile file) => file.Iterations != 0 || file.Salt.Length > 0 || file.Ciphertext.Length > 0;

    private YamlMappingNode? ReadRoot()
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(Path)));
        }
        catch (YamlException ex)
        {
            throw new BitgetCredentialException($"{Path}:{ex.Start.Line}: not a valid connector file ({ex.Message}).", ex);
        }
        if (stream.Documents.Count == 0) return null;
        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new BitgetCredentialException($"{Path}:{stream.Documents[0].RootNode.Start.Line}: expected a mapping of keys such as {BitgetConnectorSettings.AccountKindKey}: detect.");
    }

    private YamlScalarNode? Setting(YamlMappingNode root, string key)
    {
        var value = root.Children.FirstOrDefault(kv => (kv.Key as YamlScalarNode)?.Value == key).Value;
        return value switch
        {
            null => null,
            YamlScalarNode scalar => scalar,
            _ => throw new BitgetCredentialException(new ConfigError(Path, key, (int)value.Start.Line, (int)value.Start.Column, "expected a single value, not a list or mapping").ToString()),
        };
    }

    private BitgetCredentialException Invalid(YamlNode node, string key, string message) =>
        new(new ConfigError(Path, key, (int)node.Start.Line, (int)node.Start.Column, message).ToString());

    private static byte[] DeriveKey(Secret password, byte[] salt, int iterations)
    {
        var bytes = Encoding.UTF8.GetBytes(password.Reveal());
        try
        {
            return Rfc2898DeriveBytes.Pbkdf2(bytes, salt, iterations, HashAlgorithmName.SHA256, 32);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    // Binds the ciphertext to its purpose so a blob from another file cannot be swapped in.
    private static byte[] Associated() => "hbot:connector:bitget:v1"u8.ToArray();
}
