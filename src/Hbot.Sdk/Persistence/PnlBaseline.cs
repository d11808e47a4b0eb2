namespace Hbot.Sdk.Persistence;

/// <summary>The inventory a bot started with, recorded at its first run so PnL can be replayed from the stored fills.</summary>
/// <param name="Position">Base held at the first start.</param>
/// <param name="AverageCost">Its valuation (the mid at the first start).</param>
/// <param name="CreatedAt">When it was recorded.</param>
public sealed record PnlBaseline(decimal Position, decimal AverageCost, DateTimeOffset CreatedAt);
