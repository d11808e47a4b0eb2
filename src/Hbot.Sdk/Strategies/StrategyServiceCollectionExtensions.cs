using Microsoft.Extensions.DependencyInjection;

namespace Hbot.Sdk.Strategies;

/// <summary>Registers strategies so config files can name them.</summary>
public static class StrategyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TStrategy"/> under the config name <paramref name="name"/>, with parameters bound
    /// from the config file onto <typeparamref name="TParameters"/>.
    /// </summary>
    public static IServiceCollection AddStrategy<TStrategy, TParameters>(this IServiceCollection services, string name)
        where TStrategy : StrategyBase
        where TParameters : class, new()
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(StrategyDefinition.Create<TStrategy, TParameters>(name));
        return services;
    }
}
