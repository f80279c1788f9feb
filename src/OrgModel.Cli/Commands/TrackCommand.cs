using System.Text.Json.Serialization.Metadata;
using OrgModel.Cli.Output;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;

namespace OrgModel.Cli.Commands;

/// <summary><c>orgmodel track</c>: tasks and completion reports from JSON, expanded over the reference chart; status and roll-ups as of a date.</summary>
internal static class TrackCommand
{
    private static readonly string[] SummaryColumns =
        ["notDue", "inProgress", "overdue", "completedOnTime", "completedLate", "completedEarly", "noReport", "total", "summary"];

    public static Command Create(CliContext context)
    {
        var tasks = new Argument<string>("tasks") { Description = "A JSON file: an array of tasks (or one task) in OrgModel's task form." };
        var reports = new Option<string?>("--reports", "-r") { Description = "A JSON file: an array of completion reports ({\"taskId\", \"assignee\", \"completedOn\"})." };
        var asOf = CommonOptions.Date("--as-of", "The day of the status, in Vietnam, YYYY-MM-DD (default: today).");
        var by = new Option<RollUp>("--by")
        {
            Description = "What to show: the overall summary, or one row per task, province, assignee, document or assignment.",
            DefaultValueFactory = _ => RollUp.Summary,
        };
        var unknown = new Option<bool>("--missing-unknown")
        {
            Description = "Count an assignment past due with no report as \"not reported\" instead of overdue (for reports gathered from the news).",
        };
        return ResultCommand.Create(
            context,
            "track",
            "Track tasks: expand each task over the reference chart, apply the completion reports, and show the status as of a date.\n\n"
            + "Examples:\n"
            + "  orgmodel track tasks.json --reports reports.json --as-of 2025-12-31\n"
            + "  orgmodel track tasks.json -r reports.json --as-of 2025-12-31 --by province --format csv",
            [tasks, reports, asOf, by, unknown],
            result =>
            {
                OrgChart chart = VietnamReferenceData.OrgChart;
                TaskTracker tracker = Tracker(result.GetRequiredValue(tasks), result.GetValue(reports));
                if (result.GetValue(unknown))
                {
                    tracker = tracker.WithMissingReports(MissingReports.AreUnknown);
                }

                return Rows(tracker, chart, result.GetValue(asOf) ?? context.Today(result), result.GetValue(by));
            });
    }

    /// <summary>The tracker of the tasks in <paramref name="tasksFile"/> expanded over the reference chart, with the reports in <paramref name="reportsFile"/>.</summary>
    internal static TaskTracker Tracker(string tasksFile, string? reportsFile)
    {
        IReadOnlyList<TaskItem> items = ReadList(tasksFile, OrgModelJsonContext.Default.TaskItem, "task");
        IReadOnlyList<CompletionReport> done = reportsFile is null ? [] : ReadList(reportsFile, OrgModelJsonContext.Default.CompletionReport, "report");
        OrgChart chart = VietnamReferenceData.OrgChart;
        return new TaskTracker(items.SelectMany(t => t.Expand(chart)), done);
    }

    /// <summary>Reads exactly one value from a JSON file; an error names the file.</summary>
    internal static T ReadOne<T>(string file, JsonTypeInfo<T> type, string what)
    {
        List<T> list = ReadList(file, type, what);
        return list.Count == 1 ? list[0] : throw new InputException($"{file}: expected one {what}, found {list.Count}.");
    }

    private static RecordSet Rows(TaskTracker tracker, OrgChart chart, LocalDate day, RollUp by)
    {
        switch (by)
        {
            case RollUp.Assignment:
                var rows = new RecordSet("task", "assignee", "name", "province", "dueDate", "completedOn", "status");
                IReadOnlyList<AssignmentStatus> statuses = tracker.Statuses(day);
                for (int i = 0; i < tracker.Count; i++)
                {
                    Assignment a = tracker.Assignments[i];
                    rows.Add(a.Task.Id, a.Assignee.Id.ToString(), a.Assignee.Name, a.Province?.Name, Dates.Iso(a.DueDate),
                        Dates.Iso(a.Completion?.CompletedOn), ParseCommand.CamelCase(statuses[i].ToString()));
                }

                return rows;
            case RollUp.Task:
                return Grouped("task", tracker.ByTask(day).Select(kv => (kv.Key, (string?)null, kv.Value)));
            case RollUp.Province:
                return Grouped("province", tracker.ByProvince(day).Select(kv => (kv.Key.ToString(), chart.Find(kv.Key)?.Name, kv.Value)));
            case RollUp.Assignee:
                return Grouped("assignee", tracker.ByAssignee(day).Select(kv => (kv.Key.ToString(), chart.Find(kv.Key)?.Name, kv.Value)));
            case RollUp.Document:
                return Grouped("document", tracker.ByDocumentKey(day).Select(kv => (kv.Key.ToString(), (string?)null, kv.Value)));
            default:
                var set = new RecordSet(["asOf", .. SummaryColumns, "provinces"]) { IsSingle = true };
                StatusSummary s = tracker.Summary(day);
                set.Add([Dates.Iso(day), .. Counts(s), tracker.ProvincesSummary(day).ToString()]);
                return set;
        }
    }

    private static RecordSet Grouped(string key, IEnumerable<(string Key, string? Name, StatusSummary Summary)> groups)
    {
        var set = new RecordSet([key, "name", .. SummaryColumns]);
        foreach ((string k, string? name, StatusSummary s) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            set.Add([k, name, .. Counts(s)]);
        }

        return set;
    }

    private static object?[] Counts(StatusSummary s) =>
        [s.NotDue, s.InProgress, s.Overdue, s.CompletedOnTime, s.CompletedLate, s.CompletedEarly, s.NoReport, s.Total, s.ToString()];

    /// <summary>Reads a JSON array of values (or one value) strictly; an error names the file and the item.</summary>
    private static List<T> ReadList<T>(string file, JsonTypeInfo<T> type, string what)
    {
        if (!File.Exists(file))
        {
            throw new InputException($"no file \"{file}\".");
        }

        string text = File.ReadAllText(file);
        if (text.Length > OrgModelJson.MaxDocumentLength)
        {
            throw new InputException($"{file}: the file is longer than {OrgModelJson.MaxDocumentLength} characters.");
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(text);
            JsonElement root = document.RootElement;
            IEnumerable<JsonElement> elements = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : [root];
            var list = new List<T>();
            int index = 0;
            foreach (JsonElement element in elements)
            {
                try
                {
                    list.Add(element.Deserialize(type) ?? throw new JsonException($"$: a {what} is null."));
                }
                catch (JsonException e) when (root.ValueKind == JsonValueKind.Array)
                {
                    throw new InputException($"{file}: {what} {index + 1} ($[{index}]): {e.Message}", e);
                }

                index++;
            }

            return list;
        }
        catch (JsonException e)
        {
            throw new InputException($"{file}: {e.Message}", e);
        }
    }

    private enum RollUp
    {
        Summary,
        Task,
        Province,
        Assignee,
        Document,
        Assignment,
    }
}
