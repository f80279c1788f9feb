using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization.Popolo;
using OrgModel.Tenures;

namespace OrgModel.Tests.Serialization;

/// <summary>The Popolo documents written exactly so (Popolo's member names: <c>other_names</c> with their notes,
/// <c>identifiers</c> with the code's scheme, <c>classification</c>, <c>parent_id</c>, <c>founding_date</c>, <c>dissolution_date</c>;
/// <c>family_name</c>, <c>given_name</c>, <c>additional_name</c>, <c>birth_date</c>; posts and memberships) and read back to the
/// same chart and record: a golden text per document, so that a member written under another name, or not written, fails.</summary>
public class PopoloWireFormTests
{
    private const string ChartGolden =
        """{"organizations":[{"id":"t.a","name":"Tỉnh A","other_names":[{"name":"A Province","note":"English"},{"name":"TA","note":"short"}],"identifiers":[{"identifier":"01","scheme":"vn-administrative-unit-code"}],"classification":"administrativeUnit/province/province","founding_date":"2020-01-01"},{"id":"t.b","name":"Tỉnh ủy A","classification":"partyCommittee/province","parent_id":"t.a","founding_date":"2020-01-01","dissolution_date":"2025-06-30"}]}""";

    private const string PeopleGolden =
        """{"persons":[{"id":"nguyen-van-an","name":"Nguyễn Văn An","family_name":"Nguyễn","given_name":"An","additional_name":"Văn","birth_date":"1960"},{"id":"to-lam","name":"Tô Lâm","family_name":"Tô","given_name":"Lâm"}],"posts":[{"id":"post-1","label":"General Secretary","organization_id":"vn.party.central-committee","role":"generalSecretary","allows_several_holders":false,"is_party_post":true}],"memberships":[{"person_id":"nguyen-van-an","organization_id":"vn.party.central-committee","post_id":"post-1","role":"General Secretary","start_date":"2020-01-01","end_date":"2021-01-31","how_began":"elected","how_ended":"resigned"},{"person_id":"to-lam","organization_id":"vn.party.central-committee","post_id":"post-1","role":"General Secretary","start_date":"2026-01-23","how_began":"elected","term":"khóa XIV (2026–2031)"}]}""";

    [Fact]
    public void A_chart_is_written_with_Popolo_s_member_names_and_read_back()
    {
        Assert.Equal(ChartGolden, PopoloJson.Export(Chart()));
        OrgChart back = PopoloJson.Import(ChartGolden);
        Organisation a = back.Find(OrgId.Parse("t.a"))!, b = back.Find(OrgId.Parse("t.b"))!;
        Assert.Equal(("Tỉnh A", "A Province", "TA", "01", AdministrativeUnitType.Province, new LocalDate(2020, 1, 1), (LocalDate?)null),
            (a.Name, a.EnglishName, a.ShortName, a.Code, a.UnitType, a.ValidFrom!.Value, a.ValidTo));
        Assert.Equal((OrganisationKind.PartyCommittee, OrgLevel.Province, (LocalDate?)new LocalDate(2025, 6, 30)), (b.Kind, b.Level, b.ValidTo));

        // Popolo's parent link has no days of its own: the days both ends are in force.
        OrgRelation parent = Assert.Single(back.Relations);
        Assert.Equal(new OrgRelation(OrgRelationKind.IsUnder, b.Id, a.Id, new LocalDate(2020, 1, 1), new LocalDate(2025, 6, 30)), parent);
        Assert.Equal(ChartGolden, PopoloJson.Export(back));
    }

