namespace Hbot.Sdk.Connectors.Bitget;

/// <summary>Label helpers for <see cref="BitgetAccountKind"/>.</summary>
public static class BitgetAccountKindExtensions
{
    /// <summary>The bounded label used in events and logs: <c>classic</c> or <c>unified</c>.</summary>
    public static string ToLabel(this BitgetAccountKind kind) => kind == BitgetAccountKind.Unified ? "unified" : "classic";
}
