using System.Net;
using System.Text.Json;
using Hbot.Sdk.Events;
using Hbot.Sdk.Monitoring.Metrics;
using Hbot.Sdk.Monitoring.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hbot.Sdk.Monitoring.Tests.Metrics;

public sealed class MetricsServerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static IHost BuildHost(FakeTimeProvider time, Action<HbotMetricsOptions> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Information));
        builder.Services.AddHbotMetrics(o =>
        {
            o.Address = "127.0.0.1:0";
            o.BotName = "server-test";
            configure(o);
        });
        return builder.Build();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetHealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri(MetricsServer.HealthPath, UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body);
    }

    [Theory]
    [InlineData(MetricsExporter.PrometheusNet)]
    [InlineData(MetricsExporter.OpenTelemetry)]
    public async Task Serves_metrics_over_http_with_events_from_the_stream(MetricsExporter kind)
    {
        var time = new FakeTimeProvider(Start);
        using var host = BuildHost(time, o => o.Exporter = kind);
        await host.StartAsync();
        try
        {
            var server = host.Services.GetRequiredService<MetricsServer>();
            using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            host.Services.GetRequiredService<TradingEventStream>().Publish(new StrategyTickedEvent(time.GetUtcNow(), "pmm", TimeSpan.FromMilliseconds(1)));
            host.Services.GetRequiredService<ILogger<MetricsServerTests>>().LogWarning("counted");

            using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
            var scrape = Exposition.Parse(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            Assert.Equal(Start.ToUnixTimeSeconds(), scrape.Value("hbot_bot_last_tick_timestamp_seconds", ("bot", "server-test")));
            Assert.Equal(1, scrape.Value("hbot_log_events_total", ("bot", "server-test"), ("level", "warning")));
            Assert.True(scrape.Value("process_resident_memory_bytes") > 0);
            using var missing = await client.GetAsync(new Uri("/nothing", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Health_is_200_while_the_bot_ticks_and_503_naming_the_check_when_ticks_or_the_feed_stall()
    {
        var time = new FakeTimeProvider(Start);
        using var host = BuildHost(time, _ => { });
        await host.StartAsync();
        try
        {
            var server = host.Services.GetRequiredService<MetricsServer>();
            var stream = host.Services.GetRequiredService<TradingEventStream>();
            using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            void Tick() => stream.Publish(new StrategyTickedEvent(time.GetUtcNow(), "pmm", TimeSpan.FromMilliseconds(1)));
            void Book() => stream.Publish(new OrderBookUpdatedEvent(time.GetUtcNow(), "paper", TradingScenario.Pair, 99m, 101m));

            var (beforeStart, beforeBody) = await GetHealthAsync(client);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, beforeStart);
            Assert.Equal(["tick", "market_data"], beforeBody.GetProperty("failing").EnumerateArray().Select(e => e.GetString()));

            stream.Publish(new BotStartedEvent(time.GetUtcNow(), "server-test", "pmm", "paper", TradingScenario.Pair, "1.0.0", TimeSpan.FromSeconds(4), null));
            Tick();
            Book();
            time.Advance(TimeSpan.FromSeconds(3));
            var (healthy, healthyBody) = await GetHealthAsync(client);
            Assert.Equal(HttpStatusCode.OK, healthy);
            Assert.Equal("healthy", healthyBody.GetProperty("status").GetString());
            Assert.Equal(3, healthyBody.GetProperty("last_tick_age_seconds").GetDouble(), 6);
            Assert.Equal(JsonValueKind.Null, healthyBody.GetProperty("connector_ready").ValueKind);

            // 4 s ticks x 5 = 20 s: the loop has stalled once the last tick is older than that.
            Book();
            time.Advance(TimeSpan.FromSeconds(18));
            Book();
            var (stalled, stalledBody) = await GetHealthAsync(client);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, stalled);
            Assert.Equal(["tick"], stalledBody.GetProperty("failing").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains("21.0 s ago (limit 20.0 s)", stalledBody.GetProperty("checks")[0].GetProperty("detail").GetString(), StringComparison.Ordinal);

            Tick();
            time.Advance(TimeSpan.FromSeconds(31));
            Tick();
            var (feedStopped, feedBody) = await GetHealthAsync(client);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, feedStopped);
            Assert.Equal(["market_data"], feedBody.GetProperty("failing").EnumerateArray().Select(e => e.GetString()));

            Book();
            var (recovered, _) = await GetHealthAsync(client);
            Assert.Equal(HttpStatusCode.OK, recovered);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Theory]
    [InlineData("127.0.0.1:99999", "port '99999' must be a number from 0 to 65535")]
    [InlineData("9400", "is not host:port")]
    [InlineData("metrics.example:9400", "must be an IP address")]
    public async Task Invalid_options_fail_the_host_at_start_naming_the_setting(string address, string expected)
    {
        using var host = BuildHost(new FakeTimeProvider(Start), o => o.Address = address);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("HbotMetricsOptions.Address", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_fails_the_start_with_the_address_and_how_to_change_it()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var host = BuildHost(new FakeTimeProvider(Start), o => o.Address = $"127.0.0.1:{port}");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.Contains(HbotMetricsOptions.AddressVariable, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:9400", "127.0.0.1", 9400)]
    [InlineData("0.0.0.0:9400", "0.0.0.0", 9400)]
    [InlineData("[::1]:0", "::1", 0)]
    public void Addresses_parse_to_an_ip_and_port(string text, string ip, int port)
    {
        var address = MetricsAddress.Parse(text);

        Assert.Equal(IPAddress.Parse(ip), address.Host);
        Assert.Equal(port, address.Port);
        Assert.Equal(text, address.ToString());
    }

    [Fact]
    public void Localhost_binds_loopback()
    {
        var address = MetricsAddress.Parse("localhost:9400");

        Assert.Null(address.Host);
        Assert.Equal(9400, address.Port);
    }

    [Fact]
    public void The_default_options_serve_prometheus_net_on_loopback_9400()
    {
        var options = new HbotMetricsOptions();

        Assert.Equal(MetricsExporter.PrometheusNet, options.Exporter);
        Assert.Equal(new MetricsAddress(IPAddress.Loopback, 9400), options.ParsedAddress);
        Assert.Equal(TimeSpan.FromSeconds(10), new Health.BotHealthMonitor(options.Health, TimeProvider.System).TickStallLimit);
    }
}
