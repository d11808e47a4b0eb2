using Hbot.Sdk.Monitoring.Rules.RuleTests;

namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>The rendered output of the default packs.</summary>
/// <param name="Packs">The packs rendered.</param>
/// <param name="TestSuite">The generated promtool test suite (for coverage).</param>
/// <param name="RuleFile">Content of <see cref="RuleArtifacts.RuleFileName"/>.</param>
/// <param name="TestFile">Content of <see cref="RuleArtifacts.TestFileName"/>.</param>
/// <param name="Runbooks">One Markdown runbook per alert.</param>
public sealed record RenderedRuleArtifacts(IReadOnlyList<RulePack> Packs, RuleTestSuite TestSuite, string RuleFile, string TestFile, IReadOnlyList<RenderedFile> Runbooks);
