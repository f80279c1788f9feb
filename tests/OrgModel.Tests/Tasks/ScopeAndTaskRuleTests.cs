using System.Text.Json;
using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;
using OrgModel.Testing;

namespace OrgModel.Tests.Tasks;

/// <summary>
/// What an <see cref="AssignmentScope"/> and a <see cref="TaskItem"/> say about themselves: a scope's English description names its
/// selector and body, two scopes are equal exactly when their wire forms are, a scope lists organisations in the order of their
/// official codes, and a task's texts are trimmed, composed (NFC) and absent when blank.
/// </summary>
public sealed class ScopeAndTaskRuleTests
{
    private static readonly OrgId Government = OrgId.Parse(CentralBodies.Government);
    private static readonly LocalDate After = new(2025, 7, 1);

    [Theory]
    [InlineData(ScopeBody.Unit, "unit")]
    [InlineData(ScopeBody.PartyCommittee, "Party committee")]
    [InlineData(ScopeBody.PeoplesCouncil, "People's Council")]
    [InlineData(ScopeBody.PeoplesCommittee, "People's Committee")]
    [InlineData(ScopeBody.PeoplesCourt, "People's Court")]
    [InlineData(ScopeBody.PeoplesProcuracy, "People's Procuracy")]
    [InlineData(ScopeBody.InspectionCommission, "Party inspection commission")]
    public void A_scope_is_described_in_English_by_its_selector_and_body(ScopeBody body, string english)
    {
        Assert.Equal($"every provincial {english}", AssignmentScope.EveryProvince(body).ToString());
        Assert.Equal($"every commune {english}", AssignmentScope.EveryCommune(body).ToString());
        Assert.Equal($"the {english} of every commune of province 01", AssignmentScope.CommunesOfProvince("01", body).ToString());
    }

    [Fact]
    public void A_scope_of_organisations_is_described_by_their_ids()
    {
        Assert.Equal(CentralBodies.Government, AssignmentScope.ForOrganisation(Government).ToString());
        Assert.Equal($"every Party organisation directly under {CentralBodies.CentralCommittee}", AssignmentScope.PartyCommitteesDirectlyUnderCentralCommittee.ToString());
        Assert.Equal($"every Ministry under {CentralBodies.Government}", AssignmentScope.ChildrenOf(Government, OrganisationKind.Ministry).ToString());
        Assert.Equal(
            $"every Ministry under {CentralBodies.Government} and every provincial People's Committee",
            AssignmentScope.EveryMinistryAndProvince.ToString());
    }

    [Property(MaxTest = 300)]
    public bool Two_scopes_are_equal_exactly_when_their_wire_forms_are(int a, int b)
    {
        AssignmentScope x = Scope(a), y = Scope(b);
        bool sameText = JsonSerializer.Serialize(x, OrgModelJson.Context.AssignmentScope) == JsonSerializer.Serialize(y, OrgModelJson.Context.AssignmentScope);
        return x.Equals(y) == sameText && x.Equals((object)y) == sameText && (!sameText || x.GetHashCode() == y.GetHashCode()) && !x.Equals(null);
    }

    [Fact]
    public void Reading_a_unit_for_a_missing_body_is_set_once_and_on_every_part_of_a_union()
    {
        AssignmentScope scope = AssignmentScope.EveryMinistryAndProvince.WithUnitForMissingBody();
        Assert.True(scope.UnitStandsForMissingBody);
        Assert.All(scope.Parts, p => Assert.True(p.UnitStandsForMissingBody));
        Assert.Same(scope, scope.WithUnitForMissingBody());
        Assert.False(AssignmentScope.EveryMinistryAndProvince.UnitStandsForMissingBody);
        Assert.NotEqual(AssignmentScope.EveryMinistryAndProvince, scope);
        AssignmentScope single = AssignmentScope.ChildrenOf(Government, OrganisationKind.Ministry).WithUnitForMissingBody();
        Assert.Equal(OrganisationKind.Ministry, single.MemberKind);
        Assert.Equal(Government, single.OrganisationId);
    }

