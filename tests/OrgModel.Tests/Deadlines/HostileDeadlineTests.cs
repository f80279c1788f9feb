using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;
using OrgModel.Tests.Tasks;

namespace OrgModel.Tests.Deadlines;

/// <summary>Issue 15, deadlines share: the objects keep their promises when callers are careless or hostile.</summary>
public class HostileDeadlineTests
{
    private static readonly LocalDate Day = new(2025, 7, 1);
    private static readonly LocalDate JulianDay = Day.WithCalendar(CalendarSystem.Julian);
    private static readonly YearMonth JulianMonth = new(2025, 7, CalendarSystem.Julian);
    private static readonly OrgId Politburo = OrgId.Parse("vn.party.politburo");

    private static Organisation Org(string id) => new(OrgId.Parse(id), OrganisationKind.PartyCommittee, OrgLevel.Central, id);

    private static TaskItem Task(string id = "t1", LocalDate? assignedOn = null) =>
        new(id, assignedOn ?? Day, "act", AssignmentScope.ForOrganisation(Politburo), Deadline.OnOrBefore(new LocalDate(2025, 12, 31)));

    private static Instant Noon(int y, int m, int d) => new LocalDateTime(y, m, d, 12, 0).InZoneStrictly(VietnamTime.Zone).ToInstant();

    // --- 1. Exposed collections are not writable storage ---------------------------------------------------------------

    private static void AssertNotWritable<T>(IEnumerable<T> exposed)
    {
        Assert.False(exposed is T[], $"{exposed.GetType()} is an array the caller can write.");
        Assert.False(exposed is List<T>, $"{exposed.GetType()} is a List the caller can write.");
        Assert.True(exposed is not IList<T> list || list.IsReadOnly, $"{exposed.GetType()} is a writable IList.");
    }

