namespace Hbot.Sdk.Monitoring.Rules;

/// <summary>Thrown when a rule breaks a lint rule; the message names the rule and the problem.</summary>
public sealed class RuleLintException : Exception
{
    /// <summary>Creates the exception for one rule.</summary>
    public RuleLintException(string ruleName, string problem)
        : base($"Rule '{ruleName}': {problem}")
    {
        RuleName = ruleName;
        Problem = problem;
    }

    /// <summary>The alert or recorded series name.</summary>
    public string RuleName { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
