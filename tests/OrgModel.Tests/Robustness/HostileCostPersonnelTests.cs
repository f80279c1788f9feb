using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization;
using OrgModel.Serialization.Popolo;

namespace OrgModel.Tests.Robustness;

/// <summary>Issue 15 (personnel share): every personnel entry point costs at most n log n, 64 KB to 4 MB.</summary>
[Collection(nameof(CostCurveTests))]
public class HostileCostPersonnelTests
{
    private const string Post =
        """{"organisation":"vn.party.central-committee","kind":"generalSecretary","title":"General Secretary","allowsSeveralHolders":false,"isPartyPost":true}""";

    private const string MemberPost =
        """{"organisation":"vn.party.politburo","kind":"politburoMember","title":"Politburo member","allowsSeveralHolders":true,"isPartyPost":true}""";

    private static string Mark(int n) => "a" + new string('\u0301', Math.Max(0, n - 5)) + " Lâm";

    [Fact]
    public void Name_with_a_mark_run() =>
        CostCurve.AssertNearLinear("VietnameseName.TryParse mark run", Mark, s => Assert.False(VietnameseName.TryParse(s, out _)));

    [Fact]
    public void Person_json_with_a_mark_run_name() =>
        CostCurve.AssertNearLinear(
            "Person JSON mark run",
            n => JsonSerializer.Serialize(new { id = "a", name = Mark(n / 6) }),
            json => Refused(() => JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.Person)));

    [Fact]
    public void Record_json_with_many_valid_long_names() =>
        CostCurve.AssertNearLinear(
            "PersonnelRecord JSON long names",
            n => Record(n / 120, i => People(i, "Nguye\u0302\u0303n Thi\u0323 Minh-Khai La\u0302m"), appointments: null, decisions: null),
            json => JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.PersonnelRecord));

    [Fact]
    public void Record_json_with_many_successive_holders_of_one_post() =>
        CostCurve.AssertNearLinear(
            "PersonnelRecord JSON appointments",
            n => Record(n / 250, i => People(i, "Tô Lâm"), i => Appointment(i, Post, Day(i), Day(i + 1)), decisions: null),
            json => JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.PersonnelRecord));

    [Fact]
    public void Record_json_with_many_members_of_one_body() =>
        CostCurve.AssertNearLinear(
            "PersonnelRecord JSON members",
            n => Record(n / 200, i => People(i, "Tô Lâm"), i => Appointment(i, MemberPost, Day(i), null), decisions: null),
            json => JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.PersonnelRecord));

    [Fact]
    public void Record_json_with_many_decisions() =>
        CostCurve.AssertNearLinear(
            "PersonnelRecord JSON decisions",
            n => Record(
                n / 240,
                i => People(i, "Tô Lâm"),
                appointments: null,
                i => $$"""{"member":"p{{i}}","form":"{{(i % 3 == 0 ? "expulsion" : "warning")}}","issuingBody":"vn.party.central-committee","date":"{{Day(i % 5000)}}"}"""),
            json => JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.PersonnelRecord));

    [Fact]
    public void Record_with_many_decisions_against_one_member() =>
        CostCurve.AssertNearLinear(
            "PersonnelRecord.Apply one member",
            n => Enumerable.Range(0, n / 120).Select(i => DisciplinaryDecision.ForMember(
                PersonId.Parse("p0"), DisciplineForm.Warning, OrgId.Parse("vn.party.central-committee"), new LocalDate(2000, 1, 1).PlusDays(i))).ToArray(),
            decisions =>
            {
                PersonnelRecord r = PersonnelRecord.Empty.WithPerson(new Person(PersonId.Parse("p0"), VietnameseName.Parse("Tô Lâm")))
                    .WithAppointment(new Appointment(PersonId.Parse("p0"), OrgModel.Personnel.Post.PolitburoMember, new LocalDate(1999, 1, 1), AppointmentStart.Elected));
                foreach (DisciplinaryDecision d in decisions)
                {
                    r = r.Apply(d);
                }
            });

    [Fact]
    public void Popolo_import_and_export_of_many_posts() =>
        CostCurve.AssertNearLinear(
            "PopoloPeopleJson many posts",
            n =>
            {
                int count = n / 250;
                PersonnelRecord r = PersonnelRecord.Empty.WithPerson(new Person(PersonId.Parse("p0"), VietnameseName.Parse("Tô Lâm")));
                var body = OrgId.Parse("vn.party.politburo");
                return r.WithAppointments(Enumerable.Range(0, count).Select(i => new Appointment(
                    PersonId.Parse("p0"), new OrgModel.Personnel.Post(body, PostKind.Other, "Post " + i.ToString(CultureInfo.InvariantCulture), false, true),
                    new LocalDate(2000, 1, 1), AppointmentStart.Elected)));
            },
            record => PopoloPeopleJson.Import(PopoloPeopleJson.Export(record)));

    private static void Refused(Action read)
    {
        try
        {
            read();
        }
        catch (JsonException)
        {
        }
    }

    private static string Day(int i) => new LocalDate(2000, 1, 1).PlusDays(i).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string People(int i, string name) => $$"""{"id":"p{{i}}","name":"{{name}}"}""";

    private static string Appointment(int i, string post, string start, string? end) =>
        $$"""{"person":"p{{i}}","post":{{post}},"start":"{{start}}","howBegan":"elected"{{(end is null ? "" : $",\"end\":\"{end}\",\"howEnded\":\"resigned\"")}}}""";

    private static string Record(int count, Func<int, string> person, Func<int, string>? appointments, Func<int, string>? decisions)
    {
        var sb = new StringBuilder("{\"people\":[");
        Join(sb, count, person);
        sb.Append("],\"appointments\":[");
        if (appointments is not null)
        {
            Join(sb, count, appointments);
        }

        sb.Append("],\"decisions\":[");
        if (decisions is not null)
        {
            Join(sb, count, decisions);
        }

        return sb.Append("]}").ToString();
    }

    private static void Join(StringBuilder sb, int count, Func<int, string> item)
    {
        for (int i = 0; i < count; i++)
        {
            sb.Append(i == 0 ? "" : ",").Append(item(i));
        }
    }
}
