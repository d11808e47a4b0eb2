using Hbot.Sdk.Hosting;

// The reference host: pure market making on the built-in simulated BTC-USDT market in paper mode, with no keys and
// no network. `dotnet run -- --duration 30s` runs it for 30 seconds; `run --config FILE` runs another strategy file.
var builder = HbotApplication.CreateBuilder(args);
builder.DefaultConfigPath = "conf/strategies/pmm_btc_usdt.yml";

// Extensions: metrics (builder.AddHbotMetrics(...), /metrics and /health) and the stack commands
// (builder.AddStackCommands()) are added on the lines below.

return await builder.Build().RunAsync();
