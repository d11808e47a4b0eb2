namespace Hbot.Sdk.Monitoring.Deployment;

/// <summary>A variable of the env file.</summary>
/// <param name="Name">Variable name.</param>
/// <param name="DefaultValue">Value written in the template (empty for secrets).</param>
/// <param name="Description">What it is for.</param>
public sealed record EnvVariable(string Name, string DefaultValue, string Description);
