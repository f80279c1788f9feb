namespace OrgModel.Cli.Tests;

public sealed class ErrorAndHelpTests(InstalledTool tool)
{
    public static TheoryData<string> Commands =>
    [
        "", "parse", "cite", "chart", "chart tree", "chart search", "chart ancestors", "chart successors", "chart predecessors",
        "calendar", "calendar lunar", "calendar holidays", "calendar workdays", "calendar add", "track", "export",
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_on_every_command_shows_a_real_example(string command)
    {
        string[] args = [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];

        ToolRun run = tool.Run(args);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Example", run.Output, StringComparison.Ordinal);
        Assert.Contains($"  orgmodel {command}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_examples_in_the_help_run()
    {
        // The first example of each leaf command's help, run as written (with a fixed day): none is a usage error.
        foreach (string command in new[] { "parse", "chart tree", "chart search", "chart ancestors", "chart successors", "calendar lunar", "calendar holidays", "calendar workdays", "calendar add" })
        {
            ToolRun help = tool.Run([.. command.Split(' '), "--help"]);
            string example = help.Lines.First(l => l.StartsWith($"orgmodel {command}", StringComparison.Ordinal));
            ToolRun run = tool.Run([.. Words(example).Skip(1), "--today", "2025-07-01"]);
            Assert.True(run.ExitCode == 0, $"{example}: {run}");
        }
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_in_one_line()
    {
        ToolRun run = tool.Run("parse", "201-KL/TW", "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal("orgmodel: Unrecognized command or argument '--bogus'. Run 'orgmodel parse --help' for usage.\n", run.Error);
    }

    [Fact]
    public void A_missing_command_is_a_usage_error()
    {
        ToolRun run = tool.Run("chart");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("orgmodel: Required command was not provided", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_malformed_date_option_is_a_usage_error_and_bad_text_is_bad_input()
    {
        ToolRun usage = tool.Run("chart", "tree", "01", "--as-of", "2025-13-01");
        ToolRun input = tool.Run("parse", "no such thing");

        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("\"2025-13-01\" is not a date", usage.Error, StringComparison.Ordinal);
        Assert.Equal(1, input.ExitCode);
        Assert.DoesNotContain("   at ", usage.Error + input.Error, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Words(string line)
    {
        // Splits a help example as a shell would, keeping double-quoted words whole.
        var word = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line.Trim())
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
