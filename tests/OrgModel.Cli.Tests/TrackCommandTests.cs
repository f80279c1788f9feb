namespace OrgModel.Cli.Tests;

public sealed class TrackCommandTests(InstalledTool tool)
{
    private static readonly string Tasks = InstalledTool.Sample("tasks.json");
    private static readonly string Reports = InstalledTool.Sample("reports.json");

    [Fact]
    public void The_summary_counts_every_province_as_of_the_day()
    {
        ToolRun run = tool.Run("track", Tasks, "--reports", Reports, "--as-of", "2025-12-31", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = Json.Parse(run.Output);
        Assert.Equal(34, json.Int("total"));
        Assert.Equal(1, json.Int("completedOnTime"));
        Assert.Equal(1, json.Int("completedLate"));
        Assert.Equal(32, json.Int("overdue"));
    }

    [Fact]
    public void Before_the_deadline_the_open_assignments_are_in_progress()
    {
        var json = Json.Parse(tool.Run("track", Tasks, "-r", Reports, "--as-of", "2025-12-12", "--json").Output);

        Assert.Equal(33, json.Int("inProgress"));
        Assert.Equal(1, json.Int("completedOnTime"));
        Assert.Equal(0, json.Int("overdue"));
    }

    [Fact]
    public void Missing_reports_can_be_unknown_instead_of_overdue()
    {
        var json = Json.Parse(tool.Run("track", Tasks, "-r", Reports, "--as-of", "2025-12-31", "--missing-unknown", "--json").Output);

        Assert.Equal(0, json.Int("overdue"));
        Assert.Equal(32, json.Int("noReport"));
    }

    [Fact]
    public void By_province_as_csv_has_one_row_per_province()
    {
        ToolRun run = tool.Run("track", Tasks, "-r", Reports, "--as-of", "2025-12-31", "--by", "province", "--format", "csv");

        Assert.StartsWith("province,name,notDue,", run.Lines[0], StringComparison.Ordinal);
        Assert.Equal(34, run.Lines.Length - 1);
        Assert.Contains("vn.au.2025-07.01,Thành phố Hà Nội,0,0,0,1,0,0,0,1,\"1 of 1 done, 0 overdue\"", run.Lines);
    }

    [Fact]
    public void A_task_with_a_bad_date_is_bad_input_naming_the_file_and_the_member()
    {
        string file = Path.Combine(tool.WorkDirectory, "bad-tasks.json");
        File.WriteAllText(file, "[{\"id\":\"x\",\"assignedOn\":\"2025-13-01\",\"deadline\":\"on or before 2025-12-15\"}]");

        ToolRun run = tool.Run("track", file);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"orgmodel: {file}: task 1 ($[0]): $.assignedOn:", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }
}
