using System.Globalization;
using Hbot.Sdk.Monitoring.Alerting;
using Hbot.Sdk.Monitoring.Grafana;
using Hbot.Sdk.Monitoring.Stack;

namespace Hbot.Sdk.Monitoring.Deployment;

/// <summary>
/// Renders <c>compose/docker-compose.yml</c> in the Compose Specification form that both docker-compose 1.29 and
/// current Docker Compose accept (no <c>version</c> or <c>name</c> key; <c>mem_limit</c>/<c>cpus</c> rather than
/// <c>deploy</c>). One service per bot (the first default, the others under profile <c>multi</c>), Prometheus,
/// Grafana, node-exporter and cAdvisor, Alertmanager under <c>alerts</c> and Loki with Alloy under <c>logs</c>.
/// Every published port is bound to 127.0.0.1 and every secret comes from the env file.
/// </summary>
public static class ComposeFileWriter
{
    /// <summary>Network of the bots (exchange access) which Prometheus joins to scrape them.</summary>
    public const string TradingNetwork = "trading";
    /// <summary>Network of the monitoring services.</summary>
    public const string MonitoringNetwork = "monitoring";
    /// <summary>Profile of the bots that do not start by default.</summary>
    public const string MultiProfile = "multi";
    /// <summary>Profile of Alertmanager.</summary>
    public const string AlertsProfile = "alerts";
    /// <summary>Profile of Loki and Alloy.</summary>
    public const string LogsProfile = "logs";
    /// <summary>Where a bot's strategy configs are mounted (read-only).</summary>
    public const string StrategiesPath = "/app/strategies";

    /// <summary>Renders the compose file. <paramref name="strategyPath"/> gives each bot's config path relative to the compose directory.</summary>
    public static string Write(StackManifest manifest, Func<BotDefinition, string> strategyPath)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(strategyPath);
        var m = manifest.Monitoring;
        var services = new YamlMap();
        foreach (var bot in manifest.Bots) services.Add(bot.Name, Bot(manifest, bot, strategyPath(bot)));
        var name = (string service) => StackRuleOptions.ContainerName(manifest, service);

        services.Add(StackServices.Prometheus, Service(name(StackServices.Prometheus), StackImages.Prometheus, "1g", 1, [MonitoringNetwork, TradingNetwork], new YamlMap
        {
            {
                "command", new YamlList([
                    "--config.file=/etc/prometheus/prometheus.yml",
                    "--storage.tsdb.path=/prometheus",
                    $"--storage.tsdb.retention.time={PrometheusDuration.Format(m.RetentionTime)}",
                    $"--storage.tsdb.retention.size={m.RetentionSize}",
                    // Lets `stack check` users reload after a successful promtool check without a restart.
                    "--web.enable-lifecycle",
                ])
            },
            { "volumes", new YamlList(["../prometheus:/etc/prometheus:ro", "prometheus-data:/prometheus"]) },
            { "ports", Ports(m.PrometheusPort, StackServices.PrometheusPort) },
            { "healthcheck", HttpHealthcheck($"http://127.0.0.1:{StackServices.PrometheusPort}/-/healthy") },
        }));

        services.Add(StackServices.Grafana, Service(name(StackServices.Grafana), StackImages.Grafana, "512m", 0.5, [MonitoringNetwork], new YamlMap
        {
            {
                "environment", new YamlMap
                {
                    { "GF_SECURITY_ADMIN_USER", "admin" },
                    { "GF_SECURITY_ADMIN_PASSWORD", Required(EnvTemplateWriter.GrafanaAdminPassword) },
                    { "GF_AUTH_ANONYMOUS_ENABLED", "false" },
                    { "GF_USERS_ALLOW_SIGN_UP", "false" },
                    { "GF_USERS_ALLOW_ORG_CREATE", "false" },
                    { "GF_ANALYTICS_REPORTING_ENABLED", "false" },
                    { "GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH", GrafanaProvisioningWriter.DashboardsPath + "/hbot-bot-trading.json" },
                }
            },
            {
                "volumes", new YamlList([
                    "../grafana/provisioning:/etc/grafana/provisioning:ro",
                    "grafana-data:/var/lib/grafana",
                    $"../grafana/dashboards:{GrafanaProvisioningWriter.DashboardsPath}:ro",
                ])
            },
            { "ports", Ports(m.GrafanaPort, StackServices.GrafanaPort) },
            { "healthcheck", HttpHealthcheck($"http://127.0.0.1:{StackServices.GrafanaPort}/api/health") },
            { "depends_on", new YamlList([StackServices.Prometheus]) },
        }));