    [Fact]
    public void Other_names_are_told_apart_by_their_note()
    {
        OrgChart chart = PopoloJson.Import("""{"organizations":[{"id":"a","name":"Bộ Ngoại giao","classification":"ministry/central","other_names":[{"name":"MOFA","note":"short"},{"name":"Bộ NG"},{"name":"Ministry of Foreign Affairs","note":"English"}]}]}""");
        Organisation o = chart.Find(OrgId.Parse("a"))!;
        Assert.Equal(("Ministry of Foreign Affairs", "MOFA"), (o.EnglishName, o.ShortName));
        Organisation plain = PopoloJson.Import("""{"organizations":[{"id":"a","name":"Bộ Ngoại giao","classification":"ministry/central","other_names":[{"name":"Bộ NG","note":7}]}]}""").Find(OrgId.Parse("a"))!;
        Assert.Equal((null, null), (plain.EnglishName, plain.ShortName));
        Assert.DoesNotContain("other_names", PopoloJson.Export(PopoloJson.Import("""{"organizations":[{"id":"a","name":"Bộ Ngoại giao","classification":"ministry/central"}]}""")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_is_written_with_Popolo_s_member_names_and_read_back()
    {
        Assert.Equal(PeopleGolden, PopoloPeopleJson.Export(Record()));
        PersonnelRecord back = PopoloPeopleJson.Import(PeopleGolden);
        Assert.Equal(Record().Appointments, back.Appointments);
        Assert.Equal(Record().People.Select(p => (p.Id, p.Name, p.BirthDate)), back.People.Select(p => (p.Id, p.Name, p.BirthDate)));
        Assert.Equal(PeopleGolden, PopoloPeopleJson.Export(back));
    }

    [Theory]
    [InlineData("""{"organizations":[{"id":"a","name":"A","classification":"ministry/central","other_names":[{"note":"English"}]}]}""", "$.organizations[0]", "\"name\"")]
    [InlineData("""{"organizations":[{"id":"a","name":"A","classification":"ministry/central","other_names":{}}]}""", "$.organizations[0].other_names")]
    [InlineData("""{"organizations":[{"id":"a","name":"A","classification":"ministry/central","identifiers":[{"scheme":"vn-administrative-unit-code"}]}]}""", "$.organizations[0]", "\"identifier\"")]
    [InlineData("""{"organizations":[{"id":"a","name":"A","classification":"ministry/central","identifiers":[{"scheme":5}]}]}""", "$.organizations[0].identifiers.scheme")]
    [InlineData("""{"organizations":[{"id":"a","name":"A","classification":"ministry/central","parent_id":7}]}""", "$.organizations[0].parent_id")]
    [InlineData("""{"organizations":[{"id":"a","name":7,"classification":"ministry/central"}]}""", "$.organizations[0].name")]
    [InlineData("""{"organizations":[{"id":"a","name":"A","classification":"ministry/central/province/x"}]}""", "$.organizations[0].classification", "kind/level")]
    [InlineData("""{"organizations":[{"id":"a","name":"A","classification":"ministry/central","parent_id":"b"}]}""", "valid chart")]
    [InlineData("""{"organizations":[7]}""", "$.organizations[0]", "object")]
    [InlineData("""{"organizations":{}}""", "$", "\"organizations\"")]
    public void A_chart_document_that_breaks_a_rule_says_where(string json, params string[] fragments)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => PopoloJson.Import(json));
        foreach (string f in fragments)
        {
            Assert.Contains(f, e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{"persons":[{"id":"a","name":"Tô Lâm","birth_date":7}]}""", "$.persons[0]")]
    [InlineData("""{"persons":[{"id":7,"name":"Tô Lâm"}]}""", "$.persons[0]")]
    [InlineData("""{"persons":{}}""", "persons")]
    [InlineData("""{"posts":[{"id":"p","label":"X","organization_id":"o","role":"generalSecretary","allows_several_holders":"no"}]}""", "$.posts[0]", "allows_several_holders")]
    [InlineData("""{"posts":[{"id":"p","label":7,"organization_id":"o","role":"generalSecretary"}]}""", "$.posts[0]", "label")]
    [InlineData("""{"persons":[{"id":"a","name":"Tô Lâm"}],"posts":[{"id":"p","label":"General Secretary","organization_id":"vn.party.central-committee","role":"generalSecretary"}],"memberships":[{"person_id":"a","post_id":"p","how_began":"elected"}]}""", "$.memberships[0]", "start_date")]
    [InlineData("""{"persons":[{"id":"a","name":"Tô Lâm"}],"posts":[{"id":"p","label":"General Secretary","organization_id":"vn.party.central-committee","role":"generalSecretary"}],"memberships":[{"person_id":"a","post_id":"p","start_date":"2026-01-23","how_began":"crowned"}]}""", "$.memberships[0]", "crowned")]
    [InlineData("""{"persons":[{"id":"a","name":"Tô Lâm"}],"posts":[{"id":"p","label":"General Secretary","organization_id":"vn.party.central-committee","role":"generalSecretary"}],"memberships":[{"person_id":"a","post_id":"p","start_date":"2026-01-23","how_began":"elected","term":7}]}""", "$.memberships[0]")]
    public void A_people_document_that_breaks_a_rule_says_where(string json, params string[] fragments)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => PopoloPeopleJson.Import(json));
        foreach (string f in fragments)
        {
            Assert.Contains(f, e.Message, StringComparison.Ordinal);
        }
    }

    private static OrgChart Chart()
    {
        OrgId a = OrgId.Parse("t.a"), b = OrgId.Parse("t.b");
        var builder = new OrgChartBuilder()
            .Add(new Organisation(a, OrganisationKind.AdministrativeUnit, OrgLevel.Province, "Tỉnh A", "01", new LocalDate(2020, 1, 1), englishName: "A Province", shortName: "TA", unitType: AdministrativeUnitType.Province))
            .Add(new Organisation(b, OrganisationKind.PartyCommittee, OrgLevel.Province, "Tỉnh ủy A", validFrom: new LocalDate(2020, 1, 1), validTo: new LocalDate(2025, 6, 30)));
        builder.Relate(OrgRelationKind.IsUnder, b, a, new LocalDate(2020, 1, 1), new LocalDate(2025, 6, 30));
        return builder.Build();
    }

    // A made-up person beside the General Secretary of the shipped data, so that every member a record can write is written.
    private static PersonnelRecord Record()
    {
        var an = new Person(PersonId.Parse("nguyen-van-an"), VietnameseName.Parse("Nguyễn Văn An"), PartialDate.FromYear(1960));
        var lam = new Person(PersonId.Parse("to-lam"), VietnameseName.Parse("Tô Lâm"));
        return PersonnelRecord.Empty.WithPerson(an).WithPerson(lam)
            .WithAppointment(new Appointment(an.Id, Post.GeneralSecretary, new LocalDate(2020, 1, 1), AppointmentStart.Elected, end: new LocalDate(2021, 1, 31), howEnded: AppointmentEnd.Resigned))
            .WithAppointment(new Appointment(lam.Id, Post.GeneralSecretary, new LocalDate(2026, 1, 23), AppointmentStart.Elected, Tenure.NationalParty(14)));
    }
}
