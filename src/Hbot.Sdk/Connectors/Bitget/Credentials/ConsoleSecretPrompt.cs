using System.Text;

namespace Hbot.Sdk.Connectors.Bitget.Credentials;

/// <summary>Reads hidden input from the terminal (no echo); reads a plain line when input is redirected.</summary>
public sealed class ConsoleSecretPrompt : ISecretPrompt
{
    /// <inheritdoc />
    public string? ReadHidden(string label)
    {
        Console.Error.Write(label + ": ");
        if (Console.IsInputRedirected) return Console.In.ReadLine();
        var value = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (value.Length > 0) value.Length--;
                continue;
            }
            if (!char.IsControl(key.KeyChar)) value.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return value.ToString();
    }
}
