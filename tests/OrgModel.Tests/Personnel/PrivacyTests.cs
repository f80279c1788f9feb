using NodaTime;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.ReferenceData;
using static OrgModel.Tests.Personnel.PersonnelFacts;

namespace OrgModel.Tests.Personnel;

// Placeholder person: the shared facts give no real birth data.
public class PrivacyTests
{
    private static readonly OrgId Birthplace = VietnamReferenceData.UnitIdBefore2025Reform("00691");
    private static readonly OrgId Hometown = VietnamReferenceData.UnitIdBefore2025Reform("02");
    private static readonly PartialDate Born = PartialDate.FromDate(new LocalDate(1970, 3, 14));

    private static readonly Person Someone =
        new(PersonId.Parse("placeholder-a"), VietnameseName.Parse("Nguyễn Văn A"), Born, Birthplace, Hometown);

    [Fact]
    public void Person_to_string_shows_name_and_id_only()
    {
        Assert.Equal("Nguyễn Văn A (placeholder-a)", Someone.ToString());
        AssertClean(Someone.ToString());
    }

    [Fact]
    public void Violations_and_exceptions_do_not_reveal_birth_data()
    {
        PersonnelRecord r = NonLocalRuleTests.Chair("08", Birthplace, Hometown).WithPerson(Someone);
        var appointment = new Appointment(Someone.Id, Post.GeneralSecretary, new LocalDate(2025, 7, 1), AppointmentStart.Elected);
        r = r.WithAppointment(appointment);
        foreach (RuleViolation v in NonLocalRule.Conclusion201.Evaluate(VietnamReferenceData.OrgChart, r, NonLocalRule.Conclusion201Deadline))
        {
            AssertClean(v.ToString());
            Assert.DoesNotContain("Tuyên Quang", v.ToString(), StringComparison.Ordinal);
        }

        var messages = new List<string>
        {
            Assert.Throws<ArgumentException>(() => r.WithAppointment(appointment)).Message,
            Assert.Throws<ArgumentException>(() => r.EndAppointment(Someone.Id, Post.PolitburoMember, new LocalDate(2026, 1, 1), AppointmentEnd.Resigned)).Message,
            Assert.Throws<ArgumentException>(() => new Person(Someone.Id, Someone.Name, default(PartialDate))).Message,
            Assert.Throws<ArgumentException>(() => new Person(default, Someone.Name, Born, Birthplace, Hometown)).Message,
            Assert.Throws<ArgumentException>(() => new Person(Someone.Id, default, Born, Birthplace, Hometown)).Message,
            appointment.ToString(),
            DisciplinaryDecision.RemovalFromAllPartyPosts(Someone.Id, CentralCommittee, new LocalDate(2025, 9, 1)).ToString(),
        };
        Assert.All(messages, AssertClean);
    }

    private static void AssertClean(string text)
    {
        Assert.DoesNotContain("1970", text, StringComparison.Ordinal);
        Assert.DoesNotContain("00691", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Hometown.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hà Giang", text, StringComparison.Ordinal);
    }
}
