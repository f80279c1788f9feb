using System.Text.Json;
using OrgModel.Documents.Model;
using OrgModel.Serialization;

namespace OrgModel.Tests.Documents.Model;

public class KnownConflictsTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJson.Context;

    [Fact]
    public void Report_520_defaults_to_the_congress_summary_and_keeps_the_news_reading()
    {
        ConflictingFact fact = KnownConflicts.Report520;
        Assert.Equal("congress-summary", fact.Default.Value);
        Assert.Contains("523-BC/BTCTW", fact.Default.Statement, StringComparison.Ordinal);
        Assert.Contains(fact.Readings, r => r.Value == "two-tier-local-government-report");
    }

    [Fact]
    public void The_grassroots_congress_deadline_has_both_days_and_defaults_to_31_July()
    {
        ConflictingFact fact = KnownConflicts.GrassrootsCongressDeadline;
        Assert.Equal(["2025-07-31", "2025-06-30"], fact.Readings.Select(r => r.Value));
        Assert.Equal("2025-07-31", fact.Default.Value);
        Assert.Contains("163-KL/TW", fact.Readings[1].Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void The_non_local_posts_name_chief_inspectors_by_default_and_chief_judges_in_the_news()
    {
        ConflictingFact fact = KnownConflicts.NonLocalPosts;
        Assert.Contains("ChiefInspector", fact.Default.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("ChiefJudge", fact.Default.Value, StringComparison.Ordinal);
        Assert.Contains(fact.Readings, r => r.Value!.Contains("ChiefJudge", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_known_conflict_has_sourced_readings_a_unique_id_and_is_found_by_it()
    {
        Assert.Equal(11, KnownConflicts.All.Count);
        Assert.Equal(KnownConflicts.All.Count, KnownConflicts.All.Select(f => f.Id).Distinct().Count());
        foreach (ConflictingFact fact in KnownConflicts.All)
        {
            Assert.Same(fact, KnownConflicts.Find(fact.Id));
            Assert.All(fact.Readings, r => Assert.NotEmpty(r.Sources));
        }

        Assert.Null(KnownConflicts.Find("no-such-conflict"));
        Assert.Null(KnownConflicts.Find(null));
    }

    [Fact]
    public void Known_conflicts_round_trip_through_json()
    {
        string json = JsonSerializer.Serialize(KnownConflicts.All, Ctx.IReadOnlyListConflictingFact);
        IReadOnlyList<ConflictingFact> back = JsonSerializer.Deserialize(json, Ctx.IReadOnlyListConflictingFact)!;
        Assert.Equal(KnownConflicts.All, back);
        Assert.Contains("\"defaultIndex\":0", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"x","question":"q","readings":[{"statement":"a","sources":["s"]}],"defaultIndex":0}""")]
    [InlineData("""{"id":"x","question":"q","readings":[{"statement":"a","sources":["s"]},{"statement":"b","sources":["s"]}],"defaultIndex":2}""")]
    [InlineData("""{"id":"x","question":"q","readings":[{"statement":"a","sources":[]},{"statement":"b","sources":["s"]}],"defaultIndex":0}""")]
    [InlineData("""{"id":"x","readings":[{"statement":"a","sources":["s"]},{"statement":"b","sources":["s"]}],"defaultIndex":0}""")]
    public void Bad_json_is_a_json_exception(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, Ctx.ConflictingFact));

    [Theory]
    [InlineData("""{"question":"q","readings":[{"statement":"a","sources":["s"]},{"statement":"b","sources":["s"]}],"defaultIndex":0}""", "id")]
    [InlineData("""{"id":"x","question":"q","defaultIndex":0}""", "readings")]
    [InlineData("""{"id":"x","question":"q","readings":[{"statement":"a","sources":["s"]},{"statement":"b","sources":["s"]}]}""", "defaultIndex")]
    public void A_missing_member_is_named(string json, string member)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, Ctx.ConflictingFact));
        Assert.Contains($"\"{member}\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructors_name_the_bad_argument()
    {
        SourcedReading a = new("a", null, ["s"]);
        Assert.Equal("sources", Assert.Throws<ArgumentException>(() => new SourcedReading("a", null, [])).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentException>(() => new SourcedReading("a", null, [" "])).ParamName);
        Assert.Equal("readings", Assert.Throws<ArgumentException>(() => new ConflictingFact("x", "q", [a], 0)).ParamName);
        Assert.Equal("defaultIndex", Assert.Throws<ArgumentException>(() => new ConflictingFact("x", "q", [a, a], -1)).ParamName);
        Assert.Equal(a, new ConflictingFact("x", "q", [a, new("b", "v", ["t"])], 0).Default);
    }
}
