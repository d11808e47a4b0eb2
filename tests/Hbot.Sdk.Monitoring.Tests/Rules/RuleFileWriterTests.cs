using Hbot.Sdk.Monitoring.Rules;
using YamlDotNet.RepresentationModel;

namespace Hbot.Sdk.Monitoring.Tests.Rules;

public sealed class RuleFileWriterTests
{
    [Fact]
    public void Rendering_twice_gives_identical_bytes()
    {
        var first = RuleArtifacts.Render(new RulePackOptions());
        var second = RuleArtifacts.Render(new RulePackOptions());

        Assert.Equal(first.RuleFile, second.RuleFile);
        Assert.Equal(first.TestFile, second.TestFile);
        Assert.Equal(first.Runbooks, second.Runbooks);
        Assert.DoesNotContain('\r', first.RuleFile);
    }

    [Fact]
    public void The_rule_file_holds_every_rule_with_its_fields()
    {
        var packs = RulePacks.Default(new RulePackOptions());

        var yaml = new YamlStream();
        yaml.Load(new StringReader(RuleFileWriter.Write(packs)));

        var groups = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["groups"];
        Assert.Equal(packs.SelectMany(p => p.Groups).Select(g => g.Name), groups.Select(g => ((YamlScalarNode)((YamlMappingNode)g)["name"]).Value));
        var rules = groups.SelectMany(g => (YamlSequenceNode)((YamlMappingNode)g)["rules"]).Cast<YamlMappingNode>().ToList();
        Assert.Equal(packs.SelectMany(p => p.Groups).Sum(g => g.Rules.Count), rules.Count);
        var botDown = rules.Single(r => r.Children.TryGetValue("alert", out var name) && ((YamlScalarNode)name).Value == "BotDown");
        Assert.Equal("up{job=\"hbot\"} == 0", ((YamlScalarNode)botDown["expr"]).Value);
        Assert.Equal("2m", ((YamlScalarNode)botDown["for"]).Value);
        Assert.Equal("critical", ((YamlScalarNode)((YamlMappingNode)botDown["labels"])["severity"]).Value);
        Assert.Equal("docs/runbooks/BotDown.md", ((YamlScalarNode)((YamlMappingNode)botDown["annotations"])["runbook_url"]).Value);
        var budget = groups.Cast<YamlMappingNode>().Single(g => ((YamlScalarNode)g["name"]).Value == "hbot-slo-budget");
        Assert.Equal("1m", ((YamlScalarNode)budget["interval"]).Value);
    }

    [Fact]
    public void Multi_line_expressions_keep_their_lines()
    {
        var packs = RulePacks.Default(new RulePackOptions());
        var expected = packs.SelectMany(p => p.Alerts).Single(a => a.Alert == "TradingHalted").Expression.Trim();

        var yaml = new YamlStream();
        yaml.Load(new StringReader(RuleFileWriter.Write(packs)));

        var expr = yaml.Documents[0].AllNodes.OfType<YamlMappingNode>()
            .Where(m => m.Children.TryGetValue("alert", out var n) && ((YamlScalarNode)n).Value == "TradingHalted")
            .Select(m => ((YamlScalarNode)m["expr"]).Value ?? "")
            .Single();
        Assert.Equal(expected, expr);
        Assert.Contains('\n', expr);
    }

    [Fact]
    public void Duplicate_group_names_across_packs_are_refused()
    {
        var pack = RulePacks.Default(new RulePackOptions())[0];

        var error = Assert.Throws<RuleLintException>(() => RuleFileWriter.Write([pack, pack]));

        Assert.Equal(pack.Groups[0].Name, error.RuleName);
    }

    [Fact]
    public void Every_runbook_has_all_sections_and_the_alert_expression()
    {
        var rendered = RuleArtifacts.Render(new RulePackOptions());

        foreach (var alert in rendered.Packs.SelectMany(p => p.Alerts))
        {
            var page = rendered.Runbooks.Single(r => r.Name == alert.Alert + ".md").Content;
            Assert.StartsWith("<!-- Generated", page, StringComparison.Ordinal);
            foreach (var heading in new[] { "# " + alert.Alert, "## Meaning", "## Impact", "## How to check", "## How to fix", "## When to escalate" })
                Assert.Contains("\n" + heading + "\n", page, StringComparison.Ordinal);
            Assert.Contains(alert.Expression.Trim(), page, StringComparison.Ordinal);
            Assert.Contains("```", page, StringComparison.Ordinal);
        }
    }
}
