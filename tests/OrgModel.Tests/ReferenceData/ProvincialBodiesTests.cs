using NodaTime;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.ReferenceData;
using OrgModel.Tasks;

namespace OrgModel.Tests.ReferenceData;

// The courts, procuracies and inspection commissions of the provinces (Resolutions 81/2025/UBTVQH15 and 84/2025/UBTVQH15,
// the Party Charter), and the Party committees of the 63 provinces before 1 July 2025: docs/sources.md.
public class ProvincialBodiesTests
{
    private static readonly OrgChart Chart = VietnamReferenceData.OrgChart;
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate LastOldDay = new(2025, 6, 30);
    private static readonly LocalDate NonLocalDeadline = new(2025, 12, 15);

    [Theory]
    [InlineData(ScopeBody.PeoplesCourt, OrganisationKind.Court)]
    [InlineData(ScopeBody.PeoplesProcuracy, OrganisationKind.Procuracy)]
    [InlineData(ScopeBody.InspectionCommission, OrganisationKind.PartyCommission)]
    [InlineData(ScopeBody.PartyCommittee, OrganisationKind.PartyCommittee)]
    public void Every_province_has_one_of_each_body_after_the_reform_and_before_it(ScopeBody body, OrganisationKind kind)
    {
        IReadOnlyList<Organisation> after = AssignmentScope.EveryProvince(body).Expand(Chart, NonLocalDeadline);
        Assert.Equal(34, after.Count);
        Assert.All(after, o => Assert.Equal(kind, o.Kind));
        Assert.Equal(34, after.Select(o => o.Id).Distinct().Count());

        IReadOnlyList<Organisation> before = AssignmentScope.EveryProvince(body).Expand(Chart, LastOldDay);
        Assert.Equal(63, before.Count);
        Assert.All(before, o => Assert.Equal(kind, o.Kind));
        Assert.Empty(before.Intersect(after));
    }

    [Fact]
    public void Every_provincial_Party_committee_before_the_reform_is_one_of_the_63()
    {
        // Directive 45-CT/TW of 14 April 2025 was addressed to Party committees of the 63 provinces.
        IReadOnlyList<Organisation> committees = AssignmentScope.EveryProvince(ScopeBody.PartyCommittee).Expand(Chart, new LocalDate(2025, 4, 14));
        Assert.Equal(63, committees.Count);
        Assert.Contains(committees, o => o.Name == "Tỉnh ủy Hà Giang");
        Assert.Contains(committees, o => o.Name == "Thành ủy Huế");
        Assert.Equal(6, committees.Count(o => o.Name.StartsWith("Thành ủy ", StringComparison.Ordinal)));
        OrgChart day = Chart.AsOf(new LocalDate(2025, 4, 14));
        Assert.All(committees, c => Assert.Equal("Ban Chấp hành Trung ương", Assert.Single(day.Related(c.Id, OrgRelationKind.DirectSuperior)).Name));
    }

    [Fact]
    public void Names_follow_the_resolutions_and_the_charter()
    {
        OrgChart now = Chart.AsOf(NonLocalDeadline);
        Organisation hanoi = now.FindByCode("01")!;
        Organisation tuyenQuang = now.FindByCode("08")!;
        Assert.Equal("Tòa án nhân dân thành phố Hà Nội", Find(now, hanoi, ScopeBody.PeoplesCourt).Name);
        Assert.Equal("Viện kiểm sát nhân dân tỉnh Tuyên Quang", Find(now, tuyenQuang, ScopeBody.PeoplesProcuracy).Name);
        Organisation commission = Find(now, hanoi, ScopeBody.InspectionCommission);
        Assert.Equal("Ủy ban Kiểm tra Thành ủy Hà Nội", commission.Name);
        Assert.Equal("vn.au.2025-07.01.inspection-commission", commission.Id.ToString());
        Assert.Equal("Thành ủy Hà Nội", now.Parent(commission.Id)?.Name);
        Organisation court = Find(now, tuyenQuang, ScopeBody.PeoplesCourt);
        Assert.Equal("vn.au.2025-07.08.peoples-court", court.Id.ToString());
        Assert.Equal("Tòa án nhân dân tối cao", now.Parent(court.Id)?.Name);
        Assert.Equal([tuyenQuang], now.Related(court.Id, OrgRelationKind.BodyOfArea));
    }

