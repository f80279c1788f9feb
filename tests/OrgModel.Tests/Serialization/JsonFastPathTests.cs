using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using OrgModel.Organisations;
using OrgModel.Serialization;
using OrgModel.Serialization.Json;
using OrgModel.Testing;

namespace OrgModel.Tests.Serialization;

/// <summary>
/// The byte-level fast paths of the JSON readers and writers (dates, enum names, member order, ids found again in a
/// chart) agree with the general paths they shortcut, on every input.
/// </summary>
public class JsonFastPathTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJsonContext.Default;

    private static Gen<LocalDate> AnyIsoDay { get; } =
        Gen.Choose(1, 9999).SelectMany(y => Gen.Choose(1, 12).SelectMany(m => Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(y, m)).Select(d => new LocalDate(y, m, d))));

    // Ten characters that look like a date more often than not: digits and dashes in the right places, with noise.
    private static Gen<string> DateLike { get; } =
        Gen.Elements("0123456789-x/ ".ToCharArray()).ArrayOf(10)
            .Select(cs => new string(cs))
            .Zip(AnyIsoDay, (noise, day) => (noise, day))
            .SelectMany(p => Gen.Elements(p.noise, LocalDatePattern.Iso.Format(p.day), $"{p.day.Year:D4}-{p.day.Month:D2}-3{p.noise[0]}", $"{p.day.Year:D4}-02-29"));

    [Fact]
    public void DatesFormatAsNodaTimeDoes() =>
        Prop.ForAll(AnyIsoDay.ToArbitrary(), day =>
        {
            Span<byte> utf8 = stackalloc byte[IsoDateUtf8.Length];
            return IsoDateUtf8.TryFormat(day, utf8) && Encoding.ASCII.GetString(utf8) == LocalDatePattern.Iso.Format(day);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void DatesReadAsNodaTimeDoes() =>
        Prop.ForAll(DateLike.ToArbitrary(), text =>
        {
            ParseResult<LocalDate> noda = LocalDatePattern.Iso.Parse(text);
            bool fast = IsoDateUtf8.TryRead(Encoding.ASCII.GetBytes(text), out LocalDate day);

            // The fast path may decline (then the general path decides), but never accept what NodaTime refuses
            // or read another day; for four-digit years it accepts everything NodaTime accepts.
            return fast ? noda.Success && noda.Value == day : !noda.Success || noda.Value.Year < 1;
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("0000-01-01")]
    [InlineData("2025-1-011")]
    public void ImpossibleDaysAreNotReadFast(string text) =>
        Assert.False(IsoDateUtf8.TryRead(Encoding.ASCII.GetBytes(text), out _));

    [Fact]
    public void DatesOfOtherCalendarsAreStillRefused()
    {
        var julian = new LocalDate(2025, 7, 1, CalendarSystem.Julian);
        var relation = new OrgRelation(OrgRelationKind.IsUnder, OrgId.Parse("vn.a"), OrgId.Parse("vn.b"));
        Span<byte> utf8 = stackalloc byte[IsoDateUtf8.Length];
        Assert.False(IsoDateUtf8.TryFormat(julian, utf8));
        Assert.Throws<ArgumentException>(() => new OrgRelation(OrgRelationKind.IsUnder, relation.Source, relation.Target, julian));
    }

    [Theory]
    [InlineData("""{"kind":"isUnder","source":"vn.a","target":"vn.b"}""")]
    [InlineData("""{"target":"vn.b","source":"vn.a","kind":"IsUnder"}""")]
    [InlineData("""{"validTo":"2025-06-30","target":"vn.b","kind":"ISUNDER","source":"vn.a","validFrom":"2020-01-01"}""")]
    [InlineData("""{"kind":"is\u0055nder","source":"vn.\u0061","target":"vn.b"}""")]
    public void MembersAndNamesAreReadInAnyOrderAndCase(string json)
    {
        OrgRelation r = JsonSerializer.Deserialize(json, Ctx.OrgRelation);
        Assert.Equal(OrgRelationKind.IsUnder, r.Kind);
        Assert.Equal(OrgId.Parse("vn.a"), r.Source);
        Assert.Equal(OrgId.Parse("vn.b"), r.Target);
    }

    [Fact]
    public void RepeatedMembersAreStillRefusedWhateverTheOrder()
    {
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("""{"kind":"isUnder","source":"vn.a","target":"vn.b","source":"vn.c"}""", Ctx.OrgRelation));
        Assert.Contains("twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChartsReadTheSameWhicheverMemberComesFirst()
    {
        // Relations before organisations: the ids cannot be found again, and are parsed as usual.
        const string Orgs = """[{"id":"vn.a","kind":"ministry","level":"central","name":"A"},{"id":"vn.b","kind":"ministry","level":"central","name":"B"}]""";
        const string Rels = """[{"kind":"isUnder","source":"vn.b","target":"vn.a"}]""";
        OrgChart first = JsonSerializer.Deserialize($$"""{"organisations":{{Orgs}},"relations":{{Rels}}}""", Ctx.OrgChart)!;
        OrgChart last = JsonSerializer.Deserialize($$"""{"relations":{{Rels}},"organisations":{{Orgs}}}""", Ctx.OrgChart)!;
        Assert.Equal(first.Relations, last.Relations);
        Assert.Equal(OrgId.Parse("vn.a"), first.Parent(OrgId.Parse("vn.b"))?.Id);
        Assert.Equal(OrgId.Parse("vn.a"), last.Parent(OrgId.Parse("vn.b"))?.Id);
    }

    [Fact]
    public void AnIdThatNamesNoOrganisationIsStillReported()
    {
        const string Json = """{"organisations":[{"id":"vn.a","kind":"ministry","level":"central","name":"A"}],"relations":[{"kind":"isUnder","source":"vn.zz","target":"vn.a"}]}""";
        var e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(Json, Ctx.OrgChart));
        Assert.Contains("vn.zz", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedIdInARelationIsStillAnError()
    {
        const string Json = """{"organisations":[{"id":"vn.a","kind":"ministry","level":"central","name":"A"}],"relations":[{"kind":"isUnder","source":"VN A","target":"vn.a"}]}""";
        JsonAssert.Fails(Json, Ctx.OrgChart, "$.relations[0].source");
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 30)]
    public bool ChartsReadBackWithTheSameRelationsAndEvents(OrgChart chart)
    {
        OrgChart back = JsonAssert.RoundTrip(chart, Ctx.OrgChart);
        return back.Relations.SequenceEqual(chart.Relations)
            && back.Events.Select(e => (e.Kind, e.EffectiveDate, string.Join(",", e.Predecessors), string.Join(",", e.Successors)))
                .SequenceEqual(chart.Events.Select(e => (e.Kind, e.EffectiveDate, string.Join(",", e.Predecessors), string.Join(",", e.Successors))));
    }
}
