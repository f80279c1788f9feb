using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using OrgModel.Cli.Commands;
using OrgModel.Cli.Output;

namespace OrgModel.Cli;

/// <summary>The <c>orgmodel</c> command line: builds the commands, runs one, and turns every failure into one line and an exit code.</summary>
internal static class OrgModelCli
{
    public static int Run(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        Console.InputEncoding = new UTF8Encoding(false);
#pragma warning disable RS0030 // The library takes clocks; the tool is the one place where the system clock comes in.
        var context = new CliContext(Terminal.ForStandardOutput(), Console.Error, SystemClock.Instance)
#pragma warning restore RS0030
        {
            ErrorIsInteractive = !Console.IsErrorRedirected,
        };
        return Run(args, context);
    }

    public static int Run(string[] args, CliContext context)
    {
        try
        {
            ParseResult result = Build(context).Parse(args);
            if (result.Errors.Count > 0 && result.Action is ParseErrorAction)
            {
                string message = string.Join("; ", result.Errors.Select(e => e.Message.TrimEnd('.')).Distinct());
                context.Error.WriteLine($"orgmodel: {message}. Run '{CommandPath(result)} --help' for usage.");
                return ExitCodes.Usage;
            }

            return result.Invoke(new InvocationConfiguration
            {
                Output = context.Output.Writer,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e) when (IsBadInput(e))
        {
            context.Error.WriteLine($"orgmodel: {OneLine(e.Message)}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            context.Error.WriteLine($"orgmodel: internal error ({e.GetType().Name}): {OneLine(e.Message)}");
            return ExitCodes.Internal;
        }
    }

    private static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "orgmodel: Vietnam's Party–State organisation, documents, deadlines and calendar from the command line (OrgModel).\n\n"
            + "Examples:\n"
            + "  orgmodel parse 201-KL/TW\n"
            + "  orgmodel chart tree 01 --depth 1\n"
            + "  orgmodel calendar lunar 2026-02-17\n\n"
            + "Exit codes: 0 success, 1 bad input, 2 usage error.")
        {
            CommonOptions.Today,
            ParseCommand.Create(context),
            CiteCommand.Create(context),
            ChartCommand.Create(context),
            CalendarCommand.Create(context),
            TrackCommand.Create(context),
            ExportCommand.Create(context),
        };
        return root;
    }

    private static bool IsBadInput(Exception e) =>
        e is InputException or FormatException or JsonException or IOException or UnauthorizedAccessException
            or ArgumentException or InvalidOperationException;

    private static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();

    private static string CommandPath(ParseResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result.CommandResult; r is CommandResult c; r = c.Parent)
        {
            if (c.Command is not RootCommand)
            {
                names.Insert(0, c.Command.Name);
            }
        }

        names.Insert(0, "orgmodel");
        return string.Join(' ', names);
    }
}
