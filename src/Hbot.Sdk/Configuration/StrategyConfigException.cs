namespace Hbot.Sdk.Configuration;

/// <summary>A config file was refused; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class StrategyConfigException : Exception
{
    /// <summary>Creates the exception from the collected errors.</summary>
    public StrategyConfigException(IReadOnlyList<ConfigError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }

    private static string Describe(IReadOnlyList<ConfigError> errors) =>
        $"The config has {errors.Count} error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
