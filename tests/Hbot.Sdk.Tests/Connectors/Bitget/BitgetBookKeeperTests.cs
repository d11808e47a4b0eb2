using System.Globalization;
using Hbot.Sdk.Connectors.Bitget.Sockets;
using Hbot.Sdk.Markets;

namespace Hbot.Sdk.Tests.Connectors.Bitget;

public class BitgetBookKeeperTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    private static BitgetRawLevel L(string p, string s) =>
        new(decimal.Parse(p, CultureInfo.InvariantCulture), decimal.Parse(s, CultureInfo.InvariantCulture), p, s);

    private static BitgetBookKeeper Snapshot(long seq = 10)
    {
        var keeper = new BitgetBookKeeper(TradingPair.Parse("BTC-USDT"));
        Assert.Equal(BitgetBookApplyResult.Applied, keeper.ApplySnapshot([L("100.0", "1"), L("99.5", "2")], [L("100.5", "1.50"), L("101", "3")], seq, 0, Now));
        return keeper;
    }

    [Fact]
    public void Updates_sort_numerically_and_remove_zero_sizes()
    {
        var keeper = Snapshot();
        Assert.Equal(BitgetBookApplyResult.Applied, keeper.ApplyUpdate([L("99.75", "4"), L("100.0", "0")], [L("100.25", "2")], 11, 10, 0, Now));
        Assert.Equal(99.75m, keeper.Book.BestBid);
        Assert.Equal(100.25m, keeper.Book.BestAsk);
        Assert.Equal([99.75m, 99.5m], keeper.Book.GetBids().Select(l => l.Price));
        Assert.False(keeper.Book.IsStale);
    }

    [Fact]
    public void A_previous_sequence_that_does_not_match_discards_the_book()
    {
        var keeper = Snapshot();
        Assert.Equal(BitgetBookApplyResult.Applied, keeper.ApplyUpdate([L("99", "1")], [], 11, 10, 0, Now));
        Assert.Equal(BitgetBookApplyResult.SequenceGap, keeper.ApplyUpdate([L("98", "1")], [], 13, 12, 0, Now));
        Assert.True(keeper.Book.IsStale);
        Assert.Equal("sequence_gap", keeper.Book.StaleReason);
        Assert.Equal(BitgetBookApplyResult.Ignored, keeper.ApplyUpdate([L("97", "1")], [], 14, 13, 0, Now));
        Snapshot();
    }

    [Fact]
    public void A_fresh_snapshot_clears_the_stale_state()
    {
        var keeper = Snapshot();
        keeper.ApplyUpdate([], [], 12, 11, 0, Now);
        keeper.ApplyUpdate([], [], 14, 13, 0, Now);
        Assert.True(keeper.Book.IsStale);
        Assert.Equal(BitgetBookApplyResult.Applied, keeper.ApplySnapshot([L("100", "1")], [L("101", "1")], 20, 0, Now));
        Assert.False(keeper.Book.IsStale);
    }

    [Fact]
    public void Old_or_repeated_sequences_are_ignored()
    {
        var keeper = Snapshot();
        Assert.Equal(BitgetBookApplyResult.Applied, keeper.ApplyUpdate([L("99", "1")], [], 11, 10, 0, Now));
        Assert.Equal(BitgetBookApplyResult.Ignored, keeper.ApplyUpdate([L("98", "5")], [], 11, 10, 0, Now));
        Assert.Equal(0m, keeper.Book.GetSizeAt(TradeSide.Buy, 98m));
    }

    [Fact]
    public void A_matching_checksum_over_the_original_strings_is_accepted_and_a_wrong_one_discards()
    {
        var keeper = Snapshot();
        // After the update the book is bids 100.0:1, 99.5:2 and asks 100.5:1.50, 101:3 (text as received).
        var good = BitgetBookChecksum.OfText("100.0:1:100.5:1.50:99.5:2:101:3");
        Assert.Equal(BitgetBookApplyResult.Applied, keeper.ApplyUpdate([], [L("101", "3")], 11, 0, good, Now));
        Assert.Equal(BitgetBookApplyResult.ChecksumMismatch, keeper.ApplyUpdate([L("99.5", "2.5")], [], 12, 0, good, Now));
        Assert.Equal("checksum_mismatch", keeper.Book.StaleReason);
    }

    [Fact]
    public void A_zero_checksum_is_not_checked()
    {
        var keeper = Snapshot();
        Assert.Equal(BitgetBookApplyResult.Applied, keeper.ApplyUpdate([L("99", "1")], [], 11, 10, 0, Now));
    }

    [Fact]
    public void A_crossing_update_discards_the_book()
    {
        var keeper = Snapshot();
        Assert.Equal(BitgetBookApplyResult.Crossed, keeper.ApplyUpdate([L("100.5", "1")], [], 11, 10, 0, Now));
        Assert.True(keeper.Book.IsStale);
    }
}
