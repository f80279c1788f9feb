using NodaTime;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.ReferenceData;
using static OrgModel.Tests.Personnel.PersonnelFacts;

namespace OrgModel.Tests.Personnel;

// Placeholder people ("Nguyễn Văn A"): the shared facts give no real birthplaces or hometowns.
public class NonLocalRuleTests
{
    private static readonly LocalDate Deadline = NonLocalRule.Conclusion201Deadline;
    private static readonly OrgChart Chart = VietnamReferenceData.OrgChart;

    [Fact]
    public void Conclusion_201_deadline_and_posts_are_data()
    {
        Assert.Equal(new LocalDate(2025, 12, 15), Deadline);
        Assert.Equal(
            [PostKind.PeoplesCommitteeChair, PostKind.InspectionCommissionChair, PostKind.ChiefInspector, PostKind.ChiefJudge],
            NonLocalRule.Conclusion201PostKinds);
        Assert.Same(NonLocalRule.Conclusion201, PersonnelRules.All[0]);
    }

    [Fact]
    public void Born_in_an_old_commune_of_a_province_merged_into_the_post_province_is_local()
    {
        // Old ward 00691 (Phường Trần Phú, old Hà Giang) became part of Tuyên Quang (08) on 1 July 2025.
        PersonnelRecord r = Chair("08", birthplace: VietnamReferenceData.UnitIdBefore2025Reform("00691"), hometown: null);
        RuleViolation v = Assert.Single(NonLocalRule.Conclusion201.Evaluate(Chart, r, Deadline));
        Assert.Equal(Id("Nguyễn Văn A"), v.Person);
        Assert.Equal(PostKind.PeoplesCommitteeChair, v.Post.Kind);
        Assert.Equal(VietnamReferenceData.UnitId2025("08"), v.Province!.Id);
        Assert.Equal(RuleViolationReason.BornInProvince, v.Reason);
        Assert.Equal("non-local (201-KL/TW)", v.Rule);
    }

    [Fact]
    public void Hometown_in_an_old_province_that_merged_is_local()
    {
        // Old province 02 (Hà Giang) merged into Tuyên Quang.
        PersonnelRecord r = Chair("08", birthplace: VietnamReferenceData.UnitId2025("01"), hometown: VietnamReferenceData.UnitIdBefore2025Reform("02"));
        RuleViolation v = Assert.Single(PersonnelRules.Evaluate(PersonnelRules.All, Chart, r, Deadline));
        Assert.Equal(RuleViolationReason.HometownInProvince, v.Reason);
    }

    [Fact]
    public void Someone_from_another_province_is_not_local()
    {
        PersonnelRecord r = Chair("01", birthplace: VietnamReferenceData.UnitIdBefore2025Reform("00691"), hometown: VietnamReferenceData.UnitIdBefore2025Reform("02"));
        Assert.Empty(NonLocalRule.Conclusion201.Evaluate(Chart, r, Deadline));
    }

    [Fact]
    public void Both_reasons_are_reported_and_unknown_origins_are_not_violations()
    {
        PersonnelRecord both = Chair("08", VietnamReferenceData.UnitId2025("08"), VietnamReferenceData.UnitIdBefore2025Reform("00694"));
        Assert.Equal(
            [RuleViolationReason.BornInProvince, RuleViolationReason.HometownInProvince],
            NonLocalRule.Conclusion201.Evaluate(Chart, both, Deadline).Select(v => v.Reason));
        Assert.Empty(NonLocalRule.Conclusion201.Evaluate(Chart, Chair("08", null, null), Deadline));
    }

    [Fact]
    public void Evaluated_as_of_a_date()
    {
        PersonnelRecord r = Chair("08", VietnamReferenceData.UnitIdBefore2025Reform("00691"), null);
        Assert.Empty(NonLocalRule.Conclusion201.Evaluate(Chart, r, new LocalDate(2025, 6, 30)));
        PersonnelRecord ended = r.EndAppointment(Id("Nguyễn Văn A"), Post.PeoplesCommitteeChair(CommitteeOf("08")), new LocalDate(2025, 12, 1), AppointmentEnd.Transferred);
        Assert.Empty(NonLocalRule.Conclusion201.Evaluate(Chart, ended, Deadline));
    }

    [Fact]
    public void Posts_outside_the_rule_are_ignored()
    {
        var party = Chart.AsOf(Deadline).BodiesOf(VietnamReferenceData.UnitId2025("08"))!.PartyCommittee!.Id;
        PersonnelRecord r = WithPeople(PersonnelRecord.Empty, [])
            .WithPerson(new Person(Id("Nguyễn Văn A"), VietnameseName.Parse("Nguyễn Văn A"), null, VietnamReferenceData.UnitId2025("08")))
            .WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.DeputyPartySecretary(party), new LocalDate(2025, 7, 1), AppointmentStart.Elected));
        Assert.Empty(NonLocalRule.Conclusion201.Evaluate(Chart, r, Deadline));
        var wider = new NonLocalRule("non-local deputies", [PostKind.PartyCommitteeDeputySecretary]);
        Assert.Single(wider.Evaluate(Chart, r, Deadline));
    }

    [Fact]
    public void Rule_construction_is_checked()
    {
        Assert.Throws<ArgumentException>(() => new NonLocalRule("empty", []));
        Assert.ThrowsAny<ArgumentException>(() => new NonLocalRule(" ", [PostKind.ChiefJudge]));
    }

    internal static OrgId CommitteeOf(string province) =>
        Chart.AsOf(Deadline).BodiesOf(VietnamReferenceData.UnitId2025(province))!.PeoplesCommittee!.Id;

    internal static PersonnelRecord Chair(string province, OrgId? birthplace, OrgId? hometown) =>
        PersonnelRecord.Empty
            .WithPerson(new Person(Id("Nguyễn Văn A"), VietnameseName.Parse("Nguyễn Văn A"), PartialDate.FromYear(1970), birthplace, hometown))
            .WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.PeoplesCommitteeChair(CommitteeOf(province)), new LocalDate(2025, 7, 1), AppointmentStart.Elected));
}
