using OrgModel.Cli.Output;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Cli.Commands;

/// <summary><c>orgmodel chart</c>: the embedded reference chart as of a date.</summary>
internal static class ChartCommand
{
    private static readonly string[] Columns = ["id", "code", "name", "englishName", "kind", "level", "validFrom", "validTo"];

    public static Command Create(CliContext context) => new(
        "chart",
        "Query the embedded chart of Vietnam's Party and State bodies and administrative units as of a date.\n\n"
        + "Examples:\n"
        + "  orgmodel chart tree 01 --depth 1\n"
        + "  orgmodel chart search \"ha noi\" --as-of 2025-07-01\n"
        + "  orgmodel chart successors 02 --as-of 2025-07-01")
    {
        Tree(context), Search(context), Ancestors(context), Successors(context), Predecessors(context),
    };

    private static Command Tree(CliContext context)
    {
        var org = OrgArgument();
        var asOf = AsOf();
        var depth = new Option<int?>("--depth") { Description = "How many levels below the organisation to show (default: all)." };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var json = CommonOptions.Json();
        var command = new Command(
            "tree",
            "Show an organisation and everything under it, as of a date.\n\nExample:\n  orgmodel chart tree \"Thành phố Hà Nội\" --as-of 2025-07-01 --depth 1")
        {
            org, asOf, depth, format, json,
        };
        command.SetAction(result =>
        {
            OrgChart chart = ChartOn(context, result, asOf);
            Organisation root = OrgLookup.Find(chart, result.GetRequiredValue(org));
            int? levels = result.GetValue(depth);
            if (levels < 0)
            {
                throw new InputException($"--depth must be 0 or more, not {levels}.");
            }

            context.Output.Write(Node(chart, root, levels ?? int.MaxValue), CommonOptions.FormatOf(result, format, json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Search(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Words of a name, Vietnamese or English; diacritics and case do not matter." };
        var asOf = AsOf();
        var limit = new Option<int>("--limit") { Description = "At most this many results.", DefaultValueFactory = _ => 20 };
        return ListCommand(
            context,
            "search",
            "Find organisations by name, best matches first.\n\nExample:\n  orgmodel chart search \"ha noi\" --limit 3",
            [query, asOf, limit],
            result => ChartOn(context, result, asOf).Search(result.GetRequiredValue(query)).Take(Math.Max(0, result.GetValue(limit))));
    }

    private static Command Ancestors(CliContext context)
    {
        var org = OrgArgument();
        var asOf = AsOf();
        return ListCommand(
            context,
            "ancestors",
            "List the organisations above one, nearest first, as of a date.\n\nExample:\n  orgmodel chart ancestors 00004 --as-of 2025-07-01",
            [org, asOf],
            result =>
            {
                OrgChart chart = ChartOn(context, result, asOf);
                Organisation o = OrgLookup.Find(chart, result.GetRequiredValue(org));
                var list = new List<Organisation>();
                foreach (Organisation a in chart.Ancestors(o.Id))
                {
                    list.Add(a);
                }

                return list;
            });
    }

    private static Command Successors(CliContext context)
    {
        var org = OrgArgument();
        var asOf = AsOf();
        var on = CommonOptions.Date(
            "--on", "The day on which a code or name is looked up (default: 2025-06-30, the last day before the two-tier reform).");
        return ListCommand(
            context,
            "successors",
            "List what an organisation became through the mergers up to a date (itself if nothing changed).\n\n"
            + "Example:\n  orgmodel chart successors 02 --as-of 2025-07-01",
            [org, asOf, on],
            result =>
            {
                OrgChart history = VietnamReferenceData.OrgChart;
                LocalDate lookUp = result.GetValue(on) ?? VietnamReferenceData.TwoTierReformDate.PlusDays(-1);
                Organisation o = OrgLookup.Find(history.AsOf(lookUp), result.GetRequiredValue(org));
                return history.Successors(o.Id, result.GetValue(asOf) ?? context.Today(result));
            });
    }

    private static Command Predecessors(CliContext context)
    {
        var org = OrgArgument();
        var asOf = AsOf();
        return ListCommand(
            context,
            "predecessors",
            "List the organisations an organisation was formed from.\n\nExample:\n  orgmodel chart predecessors 00004 --as-of 2025-07-01",
            [org, asOf],
            result => VietnamReferenceData.OrgChart.Predecessors(OrgLookup.Find(ChartOn(context, result, asOf), result.GetRequiredValue(org)).Id));
    }

    private static Command ListCommand(CliContext context, string name, string description, Symbol[] symbols, Func<ParseResult, IEnumerable<Organisation>> query) =>
        ResultCommand.Create(context, name, description, symbols, result =>
        {
            var set = new RecordSet(Columns);
            foreach (Organisation o in query(result))
            {
                set.Add(Values(o));
            }

            return set;
        });

    private static object?[] Values(Organisation o) =>
        [o.Id.ToString(), o.Code, o.Name, o.EnglishName, ParseCommand.CamelCase(o.Kind.ToString()), ParseCommand.CamelCase(o.Level.ToString()),
         Dates.Iso(o.ValidFrom), Dates.Iso(o.ValidTo)];

    private static TreeNode Node(OrgChart chart, Organisation o, int levels)
    {
        IReadOnlyList<TreeNode> children = levels == 0 ? [] : chart.Children(o.Id).Select(c => Node(chart, c, levels - 1)).ToList();
        var fields = Columns.Zip(Values(o), (k, v) => new KeyValuePair<string, object?>(k, v)).ToList();
        string label = o.Code is null ? $"{o.Name} ({o.Id})" : $"{o.Name} [{o.Code}]";
        return new TreeNode(label, fields, children);
    }

    private static OrgChart ChartOn(CliContext context, ParseResult result, Option<LocalDate?> asOf) =>
        VietnamReferenceData.OrgChart.AsOf(result.GetValue(asOf) ?? context.Today(result));

    private static Argument<string> OrgArgument() => new("organisation")
    {
        Description = "An id (vn.au.2025-07.01), an official code (01, 00004) or a name (\"Hà Nội\", \"National Assembly\").",
    };

    private static Option<LocalDate?> AsOf() => CommonOptions.Date("--as-of", "The day of the chart, YYYY-MM-DD (default: today).");
}
