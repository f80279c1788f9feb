namespace OrgModel.Cli.Output;

/// <summary>A table as plain text for a pipe: a header line, then one line per row, columns padded to align.</summary>
internal static class PlainTable
{
    public static void Write(TextWriter writer, RecordSet set)
    {
        int[] widths = set.Columns.Select(c => c.Length).ToArray();
        string[][] cells = set.Rows.Select(r => r.Values.Select(Terminal.Text).ToArray()).ToArray();
        foreach (string[] row in cells)
        {
            for (int i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        WriteLine(writer, set.Columns, widths);
        foreach (string[] row in cells)
        {
            WriteLine(writer, row, widths);
        }
    }

    private static void WriteLine(TextWriter writer, IReadOnlyList<string> cells, int[] widths)
    {
        // The last column is not padded, so that lines carry no trailing blanks.
        var line = string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i])));
        writer.WriteLine(line.TrimEnd());
    }
}
