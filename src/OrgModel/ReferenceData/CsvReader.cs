namespace OrgModel.ReferenceData;

/// <summary>Reads the embedded UTF-8 CSV files as spans: no Regex, no LINQ, strings only for the fields kept.</summary>
internal ref struct CsvReader
{
    private ReadOnlySpan<byte> rest;

    public CsvReader(ReadOnlySpan<byte> utf8)
    {
        // Skip a byte-order mark and the header line.
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        int nl = utf8.IndexOf((byte)'\n');
        rest = nl < 0 ? default : utf8[(nl + 1)..];
    }

    /// <summary>Reads the next non-empty line into up to <paramref name="fields"/>.Length field ranges.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadLine(scoped Span<Range> fields, out ReadOnlySpan<byte> line, out int count)
    {
        while (!rest.IsEmpty)
        {
            int nl = rest.IndexOf((byte)'\n');
            line = nl < 0 ? rest : rest[..nl];
            rest = nl < 0 ? default : rest[(nl + 1)..];
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.IsEmpty)
            {
                continue;
            }

            count = Split(line, fields);
            return true;
        }

        line = default;
        count = 0;
        return false;
    }

    public static string Text(ReadOnlySpan<byte> field)
    {
        if (field.Length >= 2 && field[0] == (byte)'"' && field[^1] == (byte)'"')
        {
            field = field[1..^1];
        }

        // Escaped quotes are rare: looked for on the bytes, so a plain field is decoded once and never scanned again.
        string s = Encoding.UTF8.GetString(field);
        return field.IndexOf("\"\""u8) >= 0 ? s.Replace("\"\"", "\"", StringComparison.Ordinal) : s;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Split(ReadOnlySpan<byte> line, scoped Span<Range> fields)
    {
        int count = 0;
        int start = 0;
        int i = 0;
        while (true)
        {
            // Vectorised search for the next separator or quote; a quoted field runs to its closing quote.
            int next = line[i..].IndexOfAny((byte)',', (byte)'"');
            if (next >= 0 && line[i + next] == (byte)'"')
            {
                int close = line[(i + next + 1)..].IndexOf((byte)'"');
                i = close < 0 ? line.Length : i + next + close + 2;
                if (i < line.Length)
                {
                    continue;
                }

                next = -1;
            }

            int end = next < 0 ? line.Length : i + next;
            if (count < fields.Length)
            {
                fields[count] = new Range(start, end);
            }

            count++;
            if (next < 0)
            {
                return count;
            }

            start = i = end + 1;
        }
    }
}
