using System.Text;
using BenchmarkDotNet.Attributes;
using Hbot.Sdk.Connectors.Bitget.Sockets;

namespace Hbot.Sdk.Benchmarks.Bitget;

/// <summary>Parsing one order push (V2 with fill fields, V3) from its UTF-8 bytes, routing header included.</summary>
[MemoryDiagnoser]
public class BitgetOrderPushBenchmarks
{
    private static readonly byte[] Classic = Encoding.UTF8.GetBytes(
        "{\"action\":\"snapshot\",\"arg\":{\"instType\":\"SPOT\",\"channel\":\"orders\",\"instId\":\"default\"},\"data\":[{\"instId\":\"BTCUSDT\",\"orderId\":\"1234567890123456789\",\"clientOid\":\"hbB18f0a1b2c3d4e5f6a7\",\"price\":\"50000.00\",\"size\":\"0.0100\",\"newSize\":\"0.0100\",\"notional\":\"500\",\"orderType\":\"limit\",\"force\":\"post_only\",\"side\":\"buy\",\"fillPrice\":\"50000.00\",\"tradeId\":\"1111222233334444\",\"baseVolume\":\"0.0040\",\"fillTime\":\"1695797440000\",\"fillFee\":\"-0.000004\",\"fillFeeCoin\":\"BTC\",\"tradeScope\":\"M\",\"accBaseVolume\":\"0.0040\",\"priceAvg\":\"50000.00\",\"status\":\"partially_filled\",\"cTime\":\"1695797430000\",\"uTime\":\"1695797440000\"}],\"ts\":1695797440005}");

    private static readonly byte[] Unified = Encoding.UTF8.GetBytes(
        "{\"action\":\"snapshot\",\"arg\":{\"instType\":\"UTA\",\"topic\":\"order\"},\"data\":[{\"category\":\"spot\",\"symbol\":\"BTCUSDT\",\"orderId\":\"987654321\",\"clientOid\":\"hbS18f0a1b2c3d4e5f6a7\",\"price\":\"51000\",\"qty\":\"0.02\",\"amount\":\"\",\"orderType\":\"limit\",\"timeInForce\":\"gtc\",\"side\":\"sell\",\"cumExecQty\":\"0.02\",\"cumExecValue\":\"1020\",\"avgPrice\":\"51000\",\"orderStatus\":\"filled\",\"feeDetail\":[{\"feeCoin\":\"USDT\",\"fee\":\"1.02\"}],\"createdTime\":\"1695797430000\",\"updatedTime\":\"1695797450000\"}],\"ts\":1695797450001}");

    private readonly BitgetOrderPush[] _buffer = new BitgetOrderPush[4];

    [Benchmark(Baseline = true)]
    public int ParseClassicOrderPush()
    {
        BitgetPushHeader.Read(Classic);
        return BitgetOrderPushParser.Parse(Classic, _buffer);
    }

    [Benchmark]
    public int ParseUnifiedOrderPush()
    {
        BitgetPushHeader.Read(Unified);
        return BitgetOrderPushParser.Parse(Unified, _buffer);
    }
}
