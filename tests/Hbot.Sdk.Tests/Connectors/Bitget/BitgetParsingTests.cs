using System.Text;
using System.Text.Json;
using Hbot.Sdk.Connectors.Bitget;
using Hbot.Sdk.Connectors.Bitget.Orders;
using Hbot.Sdk.Connectors.Bitget.Rest;
using Hbot.Sdk.Connectors.Bitget.Rest.Payloads;
using Hbot.Sdk.Connectors.Bitget.Sockets;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

public class BitgetParsingTests
{
    internal const string ClassicOrderPush =
        "{\"action\":\"snapshot\",\"arg\":{\"instType\":\"SPOT\",\"channel\":\"orders\",\"instId\":\"default\"},\"data\":[{\"instId\":\"BTCUSDT\",\"orderId\":\"1234567890123456789\",\"clientOid\":\"hbB18f0a1b2c3d4e5f6a7\",\"price\":\"50000.00\",\"size\":\"0.0100\",\"newSize\":\"0.0100\",\"notional\":\"500\",\"orderType\":\"limit\",\"force\":\"post_only\",\"side\":\"buy\",\"fillPrice\":\"50000.00\",\"tradeId\":\"1111222233334444\",\"baseVolume\":\"0.0040\",\"fillTime\":\"1695797440000\",\"fillFee\":\"-0.000004\",\"fillFeeCoin\":\"BTC\",\"tradeScope\":\"M\",\"accBaseVolume\":\"0.0040\",\"priceAvg\":\"50000.00\",\"status\":\"partially_filled\",\"cTime\":\"1695797430000\",\"uTime\":\"1695797440000\",\"stpMode\":\"none\",\"feeDetail\":[{\"feeCoin\":\"BTC\",\"fee\":\"-0.000004\"}],\"enterPointSource\":\"API\"}],\"ts\":1695797440005}";

    internal const string UnifiedOrderPush =
        "{\"action\":\"snapshot\",\"arg\":{\"instType\":\"UTA\",\"topic\":\"order\"},\"data\":[{\"category\":\"spot\",\"symbol\":\"BTCUSDT\",\"orderId\":\"987654321\",\"clientOid\":\"hbS1\",\"price\":\"51000\",\"qty\":\"0.02\",\"amount\":\"\",\"orderType\":\"limit\",\"timeInForce\":\"gtc\",\"side\":\"sell\",\"cumExecQty\":\"0.02\",\"cumExecValue\":\"1020\",\"avgPrice\":\"51000\",\"orderStatus\":\"filled\",\"feeDetail\":[{\"feeCoin\":\"USDT\",\"fee\":\"1.02\"}],\"createdTime\":\"1695797430000\",\"updatedTime\":\"1695797450000\"}],\"ts\":1695797450001}";

    [Theory]
    [InlineData("live", OrderState.Open)]
    [InlineData("new", OrderState.Open)]
    [InlineData("init", OrderState.Open)]
    [InlineData("partially_filled", OrderState.PartiallyFilled)]
    [InlineData("partially_fill", OrderState.PartiallyFilled)]
    [InlineData("partial_fill", OrderState.PartiallyFilled)]
    [InlineData("filled", OrderState.Filled)]
    [InlineData("full_fill", OrderState.Filled)]
    [InlineData("cancelled", OrderState.Cancelled)]
    [InlineData("canceled", OrderState.Cancelled)]
    [InlineData("reject", OrderState.Failed)]
    public void Status_strings_of_both_families_and_legacy_spellings_map(string status, OrderState expected)
    {
        Assert.True(BitgetOrderStatus.TryMap(status, out var state));
        Assert.Equal(expected, state);
        Assert.True(BitgetOrderStatus.TryMap(Encoding.ASCII.GetBytes(status), out var fromBytes));
        Assert.Equal(expected, fromBytes);
    }

    [Fact]
    public void An_unknown_status_is_reported_as_unknown() => Assert.False(BitgetOrderStatus.TryMap("pending_review", out _));

