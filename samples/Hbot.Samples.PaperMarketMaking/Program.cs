using Hbot.Sdk.Hosting;

// The reference host: paper market making on the built-in simulated BTC-USDT market, no keys and no network.
// `dotnet run -- --duration 30s` runs it for 30 seconds; `run --config FILE` runs another strategy file.
var builder = HbotApplication.CreateBuilder(args);
builder.DefaultConfigPath = "conf/strategies/pmm_btc_usdt.yml";

// Extensions plug in here: metrics (/metrics, /health) and the stack commands.

return await builder.Build().RunAsync();
