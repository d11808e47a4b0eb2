using System.Text;
using Hbot.Sdk.Monitoring.Stack;

namespace Hbot.Sdk.Monitoring.Deployment;

/// <summary>
/// Renders <c>env/.env.template</c>: every variable the compose file reads, each with a comment saying what it is
/// for. Copy it to <c>env/.env</c>, fill it in and keep it out of version control.
/// </summary>
public static class EnvTemplateWriter
{
    /// <summary>Password of the Grafana admin user.</summary>
    public const string GrafanaAdminPassword = "GRAFANA_ADMIN_PASSWORD";
    /// <summary>The bot password that encrypts stored exchange keys.</summary>
    public const string ConfigPassword = "CONFIG_PASSWORD";
    /// <summary>Compose project name.</summary>
    public const string ProjectName = "COMPOSE_PROJECT_NAME";
    /// <summary>Bitget API credentials, read by bots trading on Bitget.</summary>
    public static IReadOnlyList<string> BitgetKeys { get; } = ["BITGET_API_KEY", "BITGET_API_SECRET", "BITGET_API_PASSPHRASE"];

    /// <summary>Every variable in the template, in order.</summary>
    public static IReadOnlyList<EnvVariable> Variables(StackManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var variables = new List<EnvVariable>
        {
            new(ProjectName, manifest.Name, "Compose project name: prefix of container, network and volume names."),
            new(GrafanaAdminPassword, "", "Required. Password of the Grafana 'admin' user (anonymous access and sign-up are off)."),
            new(ConfigPassword, "", "Required. Bot password: encrypts the exchange keys stored under data/<bot>/conf. Never commit it."),
        };
        if (manifest.Bots.Any(b => b.Exchange == "bitget"))
        {
            variables.Add(new(BitgetKeys[0], "", "Bitget API key, for bots on bitget when the keys are not stored encrypted in data/<bot>/conf."));
            variables.Add(new(BitgetKeys[1], "", "Bitget API secret."));
            variables.Add(new(BitgetKeys[2], "", "Bitget API passphrase."));
        }
        if (manifest.Parts.Alerts)
        {
            foreach (var receiver in manifest.Alerting.Receivers.Where(r => r.SecretEnv is not null))
            {
                if (variables.Any(v => v.Name == receiver.SecretEnv)) continue;
                variables.Add(new(receiver.SecretEnv!, "", "Required. " + receiver.Type switch
                {
                    ReceiverType.Webhook => $"Bearer token sent to the '{receiver.Name}' webhook.",
                    ReceiverType.Slack => $"Slack incoming webhook URL of the '{receiver.Name}' receiver.",
                    ReceiverType.Telegram => $"Telegram bot token of the '{receiver.Name}' receiver.",
                    ReceiverType.Email => $"SMTP password of the '{receiver.Name}' receiver.",
                    _ => $"PagerDuty Events API v2 routing key of the '{receiver.Name}' receiver.",
                }));
            }
        }
        return variables;
    }

    /// <summary>Renders the template.</summary>
    public static string Write(StackManifest manifest)
    {
        var text = new StringBuilder();
        foreach (var line in GeneratedHeader.Lines(manifest)) text.Append("# ").Append(line).Append('\n');
        text.Append("# Copy to env/.env, fill in every value and keep env/.env out of version control.\n");
        foreach (var variable in Variables(manifest))
        {
            text.Append('\n').Append("# ").Append(variable.Description).Append('\n');
            text.Append(variable.Name).Append('=').Append(variable.DefaultValue).Append('\n');
        }
        return text.ToString();
    }
}
