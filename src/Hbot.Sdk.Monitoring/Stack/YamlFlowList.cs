namespace Hbot.Sdk.Monitoring.Stack;

/// <summary>A YAML flow sequence of scalars written on one line, for example <c>[alertname, bot]</c>.</summary>
internal sealed class YamlFlowList : List<object>
{
    /// <summary>Creates an empty list.</summary>
    public YamlFlowList()
    {
    }

    /// <summary>Creates a list of scalars.</summary>
    public YamlFlowList(IEnumerable<object> items) : base(items)
    {
    }
}
