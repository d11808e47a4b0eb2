using Hbot.Sdk.Connectors.Bitget.Credentials;
using Hbot.Sdk.Connectors.Bitget.Rest;
using Hbot.Sdk.Connectors.Bitget.Sockets;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

public class BitgetSigningTests
{
    private static readonly Secret TestSecret = new("test_secret_key");

    [Theory]
    [InlineData("1640001112GET/user/verify", "xmIN5Kt+K9U1gXlJ4RnlBjav++39oTR1CR97YWmrWtQ=")]
    [InlineData("1659076670000GET/api/v2/spot/account/assets", "s2WRfj3K6S/UQUy6B+xh3xqJl6ebTKxWvBHVotGfA8Q=")]
    [InlineData("1659076670000GET/api/v2/spot/trade/orderInfo?orderId=1234567890", "0SSx3Ss90cseWJuUZoC0J2HYPLdDSvJ6arn5JkevpbM=")]
    [InlineData("1659076670000POST/api/v2/spot/trade/place-order{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"23222.5\",\"size\":\"1\",\"clientOid\":\"121211212122\"}", "v3xfinxIfPqAX2nH5nxziSi28oD2jT8RbpbH15Oz9Wo=")]
    public void Sign_matches_the_published_vectors(string prehash, string expected) =>
        Assert.Equal(expected, BitgetSigner.Sign(TestSecret, prehash));

    [Fact]
    public void Prehash_inserts_the_question_mark_only_for_a_query_and_upper_cases_the_method()
    {
        Assert.Equal("1659076670000GET/api/v2/spot/trade/orderInfo?orderId=1234567890",
            BitgetSigner.Prehash("1659076670000", "get", "/api/v2/spot/trade/orderInfo", "orderId=1234567890", null));
        Assert.Equal("1659076670000GET/api/v2/spot/account/assets", BitgetSigner.Prehash("1659076670000", "GET", "/api/v2/spot/account/assets", "", null));
        Assert.Equal("1POST/p{\"a\":1}", BitgetSigner.Prehash("1", "POST", "/p", null, "{\"a\":1}"));
    }

    [Fact]
    public void Socket_login_signs_seconds_and_the_verify_path() =>
        Assert.Equal("xmIN5Kt+K9U1gXlJ4RnlBjav++39oTR1CR97YWmrWtQ=", BitgetSigner.SignSocketLogin(TestSecret, 1640001112));

    [Theory]
    [InlineData("43231.1:4:43232.8:9:43231:6:43232.9:8", -1504501796)]
    [InlineData("3366.1:7:3366.8:9:3368:8:3372:8", 831078360)]
    public void Checksum_text_matches_the_vectors(string text, int expected) => Assert.Equal(expected, BitgetBookChecksum.OfText(text));

    [Fact]
    public void Checksum_interleaves_bid_first_with_the_original_strings()
    {
        BitgetRawLevel L(string p, string s) => new(decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture), p, s);
        var bids = new[] { L("43231.1", "4"), L("43231", "6") };
        var asks = new[] { L("43232.8", "9"), L("43232.9", "8") };
        Assert.Equal(-1504501796, BitgetBookChecksum.Compute(bids, asks));
        // Same numbers, different text: the checksum must change, proving the original strings are used.
        var reformatted = new[] { L("43231.10", "4"), L("43231", "6") };
        Assert.NotEqual(-1504501796, BitgetBookChecksum.Compute(reformatted, asks));
    }

    [Fact]
    public void Checksum_continues_with_one_side_when_the_other_runs_out()
    {
        BitgetRawLevel L(string p, string s) => new(decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture), p, s);
        var bids = new[] { L("3366.1", "7") };
        var asks = new[] { L("3366.8", "9"), L("3368", "8"), L("3372", "8") };
        Assert.Equal(831078360, BitgetBookChecksum.Compute(bids, asks));
    }

    [Fact]
    public void Secrets_and_credentials_never_print_their_values()
    {
        var credentials = new BitgetCredentials("bg_abcdef123456", new Secret("super-secret-value"), new Secret("my-passphrase"));
        Assert.Equal("***", credentials.ApiSecret.ToString());
        Assert.DoesNotContain("super-secret-value", $"{credentials} {credentials.ApiSecret} {credentials.Passphrase}", StringComparison.Ordinal);
        Assert.DoesNotContain("abcdef123456", credentials.ToString(), StringComparison.Ordinal);
        Assert.Equal("bg_***456", credentials.MaskedApiKey);
    }
}