    private static void AssertNotWritable<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> exposed) =>
        Assert.True(exposed is not IDictionary<TKey, TValue> d || d.IsReadOnly, $"{exposed.GetType()} is a writable dictionary.");

    [Fact]
    public void RoadmapMilestones_CannotBeCastAndWritten()
    {
        var roadmap = new Roadmap("round", RoadmapTests.CongressRound());
        AssertNotWritable(roadmap.Milestones);
        AssertNotWritable(roadmap.Validate(Day));
        AssertNotWritable(Roadmap.Check(RoadmapTests.CongressRound(), Day));

        // The attack of the issue: a duplicate id and a dangling dependency slipped into a sound roadmap.
        if (roadmap.Milestones is List<Milestone> list)
        {
            list.Add(new Milestone("grassroots", "again", Deadline.ByEndOfYear(2025), ["nowhere"]));
        }

        Assert.Equal(4, roadmap.Milestones.Count);
    }

    [Fact]
    public void TrackerCollections_CannotBeCastAndWritten()
    {
        IReadOnlyList<Assignment> assignments = Task().Expand(VietnamReferenceData.OrgChart);
        AssertNotWritable(assignments);
        var tracker = new TaskTracker(assignments);
        AssertNotWritable(tracker.Assignments);
        AssertNotWritable(tracker.Statuses(Noon(2026, 1, 1)));
        AssertNotWritable(tracker.ByAssignee(Noon(2026, 1, 1)));
        AssertNotWritable(tracker.ByProvince(Noon(2026, 1, 1)));
        AssertNotWritable(tracker.ByDocument(Noon(2026, 1, 1)));

        // The attack of the issue: a null assignment that is still counted overdue.
        if (tracker.Assignments is Assignment[] array)
        {
            array[0] = null!;
        }

        Assert.NotNull(tracker.Assignments[0]);
    }

    [Fact]
    public void OtherDeadlineResults_AreNotWritable()
    {
        AssertNotWritable(new TaskItem("vague", Day).Missing());
        AssertNotWritable(AssignmentScope.EveryProvince(ScopeBody.Unit).Expand(VietnamReferenceData.OrgChart, Day));
        AssertNotWritable(Deadline.Recurring(RecurrenceFrequency.Monthly, 20).Occurrences(Day, Day.PlusMonths(6)));
        AssertNotWritable(Deadline.Ongoing.Occurrences(Day, Day));
    }

    // --- 2. Non-ISO dates are refused where they enter ------------------------------------------------------------------

    [Fact]
    public void NonIsoDates_AreRefused_NamingTheArgument()
    {
        static void Named(string name, Action call) => Assert.Equal(name, Assert.ThrowsAny<ArgumentException>(call).ParamName);

        Named("assignedOn", () => _ = new TaskItem("x", JulianDay));
        Named("completedOn", () => _ = new CompletionReport("x", Politburo, JulianDay));
        Named("day", () => Deadline.OnOrBefore(JulianDay));
        Named("day", () => Deadline.StrictlyBefore(JulianDay));
        Named("day", () => Deadline.Before(JulianDay));
        Named("month", () => Deadline.WithinMonth(JulianMonth));
        Named("anchor", () => Deadline.After(Period.FromMonths(6), JulianDay));
        Named("anchor", () => Deadline.WithinWorkingDays(10, JulianDay));
        Named("anchorDate", () => Deadline.After(Period.FromMonths(6)).AnchoredAt(JulianDay));
        Named("reference", () => Deadline.ParsePhrase("trước ngày 31/7", JulianDay));
        Named("anchor", () => Deadline.After(Period.FromMonths(6)).DueDate(JulianDay));
        Named("anchor", () => Deadline.Recurring(RecurrenceFrequency.Monthly, 5).WindowStart(JulianDay));
        Named("from", () => Deadline.Recurring(RecurrenceFrequency.Monthly, 5).Occurrences(JulianDay, Day.PlusYears(1)));
        Named("to", () => Deadline.Recurring(RecurrenceFrequency.Monthly, 5).Occurrences(Day, Day.PlusYears(1).WithCalendar(CalendarSystem.Julian)));
        Named("delivered", () => Deadline.OnOrBefore(Day).IsOnTime(JulianDay, Day));
        Named("date", () => AssignmentScope.EveryProvince(ScopeBody.Unit).Expand(VietnamReferenceData.OrgChart, JulianDay));
        Named("asOf", () => Task().Expand(VietnamReferenceData.OrgChart, JulianDay));
    }

    // --- 4. Silent failures become loud ----------------------------------------------------------------------------------

    [Fact]
    public void AScopeNamingAnOrganisationNotInTheChart_IsAnError_NotZeroAssignments()
    {
        var mistyped = new TaskItem("t", Day, "act", AssignmentScope.ForOrganisation(OrgId.Parse("vn.party.politbureau")), Deadline.ByEndOfYear(2025));
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => mistyped.Expand(VietnamReferenceData.OrgChart));
        Assert.Contains("vn.party.politbureau", e.Message, StringComparison.Ordinal);

        // The longest id is quoted, not echoed.
        var huge = AssignmentScope.ForOrganisation(OrgId.Parse("vn." + new string('a', 125)));
        ArgumentException h = Assert.ThrowsAny<ArgumentException>(() => huge.Expand(VietnamReferenceData.OrgChart, Day));
        Assert.True(h.Message.Length < 250, h.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AScopeNamingAnOrganisationThatNoLongerExists_IsAnError()
    {
        // Province 01 before the reform exists in the chart's history, but not on 1 January 2026.
        var gone = AssignmentScope.ForOrganisation(VietnamReferenceData.UnitIdBefore2025Reform("01"));
        Assert.Single(gone.Expand(VietnamReferenceData.OrgChart, new LocalDate(2025, 6, 30)));
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => gone.Expand(VietnamReferenceData.OrgChart, new LocalDate(2026, 1, 1)));
        Assert.Contains("2026-01-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReportWhoseTaskIdDiffersInCase_IsRefused()
    {
        TaskItem task = Task("Task-A");
        IReadOnlyList<Assignment> assignments = task.Expand(VietnamReferenceData.OrgChart);
        var report = new CompletionReport("task-a", Politburo, new LocalDate(2025, 8, 1));
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => new TaskTracker(assignments, [report]));
        Assert.Equal("reports", e.ParamName);
        Assert.Contains("task-a", e.Message, StringComparison.Ordinal);
        Assert.Contains("Task-A", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReportFromAnOrganisationWithoutTheAssignment_IsRefused()
    {
        TaskItem task = Task();
        IReadOnlyList<Assignment> assignments = task.Expand(VietnamReferenceData.OrgChart);
        var stranger = new CompletionReport(task.Id, OrgId.Parse("vn.party.secretariat"), new LocalDate(2025, 8, 1));
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => new TaskTracker(assignments, [stranger]));
        Assert.Equal("reports", e.ParamName);
        Assert.Contains("vn.party.secretariat", e.Message, StringComparison.Ordinal);

        var unknownTask = new CompletionReport("no-such-task", Politburo, new LocalDate(2025, 8, 1));
        Assert.Contains("no-such-task", Assert.ThrowsAny<ArgumentException>(() => new TaskTracker(assignments, [unknownTask])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReportDatedBeforeTheTaskWasAssigned_IsRefused()
    {
        TaskItem task = Task();
        IReadOnlyList<Assignment> assignments = task.Expand(VietnamReferenceData.OrgChart);
        var early = new CompletionReport(task.Id, Politburo, new LocalDate(2025, 6, 30));
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => new TaskTracker(assignments, [early]));
        Assert.Equal("reports", e.ParamName);
        Assert.Contains("2025-06-30", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReportingObligation_BecomesOverdue_WhenNotReportedByItsDueDate()
    {
        // "Report quarterly by day 15 of the last month of the quarter", owed from 1 July 2025.
        var quarterly = new ReportingObligation(Politburo, Deadline.Recurring(RecurrenceFrequency.Quarterly, 15, 3));
        Assert.Equal(AssignmentStatus.NotDue, quarterly.StatusAt(Noon(2025, 6, 1), Day));
        Assert.Equal(AssignmentStatus.InProgress, quarterly.StatusAt(Noon(2025, 9, 15), Day));
        Assert.Equal(AssignmentStatus.Overdue, quarterly.StatusAt(Noon(2025, 9, 16), Day));
        Assert.Equal(AssignmentStatus.InProgress, quarterly.StatusAt(Noon(2025, 9, 16), Day, [new LocalDate(2025, 9, 10)]));

        // Q3 reported late (on 20 September) still counts for Q3; Q4 is then owed by 15 December.
        Assert.Equal(AssignmentStatus.InProgress, quarterly.StatusAt(Noon(2025, 12, 15), Day, [new LocalDate(2025, 9, 20)]));
        Assert.Equal(AssignmentStatus.Overdue, quarterly.StatusAt(Noon(2025, 12, 16), Day, [new LocalDate(2025, 9, 20)]));

        // A one-off report behaves as an assignment with the same deadline.
        var once = new ReportingObligation(Politburo, Deadline.OnOrBefore(new LocalDate(2025, 11, 30)));
        Assert.Equal(AssignmentStatus.Overdue, once.StatusAt(Noon(2025, 12, 1), Day));
        Assert.Equal(AssignmentStatus.CompletedLate, once.StatusAt(Noon(2025, 12, 3), Day, [new LocalDate(2025, 12, 2)]));
        Assert.Equal(AssignmentStatus.CompletedOnTime, once.StatusAt(Noon(2025, 12, 3), Day, [new LocalDate(2025, 11, 2)]));

        Assert.Equal("reportedOn", Assert.ThrowsAny<ArgumentException>(() => once.StatusAt(Noon(2025, 12, 3), Day, [new LocalDate(2025, 6, 2)])).ParamName);
        Assert.Equal("anchor", Assert.ThrowsAny<ArgumentException>(() => once.StatusAt(Noon(2025, 12, 3), JulianDay)).ParamName);
    }

    // --- 5. Defaults ------------------------------------------------------------------------------------------------------

    [Fact]
    public void DefaultsOfTheDeadlineStructs_RoundTripThroughJson()
    {
        Assert.Equal(default, JsonSerializer.Deserialize(JsonSerializer.Serialize(default(Deadline), OrgModelJson.Context.Deadline), OrgModelJson.Context.Deadline));
        Assert.Equal(default, JsonSerializer.Deserialize(JsonSerializer.Serialize(default(StatusSummary), OrgModelJson.Context.StatusSummary), OrgModelJson.Context.StatusSummary));
    }

    // --- 6. Undefined enum values and bounded messages ---------------------------------------------------------------------

    [Fact]
    public void UndefinedEnumValues_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatusSummary(1, 0, 0, 0, 0, 0)[(AssignmentStatus)42]);
        Assert.Equal("principle", Assert.ThrowsAny<ArgumentException>(() => new TaskItem("x", Day).Missing((ClarityPrinciple)9)).ParamName);
        Assert.Equal("body", Assert.ThrowsAny<ArgumentException>(() => AssignmentScope.EveryProvince((ScopeBody)9)).ParamName);
        Assert.Equal("frequency", Assert.ThrowsAny<ArgumentException>(() => Deadline.Recurring((RecurrenceFrequency)2, 1)).ParamName);
        Assert.Equal("interpretation", Assert.ThrowsAny<ArgumentException>(() => Deadline.Before(Day, (BeforeInterpretation)7)).ParamName);
    }

    [Fact]
    public void RoadmapErrors_QuoteAtMostAHundredCharactersOfEachId_AndAFewProblems()
    {
        string longId = new('m', 10_000);
        Deadline d = Deadline.ByEndOfYear(2025);
        Milestone[] items = [.. Enumerable.Range(0, 1000).Select(i => new Milestone(longId + i, "x", d, ["missing" + longId]))];
        ArgumentException e = Assert.ThrowsAny<ArgumentException>(() => new Roadmap("r", items));
        Assert.True(e.Message.Length < 2_000, e.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(Roadmap.Check(items.Take(3), Day), p => Assert.True(p.Message.Length < 400));

        string huge = new('m', 1_000_000);
        string json = "{\"name\":\"r\",\"milestones\":[{\"id\":\"a\",\"name\":\"A\",\"deadline\":\"by the end of 2025\",\"dependsOn\":[\"" + huge + "\"]}]}";
        JsonException j = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, OrgModelJson.Context.Roadmap));
        Assert.True(j.Message.Length < 1_000, j.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // --- Hostile text: invisible format characters never truncate a deadline ---------------------------------------------

    [Fact]
    public void InvisibleCharacters_InAPhrase_AreRejectedOrIgnored_NeverTruncateIt()
    {
        string[] phrases = ["trước ngày 31/7/2025", "before July 31, 2025", "quý I/2026", "in 2026-Q1", "on or before 2025-07-31", "trong 10 ngày làm việc"];
        char[] invisible = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F', '\u0000', '\u2028', '\u202E'];
        var reference = new LocalDate(2025, 4, 14);
        foreach (string phrase in phrases)
        {
            Deadline plain = Deadline.ParsePhrase(phrase, reference);
            foreach (char c in invisible)
            {
                for (int at = 1; at < phrase.Length; at++)
                {
                    string hostile = phrase.Insert(at, c.ToString());
                    if (Deadline.TryParsePhrase(hostile, reference, out Deadline d))
                    {
                        Assert.True(d == plain, $"\"{hostile}\" (U+{(int)c:X4} at {at}) parsed as {d}, not {plain}.");
                    }
                }
            }
        }
    }
}
