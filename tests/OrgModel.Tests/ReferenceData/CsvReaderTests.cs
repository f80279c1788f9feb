using System.Text;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.ReferenceData;

/// <summary>The span reader of the embedded CSV files, on the forms a CSV file takes (RFC 4180 and what editors write):
/// a byte-order mark, a header line, CRLF or LF endings, empty lines, a last line without an ending, quoted fields with
/// commas and doubled quotes, more fields than asked for. The same lines through <see cref="ReferenceCsv.Split"/> (strings)
/// are the reference.</summary>
public class CsvReaderTests
{
    private static List<List<string>> Read(string text, int width = 8) => Read(Encoding.UTF8.GetBytes(text), width);

    private static List<List<string>> Read(byte[] utf8, int width, List<int>? counts = null)
    {
        var rows = new List<List<string>>();
        var reader = new CsvReader(utf8);
        Span<Range> fields = stackalloc Range[width];
        while (reader.TryReadLine(fields, out ReadOnlySpan<byte> line, out int count))
        {
            counts?.Add(count);
            var row = new List<string>();
            for (int i = 0; i < Math.Min(count, width); i++)
            {
                row.Add(CsvReader.Text(line[fields[i]]));
            }

            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void The_header_line_is_skipped_and_each_line_is_split_at_its_commas()
    {
        Assert.Equal([["01", "Thành phố Hà Nội", "municipality", "province", ""], ["00004", "Phường Ba Đình", "ward", "commune", "01"]],
            Read("code,name,type,level,parent_code\n01,Thành phố Hà Nội,municipality,province,\n00004,Phường Ba Đình,ward,commune,01\n"));
    }

    [Theory]
    [InlineData("h\n", 0)]
    [InlineData("h", 0)]
    [InlineData("", 0)]
    [InlineData("h\na", 1)]
    [InlineData("\na\n", 1)]
    [InlineData("h\r\na\r\nb\r\n", 2)]
    [InlineData("h\n\n\na\n\r\n\nb", 2)]
    public void Empty_lines_and_line_endings_give_no_rows(string text, int rows) => Assert.Equal(rows, Read(text).Count);

    [Fact]
    public void A_CR_LF_ending_is_not_part_of_the_last_field()
    {
        Assert.Equal([["a", "b"], ["c", ""]], Read("h\r\na,b\r\nc,\r\n"));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_with_the_header()
    {
        byte[] text = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("code,name\n01,Hà Nội\n")];
        Assert.Equal([["01", "Hà Nội"]], Read(text, 4));

        // Without a header line after the mark there is nothing to read; a mark elsewhere is data.
        Assert.Empty(Read([.. Encoding.UTF8.GetPreamble(), .. "x"u8.ToArray()], 4));
        Assert.Equal([["\uFEFFa"]], Read("h\n\uFEFFa\n"));
    }

    [Fact]
    public void A_quoted_field_keeps_its_commas_and_loses_its_quotes()
    {
        // The conversion table's note column: "Nhập một phần diện tích, toàn bộ dân số".
        Assert.Equal([["00112", "merged_part", "Nhập một phần diện tích, toàn bộ dân số"]],
            Read("old_code,kind,note_vi\n00112,merged_part,\"Nhập một phần diện tích, toàn bộ dân số\"\n"));
        Assert.Equal([["a,b", "c"]], Read("h\n\"a,b\",c\n"));
        Assert.Equal([["a", "b,c", "d"]], Read("h\n\"a\",\"b,c\",d\n"));
    }

    [Fact]
    public void A_doubled_quote_inside_a_quoted_field_is_one_quote()
    {
        Assert.Equal([["say \"hi\", then", "x"]], Read("h\n\"say \"\"hi\"\", then\",x\n"));
        Assert.Equal([["\""]], Read("h\n\"\"\"\"\n"));
        Assert.Equal([[""]], Read("h\n\"\"\n"));
    }

    [Fact]
    public void An_unclosed_quote_runs_to_the_end_of_the_line()
    {
        var counts = new List<int>();
        List<List<string>> rows = Read(Encoding.UTF8.GetBytes("h\na,\"b,c\nd,e\n"), 8, counts);
        Assert.Equal([2, 2], counts);
        Assert.Equal("\"b,c", rows[0][1]);
        Assert.Equal(["d", "e"], rows[1]);
    }

    [Fact]
    public void A_comma_between_quotes_never_separates_wherever_the_quotes_stand()
    {
        // A quote inside a field (not at its start) still opens a quoted run: the field keeps its text as written.
        var counts = new List<int>();
        List<List<string>> rows = Read(Encoding.UTF8.GetBytes("h\nab\"c,d\"e,f\nx,\"y\"z\"w,v\"\n"), 8, counts);
        Assert.Equal([2, 2], counts);
        Assert.Equal(["ab\"c,d\"e", "f"], rows[0]);
        Assert.Equal(["x", "y\"z\"w,v"], rows[1]);
    }

    [Theory]
    [InlineData("a,b,c,d,e,f,g", 7)]
    [InlineData("a", 1)]
    [InlineData(",", 2)]
    [InlineData(",,,", 4)]
    [InlineData("\"a,b\",\"c\"", 2)]
    [InlineData("a,\"b\"", 2)]
    public void The_count_is_every_field_of_the_line_even_beyond_the_ranges_asked_for(string line, int count)
    {
        foreach (int width in (int[])[1, 3, 8])
        {
            var counts = new List<int>();
            List<List<string>> rows = Read(Encoding.UTF8.GetBytes("h\n" + line + "\n"), width, counts);
            Assert.Equal([count], counts);
            Assert.Equal(ReferenceCsv.Split(line).Take(width), rows[0]);
        }
    }

    [Fact]
    public void Text_strips_only_a_pair_of_surrounding_quotes()
    {
        Assert.Equal("a", CsvReader.Text("a"u8));
        Assert.Equal("", CsvReader.Text(""u8));
        Assert.Equal("\"", CsvReader.Text("\""u8));
        Assert.Equal("", CsvReader.Text("\"\""u8));
        Assert.Equal("\"a", CsvReader.Text("\"a"u8));
        Assert.Equal("a\"", CsvReader.Text("a\""u8));
        Assert.Equal("Hòa", CsvReader.Text("\"Hòa\""u8));
        Assert.Equal("a\"b", CsvReader.Text("a\"\"b"u8));
    }

    [Property(MaxTest = 300)]
    public void Any_line_of_plain_and_quoted_fields_reads_as_the_string_reference(NonEmptyArray<string> values, bool crlf)
    {
        // Fields without line breaks; those with a comma or a quote are quoted and their quotes doubled, as RFC 4180 writes them.
        string[] fields = [.. values.Get.Select(v => new string([.. (v ?? "").Where(c => c is not ('\n' or '\r') && !char.IsSurrogate(c))]))];
        string line = string.Join(',', fields.Select(f => f.Contains(',') || f.Contains('"') ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));
        if (line.Length == 0)
        {
            return;
        }

        string eol = crlf ? "\r\n" : "\n";
        var counts = new List<int>();
        List<List<string>> rows = Read(Encoding.UTF8.GetBytes("header" + eol + line + eol + line), fields.Length, counts);
        Assert.Equal([fields.Length, fields.Length], counts);
        Assert.Equal(fields, rows[0]);
        Assert.Equal(fields, rows[1]);
        Assert.Equal(fields, ReferenceCsv.Split(line));
    }
}
