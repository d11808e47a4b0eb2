using System.Text;
using Hbot.Sdk.Monitoring.Stack;

namespace Hbot.Sdk.Monitoring.Deployment;

/// <summary>
/// Renders Grafana Alloy's configuration for the logs part: discover the bot containers through the Docker socket,
/// label each stream with its bot (from the container label <c>hbot.bot</c>) and push to Loki.
/// </summary>
public static class AlloyConfigWriter
{
    /// <summary>Container label carrying the bot name.</summary>
    public const string BotLabel = "hbot.bot";

    /// <summary>Renders <c>config.alloy</c>.</summary>
    public static string Write(StackManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var text = new StringBuilder();
        foreach (var line in GeneratedHeader.Lines(manifest)) text.Append("// ").Append(line).Append('\n');
        text.Append($$"""
            discovery.docker "bots" {
              host = "unix:///var/run/docker.sock"
              filter {
                name   = "label"
                values = ["{{BotLabel}}"]
              }
            }

            discovery.relabel "bots" {
              targets = discovery.docker.bots.targets
              rule {
                source_labels = ["__meta_docker_container_label_hbot_bot"]
                target_label  = "bot"
              }
              rule {
                source_labels = ["__meta_docker_container_name"]
                regex         = "/(.*)"
                target_label  = "container"
              }
            }

            loki.source.docker "bots" {
              host          = "unix:///var/run/docker.sock"
              targets       = discovery.relabel.bots.output
              forward_to    = [loki.write.local.receiver]
            }

            loki.write "local" {
              endpoint {
                url = "http://{{StackServices.Loki}}:{{StackServices.LokiPort}}/loki/api/v1/push"
              }
              external_labels = {
                stack = "{{manifest.Name}}",
              }
            }

            """);
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
