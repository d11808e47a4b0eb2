using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>
/// Bitget API credentials encrypted at rest in <c>conf/connectors/bitget.yml</c>: AES-256-GCM under a key derived from
/// the bot password with PBKDF2-SHA256 (at least 600,000 iterations, random salt per write). A wrong password fails
/// with a clear message and the file is never touched by a failed read.
/// </summary>
public sealed class BitgetCredentialStore
{
    /// <summary>The file name inside the connectors folder.</summary>
    public const string FileName = "bitget.yml";

    /// <summary>Fewest PBKDF2 iterations accepted (OWASP 2023 guidance for PBKDF2-SHA256).</summary>
    public const int MinimumIterations = 600_000;

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

    /// <summary>Encrypts and writes the credentials (atomically: a temporary file then a rename).</summary>
    public void Save(BitgetCredentials credentials, Secret password, BitgetAccountKind? accountKind = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(password);
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
            AccountKind = accountKind?.ToLabel() ?? "",
        };
        var yaml = "# Bitget API credentials, encrypted with the bot password (CONFIG_PASSWORD). Written by `connect bitget`.\n"
            + new SerializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Serialize(file);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        Directory.CreateDirectory(directory);
        var temp = System.IO.Path.Combine(directory, $".{FileName}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, yaml);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, Path, overwrite: true);
    }

    /// <summary>Reads and decrypts the credentials.</summary>
    /// <exception cref="BitgetCredentialException">The file is missing or damaged, or the password is wrong.</exception>
    public BitgetCredentials Load(Secret password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!Exists) throw new BitgetCredentialException($"No Bitget credentials at {Path}: run `connect bitget` first.");
        BitgetCredentialFile file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build()
                .Deserialize<BitgetCredentialFile>(File.ReadAllText(Path)) ?? throw new BitgetCredentialException($"{Path} is empty.");
        }
        catch (YamlException ex)
        {
            throw new BitgetCredentialException($"{Path} line {ex.Start.Line}: not a valid credential file ({ex.Message}).", ex);
        }
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
