using System.CommandLine.Parsing;
using NodaTime.Text;
using OrgModel.Deadlines;

namespace OrgModel.Cli;

/// <summary>ISO dates on the command line, and today from the clock.</summary>
internal static class Dates
{
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string? Iso(LocalDate? date) => date is { } d ? Iso(d) : null;

    public static bool TryParse(string text, out LocalDate date)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text.Trim());
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    /// <summary>Reads an ISO date argument, or throws <see cref="InputException"/> saying what was expected.</summary>
    public static LocalDate Parse(string text, string what) =>
        TryParse(text, out LocalDate date) ? date : throw new InputException($"{what} \"{text}\" is not a date: expected YYYY-MM-DD, for example 2025-07-01.");

    /// <summary>Parses an option's value as an ISO date; a bad value is a usage error.</summary>
    public static LocalDate? ParseOption(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        string text = result.Tokens[0].Value;
        if (TryParse(text, out LocalDate date))
        {
            return date;
        }

        result.AddError($"\"{text}\" is not a date: expected YYYY-MM-DD, for example 2025-07-01.");
        return null;
    }

    /// <summary>Today in Vietnam by <paramref name="clock"/>, unless the command line names the day.</summary>
    public static LocalDate Today(IClock clock, LocalDate? overridden) =>
        overridden ?? clock.GetCurrentInstant().InZone(VietnamTime.Zone).Date;
}
