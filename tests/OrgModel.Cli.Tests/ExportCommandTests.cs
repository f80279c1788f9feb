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
}