    [Theory]
    [InlineData("2025-06-30")]
    [InlineData("2025-07-01")]
    public void A_scope_lists_organisations_once_in_the_order_of_their_codes(string day)
    {
        var date = LocalDate.FromDateTime(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        foreach (AssignmentScope scope in new[]
        {
            AssignmentScope.EveryProvince(ScopeBody.Unit), AssignmentScope.EveryMinistryAndProvince, AssignmentScope.PartyCommitteesDirectlyUnderCentralCommittee,
            AssignmentScope.CommunesOfProvince("01", ScopeBody.Unit), AssignmentScope.ChildrenOf(Government, OrganisationKind.Ministry),
        })
        {
            IReadOnlyList<Organisation> orgs = scope.Expand(VietnamReferenceData.OrgChart, date);
            Assert.NotEmpty(orgs);
            Assert.Equal(orgs.Count, orgs.Select(o => o.Id).Distinct().Count());
            for (int i = 1; i < orgs.Count; i++)
            {
                int byCode = string.CompareOrdinal(orgs[i - 1].Code, orgs[i].Code);
                Assert.True(byCode < 0 || (byCode == 0 && orgs[i - 1].Id.CompareTo(orgs[i].Id) < 0), $"{scope}: {orgs[i - 1].Id} before {orgs[i].Id}");
            }
        }
    }

    [Fact]
    public void Children_of_a_kind_are_only_that_kind_and_a_province_code_that_is_no_province_reaches_nobody()
    {
        IReadOnlyList<Organisation> ministries = AssignmentScope.ChildrenOf(Government, OrganisationKind.Ministry).Expand(VietnamReferenceData.OrgChart, After);
        Assert.All(ministries, o => Assert.Equal(OrganisationKind.Ministry, o.Kind));
        Assert.True(ministries.Count < VietnamReferenceData.OrgChart.AsOf(After).Children(Government).Count);

        // Code 02 was Hà Giang, merged into Tuyên Quang on 1 July 2025: its communes are reached before and nobody after.
        Assert.NotEmpty(AssignmentScope.CommunesOfProvince("02", ScopeBody.Unit).Expand(VietnamReferenceData.OrgChart, new LocalDate(2025, 6, 30)));
        Assert.Empty(AssignmentScope.CommunesOfProvince("02", ScopeBody.Unit).Expand(VietnamReferenceData.OrgChart, After));
    }

    [Fact]
    public void A_superior_that_has_ended_has_nobody_under_it_rather_than_being_a_mistyped_id()
    {
        OrgId old = VietnamReferenceData.UnitIdBefore2025Reform("02");
        Assert.Empty(AssignmentScope.DirectlyUnder(old).Expand(VietnamReferenceData.OrgChart, After));
        Assert.Empty(AssignmentScope.ChildrenOf(old, OrganisationKind.AdministrativeUnit).Expand(VietnamReferenceData.OrgChart, After));
    }

    [Fact]
    public void A_task_describes_itself_and_says_what_it_lacks()
    {
        var bare = new TaskItem("  201-KL/TW#3 ", new LocalDate(2025, 10, 31), action: " \t ", deliverable: "", responsible: "  ");
        Assert.Equal("201-KL/TW#3", bare.Id);
        Assert.Null(bare.Action);
        Assert.Null(bare.Deliverable);
        Assert.Null(bare.Responsible);
        Assert.Equal("201-KL/TW#3: (no action) — (no lead), ongoing", bare.ToString());

        TaskItem chairs = TaskExampleTests.NonLocalChairs();
        Assert.Equal($"{chairs.Id}: {chairs.Action} — every provincial Party committee, {chairs.Deadline}", chairs.ToString());
    }

    [Fact]
    public void A_task_keeps_its_texts_trimmed_and_composed()
    {
        // "Bố trí" typed with combining marks (decomposed) is stored composed, as every text of the library is.
        string decomposed = "  Bo\u0302\u0301 tri\u0301 ".Normalize(System.Text.NormalizationForm.FormD);
        var task = new TaskItem("t", new LocalDate(2025, 10, 31), action: decomposed, deliverable: decomposed, responsible: decomposed);
        string composed = decomposed.Trim().Normalize(System.Text.NormalizationForm.FormC);
        Assert.Equal(composed, task.Action);
        Assert.Equal(composed, task.Deliverable);
        Assert.Equal(composed, task.Responsible);
        var owed = new ReportingObligation(OrgId.Parse("vn.party.politburo"), Deadline.ByEndOfYear(2025), decomposed);
        Assert.Equal(composed, owed.Subject);
        Assert.Null(new ReportingObligation(OrgId.Parse("vn.party.politburo"), Deadline.ByEndOfYear(2025), " ").Subject);
        Assert.Equal("Bố trí", composed);
    }

    [Fact]
    public void A_task_is_expanded_as_of_its_assignment_day_unless_told_otherwise()
    {
        var task = new TaskItem("t", new LocalDate(2025, 6, 30), "x", AssignmentScope.EveryProvince(ScopeBody.Unit), Deadline.ByEndOfYear(2025));
        Assert.Equal(63, task.Expand(VietnamReferenceData.OrgChart).Count);
        Assert.Equal(34, task.Expand(VietnamReferenceData.OrgChart, After).Count);
        Assert.Empty(new TaskItem("t", After).Expand(VietnamReferenceData.OrgChart));
    }

    [Theory]
    [InlineData(ScopeBody.Unit)]
    [InlineData(ScopeBody.PartyCommittee)]
    [InlineData(ScopeBody.PeoplesCouncil)]
    [InlineData(ScopeBody.PeoplesCommittee)]
    public void Each_provincial_assignment_belongs_to_the_province_unit_of_its_code_and_a_central_one_to_none(ScopeBody body)
    {
        var task = new TaskItem("t", After, "x", AssignmentScope.Union(AssignmentScope.EveryProvince(body), AssignmentScope.ChildrenOf(Government, OrganisationKind.Ministry)));
        OrgChart dated = VietnamReferenceData.OrgChart.AsOf(After);
        IReadOnlyList<Assignment> all = task.Expand(VietnamReferenceData.OrgChart);
        Assert.Equal(34, all.Count(a => a.Province is not null));
        Assert.All(all, a =>
        {
            if (a.Assignee.Kind == OrganisationKind.Ministry)
            {
                Assert.Null(a.Province);
                return;
            }

            Organisation province = a.Province!;
            Assert.Equal(OrganisationKind.AdministrativeUnit, province.Kind);
            Assert.Equal(OrgLevel.Province, province.Level);
            Assert.True(a.Assignee.Id == province.Id || dated.Ancestors(a.Assignee.Id).Any(x => x.Id == province.Id)
                || dated.Related(a.Assignee.Id, OrgRelationKind.BodyOfArea).Concat(dated.Related(a.Assignee.Id, OrgRelationKind.GovernsArea)).Any(x => x.Id == province.Id),
                $"{a.Assignee.Id} in {province.Id}");
        });
        Assert.Equal(34, all.Where(a => a.Province is not null).Select(a => a.Province!.Id).Distinct().Count());
    }

    // Scopes drawn from a fixed list, so that equal pairs are frequent.
    private static AssignmentScope Scope(int n)
    {
        AssignmentScope[] all =
        [
            AssignmentScope.ForOrganisation(Government), AssignmentScope.ForOrganisation(OrgId.Parse(CentralBodies.CentralCommittee)),
            AssignmentScope.EveryProvince(ScopeBody.PartyCommittee), AssignmentScope.EveryProvince(ScopeBody.PeoplesCommittee),
            AssignmentScope.EveryCommune(ScopeBody.PartyCommittee), AssignmentScope.CommunesOfProvince("01", ScopeBody.PartyCommittee),
            AssignmentScope.CommunesOfProvince("79", ScopeBody.PartyCommittee), AssignmentScope.DirectlyUnder(Government),
            AssignmentScope.ChildrenOf(Government, OrganisationKind.Ministry), AssignmentScope.ChildrenOf(Government, OrganisationKind.AdministrativeUnit),
            AssignmentScope.EveryProvince(ScopeBody.PartyCommittee).WithUnitForMissingBody(), AssignmentScope.EveryMinistryAndProvince,
            AssignmentScope.Union(AssignmentScope.EveryProvince(ScopeBody.PeoplesCommittee), AssignmentScope.ChildrenOf(Government, OrganisationKind.Ministry)),
            AssignmentScope.Union(AssignmentScope.EveryProvince(ScopeBody.PeoplesCommittee), AssignmentScope.ChildrenOf(Government, OrganisationKind.AdministrativeUnit)),
        ];
        return all[(n & int.MaxValue) % all.Length];
    }
}
