using OrgModel.Cli.Output;

namespace OrgModel.Cli.Commands;

/// <summary>A command whose result is a <see cref="RecordSet"/>: it gets <c>--format</c> and <c>--json</c>, and writes what its query returns.</summary>
internal static class ResultCommand
{
    public static Command Create(CliContext context, string name, string description, IEnumerable<Symbol> symbols, Func<ParseResult, RecordSet> query)
    {
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var json = CommonOptions.Json();
        var command = new Command(name, description);
        foreach (Symbol symbol in symbols)
        {
            switch (symbol)
            {
                case Argument a:
                    command.Add(a);
                    break;
                case Option o:
                    command.Add(o);
                    break;
            }
        }

        command.Add(format);
        command.Add(json);
        command.SetAction(result =>
        {
            context.Output.Write(query(result), CommonOptions.FormatOf(result, format, json));
            return ExitCodes.Success;
        });
        return command;
    }
}
