using OrgModel.Diagrams;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Serialization.Popolo;
using OrgModel.Tasks;

namespace OrgModel.Cli.Commands;

/// <summary><c>orgmodel export</c>: the reference chart, or a subtree of it as of a date, in a file format.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<ExportFormat>("--format", "-f")
        {
            Description = "The format to write.",
            DefaultValueFactory = _ => ExportFormat.Json,
        };
        var asOf = CommonOptions.Date("--as-of", "The day of the chart, YYYY-MM-DD (default: the whole history, undated; with --root: today).");
        var root = new Option<string?>("--root")
        {
            Description = "Export only this organisation and everything under it (an id, an official code or a name).",
            HelpName = "organisation",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "file" };
        var mergers = new Option<bool>("--mergers") { Description = "With --format dot or mermaid: draw the province mergers that took effect on the --as-of day (default 2025-07-01) instead of the chart." };
        var roadmap = new Option<string?>("--roadmap") { Description = "For --format gantt: a JSON file holding one roadmap in OrgModel's form.", HelpName = "file" };
        var tasks = new Option<string?>("--tasks") { Description = "For --format svg: a JSON file of tasks (as for orgmodel track).", HelpName = "file" };
        var reports = new Option<string?>("--reports", "-r") { Description = "For --format svg: a JSON file of completion reports.", HelpName = "file" };
        var command = new Command(
            "export",
            "Write the embedded reference chart (or a subtree of it, as of a date) as OrgModel JSON, Popolo JSON, Graphviz DOT or\n"
            + "Mermaid; the 2025 province mergers as a diagram; a roadmap as a Mermaid Gantt chart; a tracker's roll-up by province as SVG.\n\n"
            + "Examples:\n"
            + "  orgmodel export --format popolo --as-of 2025-07-01 -o chart.popolo.json\n"
            + "  orgmodel export --root 01 --as-of 2025-07-01 --format json\n"
            + "  orgmodel export --root 12 --as-of 2025-07-01 --format dot | dot -Tsvg -o lai-chau.svg\n"
            + "  orgmodel export --format mermaid --mergers\n"
            + "  orgmodel export --format gantt --roadmap roadmap.json --as-of 2025-04-14\n"
            + "  orgmodel export --format svg --tasks tasks.json --reports reports.json --as-of 2025-12-31 -o rollup.svg")
        {
            format, asOf, root, output, mergers, roadmap, tasks, reports,
        };
        command.SetAction(result =>
        {
            ExportFormat chosen = result.GetValue(format);
            LocalDate? day = result.GetValue(asOf);
            string text = chosen switch
            {
                ExportFormat.Dot when result.GetValue(mergers) => MergerDiagram.ToDot(VietnamReferenceData.OrgChart, day ?? ProvinceMergers, OrgLevel.Province),
                ExportFormat.Mermaid when result.GetValue(mergers) => MergerDiagram.ToMermaid(VietnamReferenceData.OrgChart, day ?? ProvinceMergers, OrgLevel.Province),
                ExportFormat.Gantt => RoadmapDiagram.ToMermaidGantt(
                    TrackCommand.ReadOne(Required(result.GetValue(roadmap), "--roadmap", chosen), OrgModelJsonContext.Default.Roadmap, "roadmap"),
                    day ?? context.Today(result)),
                ExportFormat.Svg => StatusChart.ByProvinceToSvg(
                    TrackCommand.Tracker(Required(result.GetValue(tasks), "--tasks", chosen), result.GetValue(reports)),
                    day ?? context.Today(result)),
                _ => Chart(chosen, result.GetValue(root), day, context, result),
            };
            if (result.GetValue(output) is { } file)
            {
                File.WriteAllText(file, text + "\n", new UTF8Encoding(false));
            }
            else
            {
                context.Output.Writer.WriteLine(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The day the 63 provinces became 34 (Resolution 202/2025/QH15).</summary>
    private static readonly LocalDate ProvinceMergers = new(2025, 7, 1);

    private static string Required(string? value, string option, ExportFormat format) =>
        value ?? throw new InputException($"--format {ParseCommand.CamelCase(format.ToString())} needs {option}.");

    /// <summary>The chart formats: the whole chart or the subtree under <paramref name="rootText"/>, as of the day.</summary>
    private static string Chart(ExportFormat format, string? rootText, LocalDate? day, CliContext context, ParseResult result)
    {
        OrgChart chart = VietnamReferenceData.OrgChart;
        if (format is ExportFormat.Dot or ExportFormat.Mermaid)
        {
            LocalDate on = day ?? context.Today(result);
            OrgChart dated = chart.AsOf(on);
            if (rootText is not null)
            {
                OrgId top = OrgLookup.Find(dated, rootText).Id;
                return format == ExportFormat.Dot ? ChartDiagram.SubtreeToDot(chart, top, on) : ChartDiagram.SubtreeToMermaid(chart, top, on);
            }

            IEnumerable<OrgId> all = dated.Organisations.Select(o => o.Id);
            return format == ExportFormat.Dot ? ChartDiagram.ToDot(chart, all, on) : ChartDiagram.ToMermaid(chart, all, on);
        }

        if (rootText is not null)
        {
            LocalDate on = day ?? context.Today(result);
            chart = Subtree(chart.AsOf(on), rootText).AsOf(on);
        }
        else if (day is { } d)
        {
            chart = chart.AsOf(d);
        }

        return format == ExportFormat.Popolo ? PopoloJson.Export(chart) : JsonSerializer.Serialize(chart, OrgModelJson.Context.OrgChart);
    }

    /// <summary>A chart of one organisation and its descendants on the day of <paramref name="dated"/>, with the relations among them (not the change events, which reach outside).</summary>
    private static OrgChart Subtree(OrgChart dated, string rootText)
    {
        Organisation top = OrgLookup.Find(dated, rootText);
        var members = new HashSet<OrgId> { top.Id };
        var builder = new OrgChartBuilder().Add(top);
        foreach (Organisation o in dated.Descendants(top.Id))
        {
            members.Add(o.Id);
            builder.Add(o);
        }

        foreach (OrgRelation relation in dated.Relations)
        {
            if (members.Contains(relation.Source) && members.Contains(relation.Target))
            {
                builder.Add(relation);
            }
        }

        return builder.Build();
    }
}