    [Theory]
    [InlineData("40009", BitgetErrorKind.Signature, false)]
    [InlineData("40008", BitgetErrorKind.Timestamp, true)]
    [InlineData("40014", BitgetErrorKind.Permission, false)]
    [InlineData("40018", BitgetErrorKind.IpNotAllowed, false)]
    [InlineData("40084", BitgetErrorKind.WrongAccountKind, false)]
    [InlineData("40085", BitgetErrorKind.WrongAccountKind, false)]
    [InlineData("40099", BitgetErrorKind.WrongEnvironment, false)]
    [InlineData("43012", BitgetErrorKind.InsufficientBalance, false)]
    [InlineData("25202", BitgetErrorKind.InsufficientBalance, false)]
    [InlineData("45110", BitgetErrorKind.BelowMinimum, false)]
    [InlineData("40808", BitgetErrorKind.Precision, false)]
    [InlineData("43001", BitgetErrorKind.OrderNotFound, false)]
    [InlineData("25204", BitgetErrorKind.OrderNotFound, false)]
    [InlineData("43118", BitgetErrorKind.DuplicateClientOrderId, false)]
    [InlineData("25212", BitgetErrorKind.DuplicateClientOrderId, false)]
    [InlineData("40308", BitgetErrorKind.Maintenance, false)]
    [InlineData("429", BitgetErrorKind.RateLimited, true)]
    [InlineData("40015", BitgetErrorKind.SystemError, true)]
    [InlineData("40725", BitgetErrorKind.UnknownResult, true)]
    [InlineData("12345", BitgetErrorKind.Other, false)]
    public void Error_codes_map_to_kinds_with_a_transient_flag(string code, BitgetErrorKind kind, bool transient)
    {
        var error = new BitgetApiException("/api/x", 400, code, "message from the exchange");
        Assert.Equal(kind, error.Kind);
        Assert.Equal(transient, error.IsTransient);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.Contains("message from the exchange", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_with_a_5xx_status_is_a_transient_system_error() =>
        Assert.True(new BitgetApiException("/api/x", 503, "http_503", "HTTP 503").IsTransient);

    [Fact]
    public void Classic_order_push_parses_status_cumulative_size_and_the_latest_fill()
    {
        var buffer = new BitgetOrderPush[4];
        Assert.Equal(1, BitgetOrderPushParser.Parse(Encoding.UTF8.GetBytes(ClassicOrderPush), buffer));
        var p = buffer[0];
        Assert.Equal("BTCUSDT", p.Symbol);
        Assert.Equal("1234567890123456789", p.OrderId);
        Assert.Equal("hbB18f0a1b2c3d4e5f6a7", p.ClientOrderId);
        Assert.Equal(OrderState.PartiallyFilled, p.State);
        Assert.Equal(TradeSide.Buy, p.Side);
        Assert.Equal(0.01m, p.Size);
        Assert.Equal(0.004m, p.FilledSize);
        Assert.Equal("1111222233334444", p.TradeId);
        Assert.Equal(0.004m, p.FillSize);
        Assert.Equal(0.000004m, p.FillFee);
        Assert.Equal("BTC", p.FillFeeCoin);
        Assert.True(p.IsMaker);
        Assert.Equal(1695797440000, p.Timestamp);
    }

    [Fact]
    public void Unified_order_push_parses_renamed_fields()
    {
        var buffer = new BitgetOrderPush[4];
        Assert.Equal(1, BitgetOrderPushParser.Parse(Encoding.UTF8.GetBytes(UnifiedOrderPush), buffer));
        var p = buffer[0];
        Assert.Equal("BTCUSDT", p.Symbol);
        Assert.Equal(OrderState.Filled, p.State);
        Assert.Equal(TradeSide.Sell, p.Side);
        Assert.Equal(0.02m, p.Size);
        Assert.Equal(0.02m, p.FilledSize);
        Assert.Equal(51000m, p.AveragePrice);
        Assert.Null(p.TradeId);
        Assert.Equal(1695797450000, p.Timestamp);
    }

    [Fact]
    public void Unknown_status_in_a_push_is_kept_as_text()
    {
        var buffer = new BitgetOrderPush[1];
        BitgetOrderPushParser.Parse(Encoding.UTF8.GetBytes(UnifiedOrderPush.Replace("\"filled\"", "\"frozen_review\"", StringComparison.Ordinal)), buffer);
        Assert.Null(buffer[0].State);
        Assert.Equal("frozen_review", buffer[0].UnknownStatus);
    }

    [Fact]
    public void Push_header_reads_both_argument_spellings()
    {
        var v2 = BitgetPushHeader.Read(Encoding.UTF8.GetBytes(ClassicOrderPush));
        Assert.Equal(("snapshot", "orders", "default"), (v2.Action, v2.Channel, v2.Symbol));
        var v3 = BitgetPushHeader.Read("{\"action\":\"update\",\"arg\":{\"instType\":\"spot\",\"topic\":\"books\",\"symbol\":\"ETHUSDT\"},\"data\":[]}"u8);
        Assert.Equal(("update", "books", "ETHUSDT"), (v3.Action, v3.Channel, v3.Symbol));
        var login = BitgetPushHeader.Read("{\"event\":\"login\",\"code\":0}"u8);
        Assert.Equal(("login", "0"), (login.Event, login.Code));
        var error = BitgetPushHeader.Read("{\"event\":\"error\",\"code\":\"30015\",\"msg\":\"Invalid sign\"}"u8);
        Assert.Equal(("error", "30015", "Invalid sign"), (error.Event, error.Code, error.Message));
    }

    [Fact]
    public void Book_push_reads_string_and_number_levels_with_sequences()
    {
        var push = new BitgetBookPush();
        Assert.True(push.Parse("{\"action\":\"update\",\"arg\":{},\"data\":[{\"a\":[[\"101.10\",\"2\"]],\"b\":[[100.5,3]],\"seq\":12,\"pseq\":\"11\",\"checksum\":-5,\"ts\":\"1700\"}]}"u8));
        Assert.Equal("101.10", push.Asks[0].PriceText);
        Assert.Equal(101.1m, push.Asks[0].Price);
        Assert.Equal(100.5m, push.Bids[0].Price);
        Assert.Equal((12L, 11L, -5, 1700L), (push.Sequence, push.PreviousSequence, push.Checksum, push.Timestamp));
    }

    [Fact]
    public void Envelope_reads_numeric_codes_and_fee_details_given_as_json_text()
    {
        var json = "{\"code\":0,\"msg\":\"ok\",\"data\":[{\"orderId\":\"1\",\"tradeId\":\"2\",\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"priceAvg\":\"10\",\"size\":\"1\",\"feeDetail\":\"{\\\"newFees\\\":{\\\"t\\\":-0.5},\\\"BTC\\\":{\\\"feeCoinCode\\\":\\\"BTC\\\",\\\"totalFee\\\":-0.001}}\"}]}";
        var envelope = JsonSerializer.Deserialize(json, BitgetJsonContext.Default.BitgetEnvelopeListClassicFillPayload)!;
        Assert.Equal("0", envelope.Code);
        var fee = Assert.Single(envelope.Data![0].FeeDetail!);
        Assert.Equal(("BTC", 0.001m), (fee.Coin, fee.Amount));
    }

    [Fact]
    public void Numbers_format_without_exponent_or_trailing_zeros()
    {
        Assert.Equal("0.00001", BitgetNumber.Format(0.0000100m));
        Assert.Equal("23222.5", BitgetNumber.Format(23222.50m));
        Assert.Equal(0.0001m, BitgetNumber.StepFromDecimals("4"));
        Assert.Equal(0m, BitgetNumber.Parse(""));
    }

    [Fact]
    public void Options_validation_names_the_bad_setting()
    {
        var options = new BitgetSpotOptions { RateLimitShare = 0 };
        var error = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.Contains("rate_limit_share", error.Message, StringComparison.Ordinal);
        options = new BitgetSpotOptions { SocketMessagesPerSecond = 10 };
        Assert.Contains("socket_messages_per_second", Assert.Throws<InvalidOperationException>(options.Validate).Message, StringComparison.Ordinal);
        new BitgetSpotOptions().Validate();
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("50000.00", "50000.00")]
    [InlineData("-0.000004", "-0.000004")]
    [InlineData("1234567890123456789", "1234567890123456789")]
    [InlineData("12345678901234567890.5", "12345678901234567890.5")]
    [InlineData("1E-7", "0.0000001")]
    [InlineData(".5", "0.5")]
    public void Utf8_numbers_parse_like_decimal(string text, string expected)
    {
        Assert.True(BitgetUtf8Number.TryParse(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(expected.Contains('.', StringComparison.Ordinal) ? expected.Length - expected.IndexOf('.', StringComparison.Ordinal) - 1 : 0, value.Scale);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    public void Utf8_numbers_reject_garbage(string text) => Assert.False(BitgetUtf8Number.TryParse(Encoding.ASCII.GetBytes(text), out _));
}
