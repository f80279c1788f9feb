namespace OrgModel.Cli.Tests;

public sealed class ParseCommandTests(InstalledTool tool)
{
    [Fact]
    public void A_document_number_as_json_has_its_canonical_form_and_parts()
    {
        ToolRun run = tool.Run("parse", "Số 201-KL/TW", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        var json = Json.Parse(run.Output);
        Assert.Equal("number", json.Str("type"));
        Assert.Equal("201-KL/TW", json.Str("canonical"));
        Assert.Equal("party", json.Str("form"));
        Assert.Equal(201, json.Int("number"));
        Assert.Equal("KL", json.Str("kindCode"));
        Assert.Equal("TW", json.Str("issuerCode"));
    }

    [Fact]
    public void A_state_number_typed_loosely_is_read_to_its_canonical_form()
    {
        var json = Json.Parse(tool.Run("parse", "30/2020/ND-CP", "--format", "json").Output);

        Assert.Equal("30/2020/NĐ-CP", json.Str("canonical"));
        Assert.Equal("state", json.Str("form"));
        Assert.Equal(2020, json.Int("year"));
    }

    [Fact]
    public void A_term_piped_is_plain_name_value_lines_without_escape_codes()
    {
        ToolRun run = tool.Run("parse", "khóa XIII");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("\u001b", run.Output, StringComparison.Ordinal);
        Assert.Contains(run.Lines, l => l.StartsWith("type", StringComparison.Ordinal) && l.EndsWith("term", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.StartsWith("actualStart", StringComparison.Ordinal) && l.EndsWith("2021-01-26", StringComparison.Ordinal));
        Assert.Contains(run.Lines, l => l.StartsWith("actualEnd", StringComparison.Ordinal) && l.EndsWith("2026-01-20", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deadline_phrase_takes_its_due_date_from_the_reference_day()
    {
        var json = Json.Parse(tool.Run("parse", "trước ngày 31/7", "--reference", "2025-04-14", "--json").Output);

        Assert.Equal("deadline", json.Str("type"));
        Assert.Equal("on or before 2025-07-31", json.Str("canonical"));
        Assert.Equal("2025-07-31", json.Str("dueDate"));
        Assert.Equal("2025-07-31T17:00:00Z", json.Str("passesAt"));
    }

    [Fact]
    public void A_lunar_date_gives_its_solar_day()
    {
        var json = Json.Parse(tool.Run("parse", "15/6 nhuận/2025", "--as", "lunar", "--json").Output);

        Assert.Equal("15/6n/2025", json.Str("canonical"));
        Assert.True(json.GetProperty("leapMonth").GetBoolean());
        Assert.Equal("2025-08-08", json.Str("solarDate"));
        Assert.Equal("Ất Tỵ", json.Str("yearName"));
    }

    [Fact]
    public void Csv_has_a_header_and_quotes_a_field_with_a_comma()
    {
        ToolRun run = tool.Run("parse", "399-QĐ/TW", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("input,type,canonical,", run.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("399-QĐ/TW,number,399-QĐ/TW,party,399,", run.Lines[1], StringComparison.Ordinal);
        Assert.Contains("\"regulation, decision\"", run.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_nothing_known_is_bad_input_in_one_line()
    {
        ToolRun run = tool.Run("parse", "30/20/NĐ-CP", "--as", "number");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(
            "orgmodel: Cannot parse \"30/20/NĐ-CP\" as a document number: at character 4, a year (4 digits followed by '/') or a code was expected after the first '/'.",
            run.Error.TrimEnd('\n'));
    }
}
