using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;

namespace OrgModel.Tests.Tasks;

/// <summary>Who must do it, as the texts say it: unions, the groups the texts name, provincial courts and inspection
/// commissions, the 63 provinces before 1 July 2025, and roll-ups across the 2025 mergers.</summary>
public class ScopeSelectorTests
{
    private static readonly LocalDate December = new(2025, 12, 15);

    // Directive 45-CT/TW (14 Apr 2025): provincial Party committees' draft congress documents completed before 30 Jun 2025.
    private static readonly LocalDate Directive45 = new(2025, 4, 14);

    private static readonly LocalDate Reform = VietnamReferenceData.TwoTierReformDate;

    private static OrgChart Chart => VietnamReferenceData.OrgChart;

    [Fact]
    public void PartyCommitteesDirectlyUnderTheCentralCommittee_AreTheSixCentralOnesAndThe34Provincial()
    {
        IReadOnlyList<Organisation> all = AssignmentScope.PartyCommitteesDirectlyUnderCentralCommittee.Expand(Chart, December);
        Assert.Equal(40, all.Count);
        Assert.Equal(34, all.Count(o => o.Level == OrgLevel.Province));
        Assert.All(all, o => Assert.Equal(OrganisationKind.PartyCommittee, o.Kind));
        Assert.Contains(all, o => o.EnglishName == "Central Military Commission");
    }

    [Fact]
    public void EveryMinistrySectorAndLocality_IsTheMinistriesAndEveryProvincialPeoplesCommittee()
    {
        IReadOnlyList<Organisation> all = AssignmentScope.EveryMinistryAndProvince.Expand(Chart, December);
        Assert.Equal(34, all.Count(o => o.Kind == OrganisationKind.PeoplesCommittee));
        Assert.Equal(17, all.Count(o => o.Kind == OrganisationKind.Ministry));
        Assert.Equal(51, all.Count);
    }

    [Fact]
    public void AUnion_ListsEachOrganisationOnce()
    {
        OrgId hanoiParty = Chart.AsOf(December).BodiesOf(VietnamReferenceData.UnitId2025("01"))!.PartyCommittee!.Id;
        var scope = AssignmentScope.Union(AssignmentScope.EveryProvince(ScopeBody.PartyCommittee), AssignmentScope.ForOrganisation(hanoiParty));
        Assert.Equal(34, scope.Expand(Chart, December).Count);
        Assert.Equal(2, scope.Parts.Count);

        // A union inside a union is flattened.
        var nested = AssignmentScope.Union(scope, AssignmentScope.EveryProvince(ScopeBody.Unit));
        Assert.Equal(3, nested.Parts.Count);
        Assert.Equal(68, nested.Expand(Chart, December).Count);
    }

