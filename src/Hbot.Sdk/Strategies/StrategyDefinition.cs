namespace Hbot.Sdk.Strategies;

/// <summary>
/// Names a strategy for config files: the <c>strategy</c> value, the strategy type and the type its parameters
/// are bound to. Register with <c>services.AddStrategy&lt;TStrategy, TParameters&gt;(name)</c>.
/// </summary>
public sealed class StrategyDefinition
{
    private StrategyDefinition(string name, Type strategyType, Type parametersType)
    {
        Name = name;
        StrategyType = strategyType;
        ParametersType = parametersType;
    }

    /// <summary>The config name, for example <c>pure_market_making</c>.</summary>
    public string Name { get; }

    /// <summary>The strategy class; its constructor takes a <see cref="StrategyContext"/> and the parameters (plus any services).</summary>
    public Type StrategyType { get; }

    /// <summary>The parameters class: public settable properties, snake_case keys, validation attributes.</summary>
    public Type ParametersType { get; }

    /// <summary>Creates a definition.</summary>
    public static StrategyDefinition Create<TStrategy, TParameters>(string name)
        where TStrategy : StrategyBase
        where TParameters : class, new()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new StrategyDefinition(name, typeof(TStrategy), typeof(TParameters));
    }

    /// <summary>A parameters instance with every default.</summary>
    public object CreateParameters() => Activator.CreateInstance(ParametersType)!;
}