    [Fact]
    public void The_old_bodies_end_on_30_June_2025_and_the_new_ones_start_on_1_July()
    {
        // Hà Giang (02) merged into Tuyên Quang (08); Resolution 81/2025/UBTVQH15 merged their courts.
        OrgId oldCourt = OrgId.Parse("vn.au.2025-01.02.peoples-court");
        Organisation old = Chart.AsOf(LastOldDay).Find(oldCourt)!;
        Assert.Equal("Tòa án nhân dân tỉnh Hà Giang", old.Name);
        Assert.Null(old.ValidFrom);
        Assert.Null(Chart.AsOf(Reform).Find(oldCourt));
        Organisation newCourt = Chart.AsOf(Reform).Find(OrgId.Parse("vn.au.2025-07.08.peoples-court"))!;
        Assert.Equal(Reform, newCourt.ValidFrom);
        Assert.Null(Chart.AsOf(LastOldDay).Find(newCourt.Id));

        // The old Party committees were directly under the Central Committee until the reform.
        OrgChart before = Chart.AsOf(LastOldDay);
        Assert.Contains(AssignmentScope.PartyCommitteesDirectlyUnderCentralCommittee.Expand(Chart, LastOldDay), o => o.Name == "Tỉnh ủy Hà Giang");
        Assert.Equal("Tỉnh ủy Hà Giang", before.BodiesOf(VietnamReferenceData.UnitIdBefore2025Reform("02"))?.PartyCommittee?.Name);
        Assert.Null(before.BodiesOf(VietnamReferenceData.UnitIdBefore2025Reform("02"))?.PeoplesCommittee);
        Assert.Equal(40, AssignmentScope.PartyCommitteesDirectlyUnderCentralCommittee.Expand(Chart, NonLocalDeadline).Count);
    }

    [Fact]
    public void The_non_local_rule_flags_a_locally_born_chief_judge()
    {
        // Synthetic people: the shared facts give no real judge's birthplace.
        Organisation tuyenQuang = Chart.AsOf(NonLocalDeadline).FindByCode("08")!;
        RuleViolation v = OnlyViolation(tuyenQuang, ScopeBody.PeoplesCourt, Post.ChiefJudge, VietnamReferenceData.UnitIdBefore2025Reform("02"), null);
        Assert.Equal(RuleViolationReason.BornInProvince, v.Reason);
        Assert.Equal(PostKind.ChiefJudge, v.Post.Kind);
    }

    [Fact]
    public void The_non_local_rule_flags_a_local_inspection_commission_chair()
    {
        Organisation hanoi = Chart.AsOf(NonLocalDeadline).FindByCode("01")!;
        RuleViolation v = OnlyViolation(hanoi, ScopeBody.InspectionCommission, Post.InspectionCommissionChair, null, hanoi.Id);
        Assert.Equal(RuleViolationReason.HometownInProvince, v.Reason);
    }

    // The one violation of the rule on the deadline for a synthetic holder of a province's post since the reform.
    private static RuleViolation OnlyViolation(Organisation province, ScopeBody body, Func<OrgId, Post> post, OrgId? birthplace, OrgId? hometown)
    {
        Organisation organisation = Find(Chart.AsOf(NonLocalDeadline), province, body);
        PersonId holder = PersonId.Parse("nguyen-van-b");
        PersonnelRecord record = PersonnelRecord.Empty
            .WithPerson(new Person(holder, VietnameseName.Parse("Nguyễn Văn B"), PartialDate.FromYear(1970), birthplace, hometown))
            .WithAppointment(new Appointment(holder, post(organisation.Id), Reform, AppointmentStart.Appointed));
        RuleViolation v = Assert.Single(NonLocalRule.Conclusion201.Evaluate(Chart, record, NonLocalDeadline));
        Assert.Equal(province.Id, v.Province?.Id);
        return v;
    }

    private static Organisation Find(OrgChart day, Organisation province, ScopeBody body) =>
        Assert.Single(AssignmentScope.EveryProvince(body).Expand(day, day.Date!.Value), o => IsOf(day, o, province));

    private static bool IsOf(OrgChart day, Organisation body, Organisation province) =>
        day.Related(body.Id, OrgRelationKind.BodyOfArea).Any(u => u.Id == province.Id)
        || (day.Parent(body.Id) is { } parent && day.Related(parent.Id, OrgRelationKind.BodyOfArea).Any(u => u.Id == province.Id));
}