    [Fact]
    public void ScopesRefuseWhatCannotBeTracked_NamingTheArgument()
    {
        Assert.Equal("parts", Assert.Throws<ArgumentException>(() => AssignmentScope.Union(AssignmentScope.EveryProvince(ScopeBody.Unit))).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentException>(() => AssignmentScope.Union(AssignmentScope.EveryProvince(ScopeBody.Unit), null!)).ParamName);
        Assert.Equal("superior", Assert.Throws<ArgumentException>(() => AssignmentScope.DirectlyUnder(default)).ParamName);
        Assert.Equal("parent", Assert.Throws<ArgumentException>(() => AssignmentScope.ChildrenOf(default, OrganisationKind.Ministry)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => AssignmentScope.ChildrenOf(OrgId.Parse("vn.state.government"), (OrganisationKind)99));
        Assert.Throws<ArgumentException>(() => AssignmentScope.DirectlyUnder(OrgId.Parse("vn.party.no-such-committee")).Expand(Chart, December));
    }

    [Fact]
    public void BeforeJuly2025_EveryProvincialPartyCommittee_ReachesThe63Provinces_WhenTheUnitStandsForItsBody()
    {
        // The chart holds the 63 provincial Party committees before July 2025 (not their People's Committees).
        Assert.Equal(63, AssignmentScope.EveryProvince(ScopeBody.PartyCommittee).Expand(Chart, Directive45).Count);
        var plain = AssignmentScope.EveryProvince(ScopeBody.PeoplesCommittee);
        Assert.Empty(plain.Expand(Chart, Directive45));
        AssignmentScope scope = plain.WithUnitForMissingBody();
        Assert.True(scope.UnitStandsForMissingBody);
        Assert.Same(scope, scope.WithUnitForMissingBody());
        Assert.Equal(63, scope.Expand(Chart, Directive45).Count);

        // Where the chart holds the body it is addressed, as before.
        Assert.All(scope.Expand(Chart, December), o => Assert.Equal(OrganisationKind.PeoplesCommittee, o.Kind));
    }

    [Fact]
    public void April2025TasksTo63Provinces_RollUpTo34After1July2025_ConservingCounts()
    {
        var task = new TaskItem(
            "45-CT/TW#draft-documents", Directive45, "complete the draft congress documents",
            AssignmentScope.EveryProvince(ScopeBody.PartyCommittee).WithUnitForMissingBody(), Deadline.Parse("before 30 June 2025"));
        var tracker = new TaskTracker(task.Expand(Chart));
        Assert.Equal(63, tracker.Count);

        IReadOnlyDictionary<OrgId, StatusSummary> old = tracker.ByProvince(December);
        IReadOnlyDictionary<OrgId, StatusSummary> now = tracker.ByProvince(December, Chart);
        Assert.Equal(63, old.Count);
        Assert.Equal(34, now.Count);
        Assert.Equal(63, now.Values.Sum(s => s.Total));
        Assert.All(now.Keys, id => Assert.True(Chart.AsOf(December).Contains(id)));

        // Hà Nội (01) was kept whole; Hưng Yên (33) took in Thái Bình (34): the path is the chart's.
        Assert.Equal(1, now[VietnamReferenceData.UnitId2025("01")].Total);
        Assert.Equal(2, now[VietnamReferenceData.UnitId2025("33")].Total);
        Assert.Contains(Chart.Predecessors(VietnamReferenceData.UnitId2025("33")), o => o.Id == VietnamReferenceData.UnitIdBefore2025Reform("34"));

        // Before the merger the provinces are themselves.
        Assert.Equal(tracker.ByProvince(Directive45), tracker.ByProvince(Directive45, Chart));
    }

    [Fact]
    public void ProvincialCourtsProcuraciesAndInspectionCommissions_AreReachedWhereTheChartHoldsThem()
    {
        // The reference chart holds them (one per province); a chart built without them reaches nothing.
        OrgId hanoi = VietnamReferenceData.UnitId2025("01");
        OrgChart chart = Chart;
        Assert.Equal("Tòa án nhân dân thành phố Hà Nội", AssignmentScope.EveryProvince(ScopeBody.PeoplesCourt).Expand(chart, December)[0].Name);
        Assert.Equal("Viện kiểm sát nhân dân thành phố Hà Nội", AssignmentScope.EveryProvince(ScopeBody.PeoplesProcuracy).Expand(chart, December)[0].Name);
        Assert.Equal("Ủy ban Kiểm tra Thành ủy Hà Nội", AssignmentScope.EveryProvince(ScopeBody.InspectionCommission).Expand(chart, December)[0].Name);
        var withoutCourts = new OrgChartBuilder();
        withoutCourts.Add(Chart.Find(VietnamReferenceData.UnitId2025("01"))!);
        Assert.Empty(AssignmentScope.EveryProvince(ScopeBody.PeoplesCourt).Expand(withoutCourts.Build(), December));

        // The assignment belongs to its province, for roll-ups.
        var task = new TaskItem("201-KL/TW#chief-judges", new LocalDate(2025, 10, 31), leads: AssignmentScope.EveryProvince(ScopeBody.PeoplesCourt));
        Assert.Equal(hanoi, task.Expand(chart)[0].Province!.Id);
        Assert.Equal(34, task.Expand(chart).Select(a => a.Province!.Id).Distinct().Count());
    }

    [Fact]
    public void EveryNewScope_RoundTripsThroughJson()
    {
        AssignmentScope[] scopes =
        [
            AssignmentScope.PartyCommitteesDirectlyUnderCentralCommittee,
            AssignmentScope.EveryMinistryAndProvince,
            AssignmentScope.EveryMinistryAndProvince.WithUnitForMissingBody(),
            AssignmentScope.EveryProvince(ScopeBody.InspectionCommission),
        ];
        foreach (AssignmentScope scope in scopes)
        {
            string json = JsonSerializer.Serialize(scope, OrgModelJson.Context.AssignmentScope);
            Assert.Equal(scope, JsonSerializer.Deserialize(json, OrgModelJson.Context.AssignmentScope));
        }

        Assert.Equal(
            """{"kind":"childrenOf","organisation":"vn.state.government","memberKind":"ministry"}""",
            JsonSerializer.Serialize(AssignmentScope.ChildrenOf(OrgId.Parse("vn.state.government"), OrganisationKind.Ministry), OrgModelJson.Context.AssignmentScope));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("""{"kind":"union"}""", OrgModelJson.Context.AssignmentScope));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("""{"kind":"childrenOf","organisation":"vn.state.government"}""", OrgModelJson.Context.AssignmentScope));
    }
}