        services.Add(StackServices.NodeExporter, Service(name(StackServices.NodeExporter), StackImages.NodeExporter, "128m", 0.25, [MonitoringNetwork], new YamlMap
        {
            { "command", new YamlList(["--path.rootfs=/host"]) },
            // Host namespaces so process and network metrics describe the host, not the container.
            { "pid", "host" },
            {
                "volumes", new YamlList([new YamlMap
                {
                    { "type", "bind" }, { "source", "/" }, { "target", "/host" }, { "read_only", true },
                    { "bind", new YamlMap { { "propagation", "rslave" } } },
                }])
            },
            { "healthcheck", HttpHealthcheck($"http://127.0.0.1:{StackServices.NodeExporterPort}/") },
        }));

        services.Add(StackServices.Cadvisor, Service(name(StackServices.Cadvisor), StackImages.Cadvisor, "256m", 0.5, [MonitoringNetwork], new YamlMap
        {
            { "command", new YamlList(["--docker_only=true", "--housekeeping_interval=15s", "--store_container_labels=false"]) },
            { "privileged", true },
            { "devices", new YamlList(["/dev/kmsg:/dev/kmsg"]) },
            {
                "volumes", new YamlList([
                    "/:/rootfs:ro", "/var/run:/var/run:ro", "/sys:/sys:ro", "/var/lib/docker/:/var/lib/docker:ro", "/dev/disk/:/dev/disk:ro",
                ])
            },
            { "healthcheck", HttpHealthcheck($"http://127.0.0.1:{StackServices.CadvisorPort}/healthz") },
        }));

        if (manifest.Parts.Alerts)
        {
            services.Add(StackServices.Alertmanager, Service(name(StackServices.Alertmanager), StackImages.Alertmanager, "128m", 0.25, [MonitoringNetwork], new YamlMap
            {
                { "profiles", new YamlList([AlertsProfile]) },
                { "entrypoint", new YamlList(["/bin/sh", "-c"]) },
                { "command", new YamlList([AlertmanagerStartScript(manifest)]) },
                {
                    "environment", manifest.SecretVariables.Count == 0 ? null
                        : Environment(manifest.SecretVariables.Select(v => (v, Required(v))))
                },
                { "volumes", new YamlList(["../alertmanager:/etc/alertmanager:ro", "alertmanager-data:/alertmanager"]) },
                { "ports", Ports(m.AlertmanagerPort, StackServices.AlertmanagerPort) },
                { "healthcheck", HttpHealthcheck($"http://127.0.0.1:{StackServices.AlertmanagerPort}/-/healthy") },
            }));
        }

        if (manifest.Parts.Logs)
        {
            services.Add(StackServices.Loki, Service(name(StackServices.Loki), StackImages.Loki, "512m", 0.5, [MonitoringNetwork], new YamlMap
            {
                { "profiles", new YamlList([LogsProfile]) },
                { "command", new YamlList(["-config.file=/etc/loki/local-config.yaml"]) },
                { "volumes", new YamlList(["loki-data:/loki"]) },
            }));
            services.Add(StackServices.Alloy, Service(name(StackServices.Alloy), StackImages.Alloy, "256m", 0.5, [MonitoringNetwork], new YamlMap
            {
                { "profiles", new YamlList([LogsProfile]) },
                {
                    "command", new YamlList([
                        "run", $"--server.http.listen-addr=0.0.0.0:{StackServices.AlloyPort}", "--storage.path=/var/lib/alloy/data", "/etc/alloy/config.alloy",
                    ])
                },
                { "volumes", new YamlList(["../alloy/config.alloy:/etc/alloy/config.alloy:ro", "/var/run/docker.sock:/var/run/docker.sock:ro"]) },
                { "depends_on", new YamlList([StackServices.Loki]) },
            }));
        }

        var volumes = new YamlMap { { "prometheus-data", new YamlMap() }, { "grafana-data", new YamlMap() } };
        if (manifest.Parts.Alerts) volumes.Add("alertmanager-data", new YamlMap());
        if (manifest.Parts.Logs) volumes.Add("loki-data", new YamlMap());

