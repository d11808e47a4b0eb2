namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>The default rule packs of an Hbot stack.</summary>
public static class RulePacks
{
    /// <summary>
    /// Every default pack, in file order: containers, host, bot, exchange, silent failures, monitoring and SLO
    /// recording rules. Options are validated first; each pack is linted as it is built.
    /// </summary>
    /// <exception cref="ArgumentException">An option is out of range (the message names it).</exception>
    /// <exception cref="RuleLintException">A rule breaks a lint rule (possible only with unusual options).</exception>
    public static IReadOnlyList<RulePack> Default(RulePackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return
        [
            ContainerRulePack.Build(options),
            HostRulePack.Build(options),
            BotRulePack.Build(options),
            ExchangeRulePack.Build(options),
            SilentFailureRulePack.Build(options),
            MonitoringRulePack.Build(options),
            SloRulePack.Build(options),
        ];
    }
}
