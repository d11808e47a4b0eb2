namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>Asks the user for a value without echoing it.</summary>
public interface ISecretPrompt
{
    /// <summary>Reads one value; null or empty when the user gave none.</summary>
    string? ReadHidden(string label);
}