        var compose = new YamlMap
        {
            { "services", services },
            { "networks", new YamlMap { { TradingNetwork, new YamlMap() }, { MonitoringNetwork, new YamlMap() } } },
            { "volumes", volumes },
        };
        return YamlEmitter.Write(compose, [.. GeneratedHeader.Lines(manifest),
            $"Run from this directory: docker-compose --env-file ../{StackLayout.EnvFile} up -d",
            $"(add --profile {MultiProfile}, --profile {AlertsProfile} or --profile {LogsProfile} for the optional services)."]);
    }

    private static YamlMap Bot(StackManifest manifest, BotDefinition bot, string strategy)
    {
        var configFile = Path.GetFileName(bot.Config);
        var environment = new List<(string, string)>
        {
            ("HBOT_BOT_NAME", bot.Name),
            ("HBOT_METRICS_ADDRESS", $"0.0.0.0:{StackServices.BotMetricsPort}"),
            ("HBOT_LOG_FORMAT", "json"),
            ("HBOT_DATA_DIR", "/data"),
            (EnvTemplateWriter.ConfigPassword, Required(EnvTemplateWriter.ConfigPassword)),
        };
        if (bot.Exchange == "bitget")
            environment.AddRange(EnvTemplateWriter.BitgetKeys.Select(k => (k, $"${{{k}:-}}")));
        var body = new YamlMap
        {
            { "profiles", bot.Enabled ? null : new YamlList([MultiProfile]) },
            { "command", new YamlList(["run", "--config", $"{StrategiesPath}/{configFile}", "--name", bot.Name, "--data", "/data"]) },
            { "environment", Environment(environment) },
            {
                "volumes", new YamlList([
                    $"../{StackLayout.DataDirectory}/{bot.Name}/conf:/app/conf",
                    $"../{StackLayout.DataDirectory}/{bot.Name}/logs:/app/logs",
                    $"../{StackLayout.DataDirectory}/{bot.Name}/data:/data",
                    $"{strategy}:{StrategiesPath}/{configFile}:ro",
                ])
            },
            // Loopback only: for `curl /health` on the host and the runbooks; Prometheus scrapes over the trading network.
            { "ports", Ports(bot.MetricsPort, StackServices.BotMetricsPort) },
            { "labels", new YamlMap { { AlloyConfigWriter.BotLabel, bot.Name } } },
            {
                // .NET runtime images have bash but neither curl nor wget.
                "healthcheck", Healthcheck(new YamlList(["CMD", "bash", "-c",
                    $"exec 3<>/dev/tcp/127.0.0.1/{StackServices.BotMetricsPort} && printf 'GET /health HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]))
            },
        };
        return Service(StackRuleOptions.ContainerName(manifest, bot.Name), manifest.BotImage, bot.Memory, bot.Cpus, [TradingNetwork], body);
    }

    private static YamlMap Service(string containerName, string image, string memory, double cpus, string[] networks, YamlMap body)
    {
        // A fixed container name is what cAdvisor reports as 'name', which the container alerts select on.
        var service = new YamlMap { { "image", image }, { "container_name", containerName } };
        foreach (var (key, value) in body) service.Add(key, value);
        service.Add("restart", "unless-stopped");
        service.Add("mem_limit", memory);
        service.Add("cpus", cpus);
        service.Add("networks", new YamlList(networks));
        service.Add("logging", new YamlMap
        {
            { "driver", "json-file" },
            { "options", new YamlMap { { "max-size", "10m" }, { "max-file", "3" } } },
        });
        return service;
    }

    private static YamlList Ports(int hostPort, int containerPort) =>
        new([string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{hostPort}:{containerPort}")]);

    private static YamlMap HttpHealthcheck(string url) =>
        Healthcheck(new YamlList(["CMD", "wget", "-q", "-O", "/dev/null", url]));

    private static YamlMap Healthcheck(YamlList test) => new()
    {
        { "test", test },
        { "interval", "30s" },
        { "timeout", "5s" },
        { "retries", 3 },
        { "start_period", "30s" },
    };

    private static YamlMap Environment(IEnumerable<(string Name, string Value)> variables)
    {
        var map = new YamlMap();
        foreach (var (name, value) in variables) map.Add(name, value);
        return map;
    }

    private static string Required(string variable) => $"${{{variable}:?set {variable} in {StackLayout.EnvFile}}}";

    /// <summary>
    /// Writes each secret from the environment into a private file Alertmanager reads (<c>*_file</c> settings), puts
    /// the Telegram token (which Alertmanager 0.25 cannot read from a file) into a private copy of the config, and
    /// starts Alertmanager on that copy. '$$' is Compose's escape for a literal '$'.
    /// </summary>
    private static string AlertmanagerStartScript(StackManifest manifest)
    {
        var dir = StackServices.AlertmanagerSecretsDirectory;
        var steps = new List<string> { "umask 077", $"mkdir -p {dir}" };
        var telegram = manifest.Alerting.Receivers.Where(r => r.Type == ReceiverType.Telegram).Select(r => r.SecretEnv!).Distinct().ToList();
        foreach (var variable in manifest.SecretVariables.Where(v => !telegram.Contains(v)))
            steps.Add($"printf '%s' \"$${variable}\" > {AlertmanagerConfigWriter.SecretFile(variable)}");
        var substitutions = string.Concat(telegram.Select(v => $" -e \"s|{AlertmanagerConfigWriter.TelegramTokenPlaceholderPrefix}{v}|$${v}|\""));
        steps.Add(telegram.Count == 0
            ? $"cp /etc/alertmanager/alertmanager.yml {dir}/alertmanager.yml"
            : $"sed{substitutions} /etc/alertmanager/alertmanager.yml > {dir}/alertmanager.yml");
        steps.Add($"exec /bin/alertmanager --config.file={dir}/alertmanager.yml --storage.path=/alertmanager --web.listen-address=:{StackServices.AlertmanagerPort}");
        return string.Join(" && ", steps);
    }
}
