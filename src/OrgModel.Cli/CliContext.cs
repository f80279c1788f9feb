using OrgModel.Cli.Output;

namespace OrgModel.Cli;

/// <summary>What every command needs: where to write, and the clock that says what day it is.</summary>
internal sealed class CliContext(Terminal output, TextWriter error, IClock clock)
{
    public Terminal Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>True when standard error is a terminal: progress can be drawn there without mixing into the results.</summary>
    public bool ErrorIsInteractive { get; init; }

    public LocalDate Today(ParseResult result) => Dates.Today(clock, result.GetValue(CommonOptions.Today));
}
