using System.CommandLine;
using System.Text;
using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Serialization.Popolo;

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
        var command = new Command(
            "export",
            "Write the embedded reference chart (or a subtree of it, as of a date) as OrgModel JSON or Popolo JSON.\n\n"
            + "Examples:\n"
            + "  orgmodel export --format popolo --as-of 2025-07-01 -o chart.popolo.json\n"
            + "  orgmodel export --root 01 --as-of 2025-07-01 --format json")
        {
            format, asOf, root, output,
        };
        command.SetAction(result =>
        {
            OrgChart chart = VietnamReferenceData.OrgChart;
            LocalDate? day = result.GetValue(asOf);
            if (result.GetValue(root) is { } rootText)
            {
                LocalDate on = day ?? context.Today(result);
                chart = Subtree(chart.AsOf(on), rootText).AsOf(on);
            }
            else if (day is { } d)
            {
                chart = chart.AsOf(d);
            }

            string text = result.GetValue(format) switch
            {
                ExportFormat.Popolo => PopoloJson.Export(chart),
                _ => JsonSerializer.Serialize(chart, OrgModelJson.Context.OrgChart),
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
