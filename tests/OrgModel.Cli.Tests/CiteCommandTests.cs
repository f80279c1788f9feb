namespace OrgModel.Cli.Tests;

public sealed class CiteCommandTests(InstalledTool tool)
{
    [Fact]
    public void Standard_input_as_json_lines_parses_back_to_citations_and_deadlines()
    {
        ToolRun run = tool.RunWithInput(
            "Kết luận số 201-KL/TW, hoàn thành trước ngày 15/12/2025.", "cite", "--format", "jsonl", "--date", "2025-10-31");

        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = Json.Lines(run);
        Assert.Equal(2, rows.Count);
        Assert.Equal("citation", rows[0].Str("type"));
        Assert.Equal("201-KL/TW", rows[0].Str("canonical"));
        Assert.Equal("conclusion", rows[0].Str("kind"));
        Assert.Equal("-", rows[0].Str("source"));
        Assert.Equal("deadline", rows[1].Str("type"));
        Assert.Equal("trước ngày 15/12/2025", rows[1].Str("text"));
        Assert.Equal("2025-12-15", rows[1].Str("dueDate"));
    }

    [Fact]
    public void A_folder_as_csv_has_one_row_per_finding_with_its_file()
    {
        ToolRun run = tool.Run("cite", InstalledTool.Sample("texts"), "--date", "2025-10-31", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("source,type,start,text,canonical,kind,date,dueDate,clause", run.Lines[0]);
        string[] rows = run.Lines[1..];
        Assert.Equal(7, rows.Length);
        Assert.Contains(rows, r => r.Contains("directive.txt,citation,", StringComparison.Ordinal) && r.Contains(",45-CT/TW,directive,2025-04-14,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("en.txt,deadline,", StringComparison.Ordinal) && r.Contains(",in 2025-11,inPeriod,,2025-11-30,", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_deadlines_leaves_the_citations_out()
    {
        ToolRun run = tool.Run("cite", InstalledTool.Sample("texts/vi.txt"), "--only", "deadlines", "--date", "2025-10-31", "--json");

        var rows = Json.Parse(run.Output).EnumerateArray().ToList();
        Assert.Single(rows);
        Assert.Equal("on or before 2025-12-15", rows[0].Str("canonical"));
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        ToolRun run = tool.Run("cite", "no-such-file.txt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("orgmodel: no file or folder \"no-such-file.txt\".\n", run.Error);
    }
}
