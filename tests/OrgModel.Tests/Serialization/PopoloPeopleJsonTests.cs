using System.Text.Json;
using FsCheck.Xunit;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization.Popolo;
using OrgModel.Tenures;
using OrgModel.Testing;

namespace OrgModel.Tests.Serialization;

[Properties(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 50)]
public class PopoloPeopleJsonTests
{
    [Property]
    public bool Export_import_export_gives_the_same_text(PersonnelRecord record)
    {
        string first = PopoloPeopleJson.Export(record);
        PersonnelRecord back = PopoloPeopleJson.Import(first);
        return PopoloPeopleJson.Export(back) == first && back.Appointments.SequenceEqual(record.Appointments) && back.People.Count == record.People.Count;
    }

    [Fact]
    public void The_General_Secretary_in_Popolo()
    {
        var lam = new Person(PersonId.Parse("to-lam"), VietnameseName.Parse("Tô Lâm"), PartialDate.FromYear(1957),
            birthplace: OrgId.Parse("vn.au.2025-07.33"));
        PersonnelRecord record = PersonnelRecord.Empty.WithPerson(lam)
            .WithAppointment(new Appointment(lam.Id, Post.GeneralSecretary, new LocalDate(2026, 1, 23), AppointmentStart.Elected, Tenure.NationalParty(14)));
        string json = PopoloPeopleJson.Export(record);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement person = doc.RootElement.GetProperty("persons")[0];
        Assert.Equal("Tô Lâm", person.GetProperty("name").GetString());
        Assert.Equal("Tô", person.GetProperty("family_name").GetString());
        Assert.Equal("Lâm", person.GetProperty("given_name").GetString());
        Assert.Equal("1957", person.GetProperty("birth_date").GetString());
        Assert.False(person.TryGetProperty("birthplace", out _));
        JsonElement membership = doc.RootElement.GetProperty("memberships")[0];
        Assert.Equal("post-1", membership.GetProperty("post_id").GetString());
        Assert.Equal("2026-01-23", membership.GetProperty("start_date").GetString());
        Assert.Equal("vn.party.central-committee", doc.RootElement.GetProperty("posts")[0].GetProperty("organization_id").GetString());
    }

    [Theory]
    [InlineData("""{"persons":[{"id":"a"}]}""", "$.persons[0]", "name")]
    [InlineData("""{"persons":[{"id":"a","name":"Tô Lâm"}],"memberships":[{"person_id":"a","post_id":"post-9","start_date":"2026-01-23","how_began":"elected"}]}""", "$.memberships[0]", "post-9")]
    [InlineData("""{"persons":[{"id":"a","name":"Tô Lâm","birth_date":"57"}]}""", "$.persons[0]")]
    [InlineData("""{"posts":[{"id":"p","label":"X","organization_id":"o","role":"emperor"}]}""", "$.posts[0]", "emperor")]
    [InlineData("""[1]""", "object")]
    [InlineData("""{"persons":[""", "Invalid Popolo document")]
    public void Invalid_documents_are_JsonExceptions(string json, params string[] fragments)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => PopoloPeopleJson.Import(json));
        foreach (string f in fragments)
        {
            Assert.Contains(f, e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Oversized_documents_are_refused_before_parsing()
    {
        string huge = new(' ', OrgModel.Serialization.OrgModelJson.MaxDocumentLength + 1);
        Assert.Contains("MaxDocumentLength", Assert.ThrowsAny<JsonException>(() => PopoloPeopleJson.Import(huge)).Message, StringComparison.Ordinal);
        Assert.Contains("MaxDocumentLength", Assert.ThrowsAny<JsonException>(() => PopoloJson.Import(huge)).Message, StringComparison.Ordinal);
    }
}
