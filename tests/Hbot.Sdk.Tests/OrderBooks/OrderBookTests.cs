using Hbot.Sdk.Markets;
using Hbot.Sdk.OrderBooks;

namespace Hbot.Sdk.Tests.OrderBooks;

public sealed class OrderBookTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private static OrderBook Book()
    {
        var book = new OrderBook(TradingPair.Parse("ETH-USDT"));
        book.ApplySnapshot(
            [new(99m, 1m), new(100m, 2m), new(98m, 3m)],
            [new(102m, 4m), new(101m, 1m), new(103m, 5m)],
            10, T0);
        return book;
    }

    [Fact]
    public void A_new_book_is_stale_until_its_first_snapshot()
    {
        var book = new OrderBook(TradingPair.Parse("ETH-USDT"));
        Assert.True(book.IsStale);
        Assert.Equal("no_snapshot", book.StaleReason);
        Assert.Null(book.MidPrice);
        Assert.Equal(OrderBookApplyResult.NotInitialized, book.ApplyUpdate([new(1m, 1m)], [], 1, T0));
    }

    [Fact]
    public void A_snapshot_sorts_levels_best_first_and_gives_the_top_of_book()
    {
        var book = Book();
        Assert.False(book.IsStale);
        Assert.Equal(100m, book.BestBid);
        Assert.Equal(101m, book.BestAsk);
        Assert.Equal(100.5m, book.MidPrice);
        Assert.Equal(1m, book.Spread);
        Assert.Equal(new OrderBookLevel(100m, 2m), book.BestBidLevel);
        Assert.Equal([100m, 99m, 98m], book.GetBids().Select(l => l.Price));
        Assert.Equal([101m, 102m], book.GetAsks(2).Select(l => l.Price));
        Assert.Equal(10, book.Sequence);
    }

    [Fact]
    public void A_delta_adds_changes_and_removes_levels()
    {
        var book = Book();
        var result = book.ApplyUpdate([new(100m, 0m), new(99.5m, 7m)], [new(101m, 3m)], 11, T0.AddSeconds(1), previousSequence: 10);

        Assert.Equal(OrderBookApplyResult.Applied, result);
        Assert.Equal([99.5m, 99m, 98m], book.GetBids().Select(l => l.Price));
        Assert.Equal(7m, book.GetSizeAt(TradeSide.Buy, 99.5m));
        Assert.Equal(3m, book.GetSizeAt(TradeSide.Sell, 101m));
        Assert.Equal(0m, book.GetSizeAt(TradeSide.Buy, 100m));
        Assert.Equal(11, book.Sequence);
        Assert.Equal(T0.AddSeconds(1), book.LastUpdate);
    }

    [Fact]
    public void Removing_a_level_that_does_not_exist_changes_nothing()
    {
        var book = Book();
        Assert.Equal(OrderBookApplyResult.Applied, book.ApplyUpdate([new(97.5m, 0m)], [], 11, T0));
        Assert.Equal(3, book.BidCount);
    }

    [Fact]
    public void An_old_or_repeated_sequence_is_ignored_as_out_of_order()
    {
        var book = Book();
        Assert.Equal(OrderBookApplyResult.OutOfOrder, book.ApplyUpdate([new(100m, 9m)], [], 10, T0));
        Assert.Equal(OrderBookApplyResult.OutOfOrder, book.ApplyUpdate([new(100m, 9m)], [], 9, T0));
        Assert.Equal(2m, book.GetSizeAt(TradeSide.Buy, 100m));
        Assert.False(book.IsStale);
    }

    [Fact]
    public void A_gap_in_the_sequence_marks_the_book_stale_until_the_next_snapshot()
    {
        var book = Book();
        Assert.Equal(OrderBookApplyResult.Gap, book.ApplyUpdate([new(100m, 9m)], [], 13, T0, previousSequence: 12));
        Assert.True(book.IsStale);
        Assert.Equal("sequence_gap", book.StaleReason);
        Assert.Equal(2m, book.GetSizeAt(TradeSide.Buy, 100m));
        Assert.Equal(OrderBookApplyResult.NotInitialized, book.ApplyUpdate([new(100m, 9m)], [], 14, T0, previousSequence: 13));

        book.ApplySnapshot([new(100m, 1m)], [new(101m, 1m)], 20, T0);
        Assert.False(book.IsStale);
        Assert.Null(book.StaleReason);
    }

    [Fact]
    public void A_delta_that_crosses_the_book_marks_it_stale()
    {
        var book = Book();
        Assert.Equal(OrderBookApplyResult.Crossed, book.ApplyUpdate([new(101m, 1m)], [], 11, T0));
        Assert.True(book.IsStale);
        Assert.Equal("crossed", book.StaleReason);
    }

    [Fact]
    public void A_crossed_snapshot_is_stale_and_a_single_level_can_cross_too()
    {
        var book = new OrderBook(TradingPair.Parse("ETH-USDT"));
        book.ApplySnapshot([new(101m, 1m)], [new(101m, 1m)], 1, T0);
        Assert.Equal("crossed", book.StaleReason);

        book = Book();
        Assert.Equal(OrderBookApplyResult.Applied, book.ApplyLevel(TradeSide.Sell, 100.5m, 1m, T0));
        Assert.Equal(100.5m, book.BestAsk);
        Assert.Equal(OrderBookApplyResult.Crossed, book.ApplyLevel(TradeSide.Sell, 100m, 1m, T0));
        Assert.True(book.IsStale);
    }

    [Fact]
    public void Mark_stale_discards_the_book_with_the_reason()
    {
        var book = Book();
        book.MarkStale("reconnect");
        Assert.True(book.IsStale);
        Assert.Equal("reconnect", book.StaleReason);
    }

    [Fact]
    public void Price_for_volume_walks_the_side_a_taker_consumes()
    {
        var book = Book();
        var buy = book.GetPriceForVolume(TradeSide.Buy, 3m);
        Assert.Equal(new VolumePrice((101m + 2 * 102m) / 3m, 102m, 3m), buy);

        var sell = book.GetPriceForVolume(TradeSide.Sell, 2.5m);
        Assert.Equal(new VolumePrice((2 * 100m + 0.5m * 99m) / 2.5m, 99m, 2.5m), sell);

        var tooMuch = book.GetPriceForVolume(TradeSide.Buy, 100m);
        Assert.Equal(10m, tooMuch.FilledVolume);
        Assert.Equal(103m, tooMuch.WorstPrice);
    }

    [Fact]
    public void Volume_to_price_sums_the_levels_no_worse_than_the_price()
    {
        var book = Book();
        Assert.Equal(5m, book.GetVolumeToPrice(TradeSide.Buy, 102m));
        Assert.Equal(5m, book.GetVolumeToPrice(TradeSide.Buy, 102.5m));
        Assert.Equal(0m, book.GetVolumeToPrice(TradeSide.Buy, 100.99m));
        Assert.Equal(3m, book.GetVolumeToPrice(TradeSide.Sell, 99m));
        Assert.Equal(6m, book.GetVolumeToPrice(TradeSide.Sell, 1m));
    }

    [Fact]
    public void A_book_grows_past_its_initial_capacity()
    {
        var book = new OrderBook(TradingPair.Parse("ETH-USDT"));
        var bids = Enumerable.Range(1, 500).Select(i => new OrderBookLevel(i, 1m)).ToArray();
        book.ApplySnapshot(bids, [new(1000m, 1m)], 1, T0);
        Assert.Equal(500, book.BidCount);
        Assert.Equal(500m, book.BestBid);
        Assert.Equal(1m, book.GetBids()[^1].Price);
    }
}
