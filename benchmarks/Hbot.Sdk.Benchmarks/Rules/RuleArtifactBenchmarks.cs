using BenchmarkDotNet.Attributes;
using Hbot.Sdk.Monitoring.Rules;
using Hbot.Sdk.Monitoring.Rules.PromQl;

namespace Hbot.Sdk.Benchmarks.Rules;

/// <summary>Rendering every default rule artifact (packs with lint, rule file, promtool tests, runbooks) and scanning every expression.</summary>
[MemoryDiagnoser]
public class RuleArtifactBenchmarks
{
    private readonly RulePackOptions _options = new();
    private string[] _expressions = [];

    [GlobalSetup]
    public void Setup() =>
        _expressions = RulePacks.Default(_options).SelectMany(p => p.Groups).SelectMany(g => g.Rules).Select(r => r.Expression).ToArray();

    [Benchmark]
    public int RenderAllArtifacts()
    {
        var rendered = RuleArtifacts.Render(_options);
        return rendered.RuleFile.Length + rendered.TestFile.Length + rendered.Runbooks.Count;
    }

    [Benchmark]
    public int ScanAllExpressions()
    {
        var selectors = 0;
        foreach (var expression in _expressions) selectors += PromQlScanner.Scan(expression).Selectors.Count;
        return selectors;
    }
}
