using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.EntityFrameworkCore.Tracker;
using OrgModel.ReferenceData;
using OrgModel.Tasks;

namespace OrgModel.Service;

/// <summary>The tracker: tasks and reports in, statuses out, every answer computed in SQL.</summary>
internal static class TrackerEndpoints
{
    private const int ListLimit = 100;

    public static void Map(RouteGroupBuilder tracker)
    {
        tracker.MapPost("/tasks", AddTask).WithSummary("Stores a task, assigned to every organisation its leads reach in the reference chart.");
        tracker.MapPost("/reports", AddReport).WithSummary("Stores a completion report of an assigned task.");
        tracker.MapGet("/assignments", OfDocument).WithSummary("The assignments of a document's tasks and their status on a day (default: today in Vietnam).");
        tracker.MapGet("/summary", Summary).WithSummary("All assignments counted by status on a day.");
        tracker.MapGet("/provinces", ByProvince).WithSummary("The roll-up by province on a day.");
        tracker.MapGet("/overdue", Overdue).WithSummary("The number of overdue assignments on a day, and the first 100.");
    }

    private static async Task<Results<Created<TaskStored>, ProblemHttpResult>> AddTask(TaskItem task, ResolutionTrackerContext db, CancellationToken ct)
    {
        if (await db.Tasks.AnyAsync(t => t.Id == task.Id, ct))
        {
            return TypedResults.Problem($"The task '{task.Id}' is already tracked.", statusCode: 409, title: "Conflict.");
        }

        IReadOnlyList<Assignment> assignments;
        try
        {
            assignments = task.Expand(VietnamReferenceData.OrgChart);
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(e.Message, statusCode: 400, title: "The task's leads do not resolve.");
        }

        if (assignments.Count == 0)
        {
            return TypedResults.Problem("The task's leads reach no organisation of the reference chart on the day it was assigned.", statusCode: 400, title: "Nothing to track.");
        }

        db.AddTracker(new TaskTracker(assignments));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/tracker/assignments?task={Uri.EscapeDataString(task.Id)}", new TaskStored(task.Id, assignments.Count));
    }

    private static async Task<Results<Created, ProblemHttpResult>> AddReport(CompletionReport report, ResolutionTrackerContext db, CancellationToken ct)
    {
        LocalDate? assignedOn = await db.Assignments.Where(a => a.TaskId == report.TaskId && a.Assignee == report.Assignee)
            .Select(a => (LocalDate?)a.Task!.AssignedOn).FirstOrDefaultAsync(ct);
        if (assignedOn is null)
        {
            return TypedResults.Problem($"The task '{report.TaskId}' is not assigned to {report.Assignee}.", statusCode: 404, title: "Not found.");
        }

        if (report.CompletedOn < assignedOn)
        {
            return TypedResults.Problem($"The report is dated before the task was assigned ({assignedOn:uuuu-MM-dd}).", statusCode: 400, title: "The report is not valid.");
        }

        db.CompletionReports.Add(new TrackerCompletionReport { TaskId = report.TaskId, Assignee = report.Assignee, CompletedOn = report.CompletedOn, IsUpperBound = report.IsUpperBound, Evidence = report.EvidenceKey });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created();
    }

    private static async Task<Ok<IReadOnlyList<TrackerAssignmentStatus>>> OfDocument(DocumentNumber document, string? on, ResolutionTrackerContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.AssignmentsOfDocumentAsync(DocumentKey.Numbered(document), Day(on), cancellationToken: ct));

    private static async Task<Ok<StatusSummary>> Summary(string? on, ResolutionTrackerContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.SummaryAsync(Day(on), cancellationToken: ct));

    private static async Task<Ok<IReadOnlyList<ProvinceSummary>>> ByProvince(string? on, ResolutionTrackerContext db, CancellationToken ct)
    {
        IReadOnlyDictionary<Organisations.OrgId, StatusSummary> rows = await db.ByProvinceAsync(Day(on), cancellationToken: ct);
        return TypedResults.Ok<IReadOnlyList<ProvinceSummary>>([.. rows.OrderBy(r => r.Key).Select(r => new ProvinceSummary(r.Key, r.Value))]);
    }

    private static async Task<Ok<OverdueAnswer>> Overdue(string? on, ResolutionTrackerContext db, CancellationToken ct)
    {
        LocalDate day = Day(on);
        IQueryable<TrackerAssignment> overdue = db.Overdue(day);
        int count = await overdue.CountAsync(ct);
        var first = await overdue.OrderBy(a => a.Id).Take(ListLimit).Select(a => new { a.Id, a.TaskId, a.Assignee, a.Province, a.DueDate }).ToListAsync(ct);
        return TypedResults.Ok(new OverdueAnswer(day, count,
            first.ConvertAll(a => new TrackerAssignmentStatus(a.Id, a.TaskId, a.Assignee, a.Province, a.DueDate, AssignmentStatus.Overdue))));
    }

    // An ISO date, or today in Vietnam; NodaTime's UnparsableValueException is a FormatException, answered 400.
    private static LocalDate Day(string? on) =>
        on is null ? VietnamTime.DateAt(SystemClock.Instance.GetCurrentInstant()) : LocalDatePattern.Iso.Parse(on).GetValueOrThrow();
}
