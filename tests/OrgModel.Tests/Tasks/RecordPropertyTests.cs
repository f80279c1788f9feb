using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;
using OrgModel.Testing;

namespace OrgModel.Tests.Tasks;

/// <summary>Properties of what issue 17 added to the record.</summary>
public class RecordPropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(100);

    [Fact]
    public void EveryScope_RoundTripsThroughJson() => Prop.ForAll(OrgGenerators.AnyAssignmentScope.ToArbitrary(), scope =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(scope, OrgModelJson.Context.AssignmentScope), OrgModelJson.Context.AssignmentScope)!.Equals(scope)).Check(Quick);

    [Fact]
    public void EveryConflictingFact_RoundTripsThroughJson() => Prop.ForAll(OrgGenerators.ConflictingFact.ToArbitrary(), fact =>
    {
        ConflictingFact back = JsonSerializer.Deserialize(JsonSerializer.Serialize(fact, OrgModelJson.Context.ConflictingFact), OrgModelJson.Context.ConflictingFact)!;
        return back.Id == fact.Id && back.DefaultIndex == fact.DefaultIndex && back.Readings.SequenceEqual(fact.Readings);
    }).Check(Quick);

    [Fact]
    public void ReportsLinksAndDeliveries_RoundTripThroughJson()
    {
        Prop.ForAll(OrgGenerators.AnyCompletionReport.ToArbitrary(), r =>
        {
            CompletionReport back = JsonSerializer.Deserialize(JsonSerializer.Serialize(r, OrgModelJson.Context.CompletionReport), OrgModelJson.Context.CompletionReport)!;
            return back.IsUpperBound == r.IsUpperBound && back.ToString() == r.ToString();
        }).Check(Quick);
        Prop.ForAll(OrgGenerators.ReportDelivery.ToArbitrary(), d =>
            JsonSerializer.Deserialize(JsonSerializer.Serialize(d, OrgModelJson.Context.ReportDelivery), OrgModelJson.Context.ReportDelivery)!.Equals(d)).Check(Quick);
        Prop.ForAll(OrgGenerators.TaskLink.ToArbitrary(), l =>
            JsonSerializer.Deserialize(JsonSerializer.Serialize(l, OrgModelJson.Context.TaskLink), OrgModelJson.Context.TaskLink)!.Equals(l)).Check(Quick);
    }

    [Fact]
    public void LinksToEarlierTasks_AreValid_AndALinkBackMakesACycle() => Prop.ForAll(OrgGenerators.LinkedTasks.ToArbitrary(), tasks =>
    {
        TaskItem.ValidateLinks(tasks);
        TaskItem last = tasks[^1];
        TaskItem target = tasks.First(t => t.Id == last.Links[0].Target);
        TaskItem back = target.WithLinks([.. target.Links, new TaskLink(TaskLinkKind.DependsOn, last.Id)]);
        var withCycle = tasks.Select(t => t.Id == target.Id ? back : t).ToArray();
        return Assert.Throws<ArgumentException>(() => TaskItem.ValidateLinks(withCycle)).ParamName == "tasks"
            && tasks.Select(t => JsonSerializer.Deserialize(JsonSerializer.Serialize(t, OrgModelJson.Context.TaskItem), OrgModelJson.Context.TaskItem)!.Links.SequenceEqual(t.Links)).All(x => x);
    }).Check(Quick);

    [Fact]
    public void ABound_GivesTheStatusOfAnExactReportOnTheSameDay() => Prop.ForAll(OrgGenerators.Assignment.ToArbitrary(), OrgGenerators.DeadlineDay.ToArbitrary(), (a, day) =>
    {
        LocalDate done = a.Task.AssignedOn.PlusDays(Math.Abs(Period.Between(a.Task.AssignedOn, day, PeriodUnits.Days).Days) % 400);
        Assignment exact = a.WithCompletion(new CompletionReport(a.Task.Id, a.Assignee.Id, done));
        Assignment bound = a.WithCompletion(CompletionReport.NoLaterThan(a.Task.Id, a.Assignee.Id, done));
        return exact.StatusOn(day) == bound.StatusOn(day);
    }).Check(Quick);

    [Fact]
    public void AUnion_ReachesExactlyWhatItsPartsReach() => Prop.ForAll(UnionsOverTheReferenceChart().ToArbitrary(), x =>
    {
        (AssignmentScope union, LocalDate day) = x;
        OrgChart chart = VietnamReferenceData.OrgChart;
        var expected = union.Parts.SelectMany(p => p.Expand(chart, day)).Select(o => o.Id).ToHashSet();
        IReadOnlyList<Organisation> got = union.Expand(chart, day);
        return got.Count == expected.Count && got.All(o => expected.Contains(o.Id));
    }).Check(Config.QuickThrowOnFailure.WithMaxTest(20));

    [Fact]
    public void RollUpsAcrossTheMergers_ConserveCounts() => Prop.ForAll(OrgGenerators.DeadlineDay.ToArbitrary(), day =>
    {
        TaskTracker tracker = ProvincesTracker.Value;
        int before = tracker.ByProvince(day).Values.Sum(s => s.Total);
        IReadOnlyDictionary<OrgId, StatusSummary> merged = tracker.ByProvince(day, VietnamReferenceData.OrgChart);
        return merged.Values.Sum(s => s.Total) == before && before == 63 && merged.Values.Aggregate(default(StatusSummary), (a, b) => a + b) == tracker.Summary(day);
    }).Check(Config.QuickThrowOnFailure.WithMaxTest(30));

    private static readonly Lazy<TaskTracker> ProvincesTracker = new(() => new TaskTracker(new TaskItem(
        "45-CT/TW#draft-documents", new LocalDate(2025, 4, 14), leads: AssignmentScope.EveryProvince(ScopeBody.PartyCommittee).WithUnitForMissingBody(),
        deadline: OrgModel.Deadlines.Deadline.Parse("before 30 June 2025")).Expand(VietnamReferenceData.OrgChart)));

    private static Gen<(AssignmentScope, LocalDate)> UnionsOverTheReferenceChart()
    {
        AssignmentScope[] parts =
        [
            AssignmentScope.EveryProvince(ScopeBody.Unit), AssignmentScope.EveryProvince(ScopeBody.PartyCommittee),
            AssignmentScope.PartyCommitteesDirectlyUnderCentralCommittee, AssignmentScope.EveryMinistryAndProvince,
            AssignmentScope.CommunesOfProvince("01", ScopeBody.PeoplesCommittee), AssignmentScope.ForOrganisation(OrgId.Parse("vn.party.politburo")),
        ];
        return from a in Gen.Elements(parts) from b in Gen.Elements(parts) from day in Gen.Elements(new LocalDate(2025, 4, 14), new LocalDate(2025, 12, 15))
               select (AssignmentScope.Union(a, b), day);
    }
}
