using Hbot.Sdk.Connectors;
using Hbot.Sdk.Simulation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hbot.Sdk.Paper;

/// <summary>
/// The built-in <c>paper</c> exchange: a <see cref="PaperExchange"/> on the built-in <see cref="SimulatedMarket"/>,
/// configured from the <c>paper_exchange:</c> section (account options, and the market under <c>market:</c>).
/// </summary>
public sealed class PaperExchangeConnectorFactory : IExchangeConnectorFactory
{
    /// <inheritdoc />
    public string Exchange => PaperExchange.ExchangeName;

    /// <inheritdoc />
    public IExchangeConnector Create(ConnectorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        var settings = context.Config.PaperExchange;
        var market = new SimulatedMarket(settings.Market, context.Time, loggers.CreateLogger<SimulatedMarket>());
        return new PaperExchange(market, context.Events, context.Time, settings.Options, loggers.CreateLogger<PaperExchange>());
    }
}
