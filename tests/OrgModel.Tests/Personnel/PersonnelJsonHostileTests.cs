using System.Text.Json;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Serialization.Popolo;
using static OrgModel.Tests.Personnel.PersonnelFacts;

namespace OrgModel.Tests.Personnel;

/// <summary>Issue 15: personnel JSON and Popolo refuse contradictions, duplicates and hostile values loudly and briefly.</summary>
public class PersonnelJsonHostileTests
{
    private const string Lam = """{"id":"to-lam","name":"Tô Lâm"}""";
    private const string GeneralSecretary =
        """{"organisation":"vn.party.central-committee","kind":"generalSecretary","title":"General Secretary","allowsSeveralHolders":false,"isPartyPost":true}""";

    private static PersonnelRecord Read(string json) => JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.PersonnelRecord)!;

    [Theory]
    [InlineData("2026-01-23", "\"form\":\"expulsion\"", "2025-07-01", "2026-01-23")]
    [InlineData("2024-08-03", "\"form\":\"removalFromPost\",\"removesAllPartyPosts\":true", "2025-07-19", "General Secretary")]
    public void Contradictory_records_are_refused_from_json_naming_both_facts(string start, string form, string decided, string fact)
    {
        // A General Secretary from a day after the expulsion; an open General Secretary beside a removal from all Party posts.
        string json = "{\"people\":[" + Lam + "],\"appointments\":[{\"person\":\"to-lam\",\"post\":" + GeneralSecretary
            + ",\"start\":\"" + start + "\",\"howBegan\":\"elected\"}],\"decisions\":[{\"member\":\"to-lam\"," + form
            + ",\"issuingBody\":\"vn.party.central-committee\",\"date\":\"" + decided + "\"}]}";
        JsonException e = Assert.ThrowsAny<JsonException>(() => Read(json));
        Assert.Contains(fact, e.Message, StringComparison.Ordinal);
        Assert.Contains(decided, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Popolo_duplicate_people_are_refused_naming_the_id()
    {
        string json = """{"persons":[{"id":"to-lam","name":"Tô Lâm"},{"id":"to-lam","name":"Trần Cẩm Tú"}]}""";
        JsonException e = Assert.ThrowsAny<JsonException>(() => PopoloPeopleJson.Import(json));
        Assert.Contains("to-lam", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Popolo_duplicate_members_of_an_object_are_refused()
    {
        string json = """{"persons":[{"id":"to-lam","name":"Tô Lâm","name":"Trần Cẩm Tú"}]}""";
        JsonException e = Assert.ThrowsAny<JsonException>(() => PopoloPeopleJson.Import(json));
        Assert.Contains("name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Popolo_messages_quote_at_most_about_100_characters()
    {
        string longId = new('p', 100_000);
        string json = "{\"persons\":[" + Lam + "],\"memberships\":[{\"person_id\":\"to-lam\",\"post_id\":\"" + longId
            + "\",\"start_date\":\"2026-01-23\",\"how_began\":\"elected\"}]}";
        JsonException e = Assert.ThrowsAny<JsonException>(() => PopoloPeopleJson.Import(json));
        Assert.True(e.Message.Length < 500, $"The message has {e.Message.Length} characters.");

        string posts = """[{"id":"p","label":"GS","organization_id":"vn.party.central-committee","role":"generalSecretary"}]""";
        string badDate = "{\"persons\":[" + Lam + "],\"posts\":" + posts + ",\"memberships\":[{\"person_id\":\"to-lam\",\"post_id\":\"p\",\"start_date\":\""
            + new string('9', 100_000) + "\",\"how_began\":\"elected\"}]}";
        JsonException d = Assert.ThrowsAny<JsonException>(() => PopoloPeopleJson.Import(badDate));
        Assert.True(d.Message.Length < 500, $"The message has {d.Message.Length} characters.");
    }

    [Fact]
    public void Non_local_rule_reports_posts_it_cannot_place_in_a_province()
    {
        var nowhere = OrgId.Parse("vn.nowhere.peoples-committee");
        PersonnelRecord r = PersonnelRecord.Empty
            .WithPerson(new Person(Id("Nguyễn Văn A"), VietnameseName.Parse("Nguyễn Văn A"), null, VietnamReferenceData.UnitId2025("08")))
            .WithAppointment(new Appointment(Id("Nguyễn Văn A"), Post.PeoplesCommitteeChair(nowhere), new LocalDate(2025, 7, 1), AppointmentStart.Elected));
        IReadOnlyList<RuleViolation> result = NonLocalRule.Conclusion201.Evaluate(VietnamReferenceData.OrgChart, r, NonLocalRule.Conclusion201Deadline);
        RuleViolation v = Assert.Single(result);
        Assert.Equal(RuleViolationReason.ProvinceUnknown, v.Reason);
        Assert.Null(v.Province);
        Assert.Equal(nowhere, v.Post.Organisation);

        string json = JsonSerializer.Serialize(v, OrgModelJsonContext.Default.RuleViolation);
        RuleViolation back = JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.RuleViolation)!;
        Assert.Equal(RuleViolationReason.ProvinceUnknown, back.Reason);
        Assert.Null(back.Province);
    }
}
