using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using OrgModel.Reading;
using OrgModel.ReferenceData;
using OrgModel.Serialization;

namespace OrgModel.Tests.Reading;

/// <summary>The draft record's JSON member by member: the names each finding is written with, in order; every member a finding
/// cannot do without refused when missing (a missing offset would otherwise read as 0, a missing list as empty); and the
/// equality the round trip is checked with, which tells findings apart by place and records by date. Written from the survivors
/// of Reading's mutation sample (docs/quality.md, "Reading"): the round-trip tests read back what they wrote, so a member
/// renamed or made optional on both sides passed them.</summary>
public class ReadingJsonShapeTests
{
    private const string Text = "Ban Bí thư quyết định cảnh cáo ông Nguyễn Văn Bôn, Bí thư Tỉnh ủy Hà Tĩnh nhiệm kỳ 2020 - 2025; "
        + "yêu cầu Tỉnh ủy Hà Tĩnh báo cáo trước ngày 30/6/2025.";

    private static readonly LocalDate Day = new(2025, 3, 5);

    // Each finding's path in the record's JSON, with its members in the order they are written; "!" marks a member the reader
    // refuses to do without.
    public static TheoryData<string, string> Shapes => new()
    {
        { "", "date! citations! deadlines! organisations! people! terms! decisions! tasks!" },
        { "deadlines/0", "start! text! deadline! cue! clauseStart! clause!" },
        { "organisations/0", "start! text! name! id reason!" },
        { "people/0", "start! text! name! title! reason!" },
        { "terms/0", "start! text! terms! reason!" },
        { "decisions/0", "start! text! kind! people! reason!" },
        { "decisions/0/people/0", "start! text! name! title! reason!" },
        { "tasks/0", "start! text! cueStart! cue! assigneeStart assignee organisations! people! actionStart! action! deadlines! reason!" },
        { "tasks/0/organisations/0", "start! text! name! id reason!" },
        { "tasks/0/deadlines/0", "start! text! deadline! cue! clauseStart! clause!" },
    };

    private static DraftRecord Record(LocalDate day) => DraftReader.Read(Text, day, VietnamReferenceData.OrgChart);

    private static JsonObject Json() => JsonNode.Parse(JsonSerializer.Serialize(Record(Day), OrgModelJsonContext.Default.DraftRecord))!.AsObject();

    private static JsonObject At(JsonObject root, string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries)
        .Aggregate<string, JsonNode>(root, (node, step) => int.TryParse(step, out int i) ? node[i]! : node[step]!).AsObject();

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_finding_is_written_with_its_members_in_order(string path, string members) =>
        Assert.Equal(members.Replace("!", string.Empty, StringComparison.Ordinal), string.Join(" ", At(Json(), path).Select(p => p.Key)));

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_member_a_finding_needs_is_refused_when_missing(string path, string members)
    {
        foreach (string member in members.Split(' ').Where(m => m.EndsWith('!')).Select(m => m.TrimEnd('!')))
        {
            JsonObject root = Json();
            Assert.True(At(root, path).Remove(member), member);
            string json = root.ToJsonString();
            var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.DraftRecord));
            Assert.Contains($"required member \"{member}\"", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_record_reads_back_equal()
    {
        string json = JsonSerializer.Serialize(Record(Day), OrgModelJsonContext.Default.DraftRecord);
        Assert.Equal(Record(Day), JsonSerializer.Deserialize(json, OrgModelJsonContext.Default.DraftRecord));
    }

    [Fact]
    public void Records_of_one_text_read_on_two_days_are_not_equal() =>
        Assert.NotEqual(Record(Day), Record(Day.PlusDays(1)));

    [Fact]
    public void Decisions_of_one_kind_and_person_at_two_places_are_not_equal()
    {
        PersonMention person = Record(Day).People[0];
        Assert.NotEqual(
            new DecisionMention(22, "cảnh cáo", DecisionKind.Warning, [person], "a warning"),
            new DecisionMention(23, "cảnh cáo", DecisionKind.Warning, [person], "a warning"));
        Assert.NotEqual(
            new DecisionMention(22, "cảnh cáo", DecisionKind.Warning, [person], "a warning"),
            new DecisionMention(22, "khiển trách", DecisionKind.Warning, [person], "a warning"));
    }

    [Fact]
    public void A_decision_of_no_one_in_its_list_of_people_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new DecisionMention(22, "cảnh cáo", DecisionKind.Warning, [null!], "a warning"));
        Assert.Equal("people", e.ParamName);
    }
}
