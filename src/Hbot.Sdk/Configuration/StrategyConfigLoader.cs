using Hbot.Sdk.Strategies;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hbot.Sdk.Configuration;

/// <summary>
/// Reads and validates strategy files. Unknown keys, wrong types, out-of-range values, missing required keys,
/// unknown strategies and unknown exchanges are all collected and thrown together as a
/// <see cref="StrategyConfigException"/>, each with the file, key, line and column and the expected form.
/// </summary>
public sealed class StrategyConfigLoader
{
    private readonly IReadOnlyDictionary<string, StrategyDefinition> _strategies;
    private readonly IReadOnlyList<string> _exchanges;

    /// <summary>Creates a loader that knows the registered strategies and exchanges.</summary>
    public StrategyConfigLoader(IEnumerable<StrategyDefinition> strategies, IEnumerable<string> exchanges)
    {
        _strategies = strategies.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        _exchanges = exchanges.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Reads and validates a file.</summary>
    /// <exception cref="StrategyConfigException">The file is missing, unreadable or invalid.</exception>
    public StrategyConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StrategyConfigException([new ConfigError(path, "", 0, 0, $"cannot read the file: {ex.Message}")]);
        }
        return Parse(text, path);
    }

    /// <summary>Validates YAML text; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="StrategyConfigException">The text is invalid.</exception>
    public StrategyConfig Parse(string yaml, string file)
    {
        var errors = new List<ConfigError>();
        var root = ReadRoot(yaml, file, errors);
        if (root is null) throw new StrategyConfigException(errors);

        var strategyNode = Find(root, "strategy");
        StrategyDefinition? definition = null;
        if (strategyNode is YamlScalarNode { Value: { } name } && !_strategies.TryGetValue(name, out definition))
            errors.Add(At(file, "strategy", strategyNode, $"unknown strategy '{name}'; expected one of: {string.Join(", ", _strategies.Keys.Order(StringComparer.Ordinal))}"));

        var parameters = definition?.CreateParameters();
        var config = new StrategyConfig { FilePath = file, Parameters = parameters ?? new object() };
        var binder = new YamlConfigBinder(file, errors);
        // With an unknown strategy its parameters cannot be told from typos, so only the strategy is reported.
        if (parameters is null) binder.BindMapping(root, "", reportUnknown: strategyNode is null, config);
        else binder.BindMapping(root, "", config, parameters);

        if (Find(root, "exchange") is YamlScalarNode { Value: { } exchange } exchangeNode && config.Exchange == exchange
            && !_exchanges.Contains(exchange, StringComparer.Ordinal))
            errors.Add(At(file, "exchange", exchangeNode, $"unknown exchange '{exchange}'; expected one of: {string.Join(", ", _exchanges)}"));

        if (errors.Count > 0)
            throw new StrategyConfigException(errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray());
        return config;
    }

    private static YamlMappingNode? ReadRoot(string yaml, string file, List<ConfigError> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException?.Message is { } m ? $" ({m})" : "";
            errors.Add(new ConfigError(file, "", (int)ex.Start.Line, (int)ex.Start.Column, $"not valid YAML: {ex.Message}{inner}"));
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            errors.Add(new ConfigError(file, "", 1, 1, "the file is empty; expected a mapping with the keys strategy, exchange, trading_pair and the strategy's parameters"));
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            errors.Add(new ConfigError(file, "", (int)node.Start.Line, (int)node.Start.Column, "expected a mapping with the keys strategy, exchange, trading_pair and the strategy's parameters"));
            return null;
        }
        return root;
    }

    private static YamlNode? Find(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(kv => (kv.Key as YamlScalarNode)?.Value == key).Value;

    private static ConfigError At(string file, string key, YamlNode node, string message) =>
        new(file, key, (int)node.Start.Line, (int)node.Start.Column, message);
}
