namespace OrgModel.Cli.Output;

/// <summary>RFC 4180 CSV: a header line, fields quoted when they hold a comma, a quote or a line break.</summary>
internal static class Csv
{
    public static void Write(TextWriter writer, RecordSet set)
    {
        writer.Write(string.Join(",", set.Columns.Select(Quote)));
        writer.Write("\r\n");
        foreach (Record row in set.Rows)
        {
            writer.Write(string.Join(",", row.Values.Select(v => Quote(Terminal.Text(v)))));
            writer.Write("\r\n");
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
