using System.Text;

namespace Hbot.Sdk.Strategies;

/// <summary>A plain-text table with aligned columns for status output (numbers right-aligned).</summary>
public sealed class StatusTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table with the column headers.</summary>
    public StatusTable(params string[] headers) => _headers = headers;

    /// <summary>Adds a row; missing cells are blank, extra cells are dropped.</summary>
    public StatusTable AddRow(params string[] cells)
    {
        var row = new string[_headers.Length];
        for (var i = 0; i < row.Length; i++) row[i] = i < cells.Length ? cells[i] : "";
        _rows.Add(row);
        return this;
    }

    /// <summary>Appends the table, each line indented by <paramref name="indent"/> spaces.</summary>
    public void WriteTo(StringBuilder output, int indent = 2)
    {
        var widths = new int[_headers.Length];
        for (var i = 0; i < widths.Length; i++)
            widths[i] = Math.Max(_headers[i].Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length));
        var numeric = new bool[_headers.Length];
        for (var i = 0; i < numeric.Length; i++)
            numeric[i] = _rows.Count > 0 && _rows.All(r => r[i].Length == 0 || IsNumber(r[i]));
        WriteLine(output, indent, _headers, widths, numeric);
        foreach (var row in _rows) WriteLine(output, indent, row, widths, numeric);
    }

    private static void WriteLine(StringBuilder output, int indent, string[] cells, int[] widths, bool[] numeric)
    {
        output.Append(' ', indent);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) output.Append("  ");
            output.Append(numeric[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }
        // Trailing padding of the last column is noise in logs.
        while (output.Length > 0 && output[^1] == ' ') output.Length--;
        output.AppendLine();
    }

    private static bool IsNumber(string s) =>
        decimal.TryParse(s.TrimEnd('%'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
