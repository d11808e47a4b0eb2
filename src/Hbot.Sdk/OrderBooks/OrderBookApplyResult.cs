namespace Hbot.Sdk.OrderBooks;

/// <summary>What happened when an update was applied to an <see cref="OrderBook"/>.</summary>
public enum OrderBookApplyResult
{
    /// <summary>Applied.</summary>
    Applied,
    /// <summary>No snapshot yet (or the book was discarded): the update was ignored.</summary>
    NotInitialized,
    /// <summary>The sequence was not newer than the book's: ignored as a duplicate or late message.</summary>
    OutOfOrder,
    /// <summary>The previous sequence did not match the book's: the book is now stale and needs a snapshot.</summary>
    Gap,
    /// <summary>After applying, best bid was at or above best ask: the book is now stale and needs a snapshot.</summary>
    Crossed,
}
