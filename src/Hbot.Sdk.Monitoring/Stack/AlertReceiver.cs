using Hbot.Sdk.Monitoring.Rules;

namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>
/// One alert receiver. Secrets are never in the manifest: <see cref="SecretEnv"/> names the variable of the env file
/// that holds the secret (webhook bearer token, Slack webhook URL, Telegram bot token, SMTP password, PagerDuty key).
/// </summary>
public sealed record AlertReceiver
{
    /// <summary>Receiver name (letters, digits, '-' and '_').</summary>
    public required string Name { get; init; }
    /// <summary>Kind of receiver.</summary>
    public required ReceiverType Type { get; init; }
    /// <summary>Severities sent to it: <c>critical</c> pages, <c>warning</c> chats.</summary>
    public required IReadOnlyList<AlertSeverity> Severities { get; init; }
    /// <summary>Env file variable holding the secret; optional for webhooks (bearer token).</summary>
    public string? SecretEnv { get; init; }
    /// <summary>Webhook URL (not secret; put secrets in the bearer token).</summary>
    public string? Url { get; init; }
    /// <summary>Slack channel, for example <c>#trading-alerts</c>.</summary>
    public string? Channel { get; init; }
    /// <summary>Telegram chat id.</summary>
    public long? ChatId { get; init; }
    /// <summary>Email recipient.</summary>
    public string? To { get; init; }
    /// <summary>Email sender.</summary>
    public string? From { get; init; }
    /// <summary>SMTP smarthost, <c>host:port</c>.</summary>
    public string? Smarthost { get; init; }
    /// <summary>SMTP user name.</summary>
    public string? Username { get; init; }
}
