using OrgModel.Cli.Output;

namespace OrgModel.Cli;

/// <summary>Options shared by several commands, and how their values are read.</summary>
internal static class CommonOptions
{
    /// <summary>
    /// The day the tool takes as today (in Vietnam): by default the system clock's, so that a test or a reproducible
    /// report can fix it. Every "as of" default comes from it.
    /// </summary>
    public static readonly Option<LocalDate?> Today = new("--today")
    {
        Description = "The day taken as today, YYYY-MM-DD (default: today in Vietnam, UTC+7, from the system clock).",
        HelpName = "date",
        Recursive = true,
        CustomParser = r => Dates.ParseOption(r),
    };

    public static Option<LocalDate?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "date",
        CustomParser = r => Dates.ParseOption(r),
    };

    /// <summary>A <c>--format</c> option limited to the formats a command can write.</summary>
    public static Option<OutputFormat> Format(params OutputFormat[] allowed)
    {
        var option = new Option<OutputFormat>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed.Select(Name))}.",
            HelpName = string.Join("|", allowed.Select(Name)),
            DefaultValueFactory = _ => OutputFormat.Table,
        };
        option.AcceptOnlyFromAmong(allowed.Select(Name).ToArray());
        return option;
    }

    /// <summary><c>--json</c>: the same as <c>--format json</c>.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Write JSON (the same as --format json)." };

    public static OutputFormat FormatOf(ParseResult result, Option<OutputFormat> format, Option<bool> json) =>
        result.GetValue(json) ? OutputFormat.Json : result.GetValue(format);

    public static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();
}
