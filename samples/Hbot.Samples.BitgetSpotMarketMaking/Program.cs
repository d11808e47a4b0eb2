using Hbot.Sdk.Hosting;
using Microsoft.Extensions.DependencyInjection;

// Pure market making on Bitget spot. The default config runs in paper mode on Bitget's real public feed (no keys);
// see README.md for live trading. `connect bitget` stores an API key encrypted with the bot password.
var builder = HbotApplication.CreateBuilder(args);
builder.DefaultConfigPath = "conf/strategies/pmm_bitget_btc_usdt.yml";

// The Bitget connector is registered by default; this tunes it. Several bots sharing one API key split the
// per-endpoint rate limits: give each its share.
builder.Services.AddBitgetSpot(options =>
{
    options.RateLimitShare = 1.0;
    options.CancelUnknownOrdersOnStart = false;
});

return await builder.Build().RunAsync();
