using System.Text.Json;

namespace OrgModel.Cli.Tests;

public sealed class ExportCommandTests(InstalledTool tool)
{
    [Fact]
    public void Popolo_of_a_province_holds_its_organisations()
    {
        ToolRun run = tool.Run("export", "--format", "popolo", "--root", "01", "--as-of", "2025-07-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        var organisations = Json.Parse(run.Output).GetProperty("organizations").EnumerateArray().ToList();
        Assert.Contains(organisations, o => o.Str("id") == "vn.au.2025-07.01" && o.Str("name") == "Thành phố Hà Nội");
        Assert.Contains(organisations, o => o.Str("name") == "Phường Ba Đình");
        Assert.DoesNotContain(organisations, o => o.Str("name") == "Tỉnh Tuyên Quang");
    }

    [Fact]
    public void Json_to_a_file_is_a_dated_chart()
    {
        string file = Path.Combine(tool.WorkDirectory, "hanoi.json");

        ToolRun run = tool.Run("export", "--root", "01", "--as-of", "2025-07-01", "-o", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Output);
        JsonElement chart = Json.Parse(File.ReadAllText(file));
        Assert.Equal("2025-07-01", chart.Str("date"));
        Assert.True(chart.GetProperty("organisations").GetArrayLength() > 100);
    }

    [Fact]
    public void Dot_of_a_province_has_a_node_per_organisation_with_diacritics()
    {
        ToolRun run = tool.Run("export", "--format", "dot", "--root", "12", "--as-of", "2025-07-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("digraph", run.Output, StringComparison.Ordinal);
        Assert.Contains("label=\"Tỉnh Lai Châu\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("->", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Mergers_as_mermaid_draw_the_old_provinces_into_the_new()
    {
        ToolRun run = tool.Run("export", "--format", "mermaid", "--mergers");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("flowchart LR", run.Output, StringComparison.Ordinal);
        Assert.Equal(63, run.Lines.Count(l => l.Contains("-->", StringComparison.Ordinal)));
    }

    [Fact]
    public void Svg_rolls_up_the_tasks_by_province()
    {
        ToolRun run = tool.Run("export", "--format", "svg", "--tasks", InstalledTool.Sample("tasks.json"),
            "--reports", InstalledTool.Sample("reports.json"), "--as-of", "2025-12-31");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("<svg", run.Output, StringComparison.Ordinal);
        Assert.Contains("</svg>", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gantt_without_a_roadmap_is_a_one_line_input_error()
    {
        ToolRun run = tool.Run("export", "--format", "gantt");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("orgmodel: --format gantt needs --roadmap.", run.Error.Trim());
    }
}
