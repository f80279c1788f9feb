using System.Text.Json;

namespace OrgModel.Cli.Tests;

public sealed class ChartCommandTests(InstalledTool tool)
{
    [Fact]
    public void A_subtree_as_json_nests_the_communes_under_their_province()
    {
        ToolRun run = tool.Run("chart", "tree", "01", "--as-of", "2025-07-01", "--depth", "1", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement root = Json.Parse(run.Output);
        Assert.Equal("Thành phố Hà Nội", root.Str("name"));
        Assert.Equal("vn.au.2025-07.01", root.Str("id"));
        var children = root.GetProperty("children").EnumerateArray().ToList();
        Assert.Contains(children, c => c.Str("name") == "Phường Ba Đình" && c.Str("code") == "00004");
        Assert.All(children, c => Assert.False(c.TryGetProperty("children", out _)));
    }

    [Fact]
    public void A_piped_tree_is_indented_text()
    {
        ToolRun run = tool.Run("chart", "tree", "Thành phố Hà Nội", "--as-of", "2025-07-01", "--depth", "1");

        string[] lines = run.Output.Split('\n');
        Assert.Equal("Thành phố Hà Nội [01]", lines[0]);
        Assert.Contains("  Phường Ba Đình [00004]", lines);
    }

    [Fact]
    public void Search_as_json_lines_ranks_the_city_first()
    {
        var rows = Json.Lines(tool.Run("chart", "search", "ha noi", "--as-of", "2025-07-01", "--limit", "3", "--format", "jsonl"));

        Assert.Equal(3, rows.Count);
        Assert.Equal("Thành phố Hà Nội", rows[0].Str("name"));
    }

    [Fact]
    public void The_chart_follows_the_day_given_by_today()
    {
        var before = Json.Lines(tool.Run("chart", "search", "Trúc Bạch", "--today", "2025-06-30", "--format", "jsonl"));
        var after = Json.Lines(tool.Run("chart", "search", "Trúc Bạch", "--today", "2025-07-01", "--format", "jsonl"));

        Assert.Contains(before, o => o.Str("name") == "Phường Trúc Bạch" && o.Str("code") == "00004");
        Assert.DoesNotContain(after, o => o.Str("name") == "Phường Trúc Bạch");
    }

    [Fact]
    public void Ancestors_of_a_ward_after_the_reform_is_its_city()
    {
        var rows = Json.Parse(tool.Run("chart", "ancestors", "00004", "--as-of", "2025-07-01", "--json").Output).EnumerateArray().ToList();

        Assert.Equal(["Thành phố Hà Nội"], rows.Select(r => r.Str("name")));
    }

    [Fact]
    public void Successors_cross_the_2025_mergers()
    {
        var province = Json.Parse(tool.Run("chart", "successors", "02", "--as-of", "2025-07-01", "--json").Output).EnumerateArray().ToList();
        var ward = Json.Parse(tool.Run("chart", "successors", "00004", "--as-of", "2025-07-01", "--json").Output).EnumerateArray().ToList();

        Assert.Equal(["Tỉnh Tuyên Quang"], province.Select(r => r.Str("name")));
        Assert.Equal(["Phường Ba Đình"], ward.Select(r => r.Str("name")));
    }

    [Fact]
    public void An_unknown_organisation_is_bad_input()
    {
        ToolRun run = tool.Run("chart", "tree", "zzzz", "--as-of", "2025-07-01");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("orgmodel: no organisation \"zzzz\" in the chart on 2025-07-01", run.Error, StringComparison.Ordinal);
    }
}
