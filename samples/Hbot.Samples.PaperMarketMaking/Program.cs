using Hbot.Sdk.Hosting;
using Hbot.Sdk.Monitoring;

// The reference host: pure market making on the built-in simulated BTC-USDT market in paper mode, with no keys and
// no network. `dotnet run -- --duration 30s` runs it for 30 seconds; `run --config FILE` runs another strategy file.
var builder = HbotApplication.CreateBuilder(args);
builder.DefaultConfigPath = "conf/strategies/pmm_btc_usdt.yml";

// /metrics and /health on 127.0.0.1:9400; HBOT_METRICS_ADDRESS=0.0.0.0:9400 in a container.
builder.AddHbotMetrics();
// `stack generate` and `stack check`: the monitoring stack rendered from hbot.yml.
builder.AddStackCommands();

return await builder.Build().RunAsync();
