namespace Hbot.Sdk.Connectors;

/// <summary>
/// Creates the connector for one exchange. The host picks the factory whose <see cref="Exchange"/> equals the
/// strategy config's <c>exchange</c> key; register factories as <see cref="IExchangeConnectorFactory"/> services.
/// </summary>
public interface IExchangeConnectorFactory
{
    /// <summary>The exchange name this factory serves, as written in the config (<c>paper</c>, <c>bitget</c>).</summary>
    string Exchange { get; }

    /// <summary>Creates the (not yet started) connector for the bot described by <paramref name="context"/>.</summary>
    IExchangeConnector Create(ConnectorContext context);
}
