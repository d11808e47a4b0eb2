using Hbot.Sdk.Monitoring.Rules;

namespace Hbot.Sdk.Monitoring.Runbooks;

/// <summary>Runbook steps shared by many alerts, with the exact commands for the generated stack.</summary>
internal static class RunbookCommands
{
    /// <summary>A docker compose command, run from the stack directory when it is not the current one.</summary>
    public static string Compose(RulePackOptions o, string arguments) =>
        (o.Stack.ComposeDirectory == "." ? "" : $"cd {o.Stack.ComposeDirectory} && ") + "docker compose " + arguments;

    public static RunbookStep BotHealth(RulePackOptions o) => RunbookStep.Shell(
        "Ask the bot for its health (use the host port of the bot named in the alert's `bot` label; the first bot listens on the default address):",
        $"curl -s http://{o.Stack.BotAddress}/health");

    public static RunbookStep BotMetrics(RulePackOptions o, string grep) => RunbookStep.Shell(
        "Read the bot's own metrics as Prometheus scrapes them:",
        $"curl -s http://{o.Stack.BotAddress}/metrics | grep -E '{grep}'");

    public static RunbookStep BotLogs(RulePackOptions o) => RunbookStep.Shell(
        "Read the bot's recent logs (the compose service is named like the `bot` label):",
        Compose(o, "logs --tail=200 --timestamps <bot>"));

    public static RunbookStep ServiceLogs(RulePackOptions o, string service) => RunbookStep.Shell(
        $"Read the recent logs of `{service}`:",
        Compose(o, $"logs --tail=200 --timestamps {service}"));

    public static RunbookStep ComposeStatus(RulePackOptions o) => RunbookStep.Shell(
        "List the stack's containers with their state, health and restart count:",
        Compose(o, "ps --all"));

    public static RunbookStep Restart(RulePackOptions o, string service) => RunbookStep.Shell(
        $"Restart `{service}` once the cause is understood or removed:",
        Compose(o, $"restart {service}"));

    public static RunbookStep Targets(RulePackOptions o) => RunbookStep.Shell(
        "See which scrape targets Prometheus considers down, and the last scrape error:",
        $"curl -s 'http://{o.Stack.PrometheusAddress}/api/v1/targets?state=active' | grep -oE '\"(scrapeUrl|health|lastError)\":\"[^\"]*\"'");

    public static RunbookStep Query(string text, string promql) => RunbookStep.Query(text, promql);

    public static RunbookStep HostResources() => RunbookStep.Shell(
        "Look at the host directly:",
        "uptime && free -h && df -h -x tmpfs -x overlay && docker stats --no-stream");
}
