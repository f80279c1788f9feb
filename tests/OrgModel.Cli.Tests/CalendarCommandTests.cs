namespace OrgModel.Cli.Tests;

public sealed class CalendarCommandTests(InstalledTool tool)
{
    [Fact]
    public void Tet_2026_is_the_first_day_of_the_lunar_year_and_a_holiday()
    {
        var json = Json.Parse(tool.Run("calendar", "lunar", "2026-02-17", "--json").Output);

        Assert.Equal("1/1/2026", json.Str("lunarDate"));
        Assert.Equal("Bính Ngọ", json.Str("yearName"));
        Assert.False(json.GetProperty("workingDay").GetBoolean());
        Assert.Equal("Tết Âm lịch", json.Str("holiday"));
    }

    [Fact]
    public void A_lunar_date_converts_back_to_its_solar_day()
    {
        var json = Json.Parse(tool.Run("calendar", "lunar", "10/3/2026", "--json").Output);

        Assert.Equal("2026-04-26", json.Str("solarDate"));
        Assert.Equal("Giỗ Tổ Hùng Vương", json.Str("holiday"));
    }

    [Fact]
    public void Working_days_skip_weekends_and_the_April_and_May_holidays()
    {
        var between = Json.Parse(tool.Run("calendar", "workdays", "2025-04-25", "2025-05-13", "--json").Output);
        var added = Json.Parse(tool.Run("calendar", "add", "2025-04-25", "10", "--json").Output);

        Assert.Equal(10, between.Int("workingDays"));
        Assert.Equal(18, between.Int("calendarDays"));
        Assert.Equal("2025-05-13", added.Str("date"));
    }

    [Fact]
    public void Holidays_as_csv_list_the_days_off_of_the_year()
    {
        ToolRun run = tool.Run("calendar", "holidays", "2026", "--format", "csv");

        Assert.Equal("date,dayOfWeek,vietnameseName,englishName,origin", run.Lines[0]);
        Assert.Contains(run.Lines, l => l.StartsWith("2026-01-01,Thursday,Tết Dương lịch,", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.StartsWith("2026-04-26,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_day_that_does_not_exist_is_bad_input()
    {
        ToolRun run = tool.Run("calendar", "lunar", "2025-02-30");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("orgmodel: the date \"2025-02-30\" is not a date: expected YYYY-MM-DD, for example 2025-07-01.\n", run.Error);
    }
}
