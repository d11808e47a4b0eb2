namespace Hbot.Sdk.Monitoring.Rules.RuleTests;

/// <summary>An alert a promtool check expects, with all its labels and rendered annotations.</summary>
/// <param name="Labels">Expected labels (series labels plus the rule's labels such as severity).</param>
/// <param name="Annotations">Expected annotations, rendered from the rule's templates.</param>
public sealed record ExpectedAlert(IReadOnlyList<RuleLabel> Labels, IReadOnlyList<RuleLabel> Annotations);
