namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>Kinds of alert receivers a manifest can configure.</summary>
public enum ReceiverType
{
    /// <summary>An HTTP webhook (Alertmanager webhook payload version 4).</summary>
    Webhook,
    /// <summary>A Slack incoming webhook.</summary>
    Slack,
    /// <summary>A Telegram bot sending to a chat.</summary>
    Telegram,
    /// <summary>Email through an SMTP smarthost.</summary>
    Email,
    /// <summary>PagerDuty Events API v2.</summary>
    PagerDuty,
}
