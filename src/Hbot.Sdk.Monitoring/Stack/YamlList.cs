namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>A YAML block sequence (one item per line).</summary>
internal sealed class YamlList : List<object>
{
    /// <summary>Creates an empty list.</summary>
    public YamlList()
    {
    }

    /// <summary>Creates a list of items.</summary>
    public YamlList(IEnumerable<object> items) : base(items)
    {
    }
}
