namespace Hbot.Sdk.Strategies;

/// <summary>The orders a market maker wants on each side, best price first.</summary>
/// <param name="Buys">Bids, highest price first.</param>
/// <param name="Sells">Asks, lowest price first.</param>
public sealed record MarketMakingProposal(IReadOnlyList<ProposedOrder> Buys, IReadOnlyList<ProposedOrder> Sells);
