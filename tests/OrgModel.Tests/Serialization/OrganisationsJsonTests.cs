using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Testing;

namespace OrgModel.Tests.Serialization;

public class OrganisationsJsonTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJsonContext.Default;

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool OrganisationsRoundTrip(Organisation o)
    {
        Organisation back = JsonAssert.RoundTrip(o, Ctx.Organisation);
        return back.Id == o.Id && back.Kind == o.Kind && back.Level == o.Level && back.Name == o.Name && back.Code == o.Code
            && back.ValidFrom == o.ValidFrom && back.ValidTo == o.ValidTo && back.EnglishName == o.EnglishName
            && back.ShortName == o.ShortName && back.UnitType == o.UnitType;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool RelationsRoundTrip(OrgRelation r) => JsonAssert.RoundTrip(r, Ctx.OrgRelation) == r;

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool EventsRoundTrip(OrgChangeEvent e)
    {
        OrgChangeEvent back = JsonAssert.RoundTrip(e, Ctx.OrgChangeEvent);
        return back.Kind == e.Kind && back.EffectiveDate == e.EffectiveDate && back.Predecessors.SequenceEqual(e.Predecessors)
            && back.Successors.SequenceEqual(e.Successors) && back.PartialPredecessors.SequenceEqual(e.PartialPredecessors)
            && back.LegalBasis == e.LegalBasis;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 30)]
    public bool ChartsRoundTrip(OrgChart chart)
    {
        OrgChart back = JsonAssert.RoundTrip(chart, Ctx.OrgChart);
        return back.Organisations.Count == chart.Organisations.Count && back.Relations.Count == chart.Relations.Count && back.Date == chart.Date;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool ProblemsRoundTrip(OrgChartProblem p)
    {
        OrgChartProblem back = JsonAssert.RoundTrip(p, Ctx.OrgChartProblem);
        return back.Kind == p.Kind && back.Subject == p.Subject && back.Message == p.Message;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 20)]
    public bool AreaBodiesRoundTrip(AreaBodies b) => JsonAssert.RoundTrip(b, Ctx.AreaBodies).Unit.Id == b.Unit.Id;

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool EnumsAreCamelCaseStrings(OrgLevel level, OrganisationKind kind)
    {
        string json = JsonSerializer.Serialize(level, Ctx.OrgLevel);
        return json == "\"" + JsonNamingPolicy.CamelCase.ConvertName(level.ToString()) + "\""
            && JsonSerializer.Deserialize(json, Ctx.OrgLevel) == level
            && JsonAssert.RoundTrip(kind, Ctx.OrganisationKind) == kind;
    }

    [Fact]
    public void TheWholeReferenceChart_RoundTrips()
    {
        OrgChart chart = VietnamReferenceData.OrgChart;
        OrgChart back = JsonAssert.RoundTrip(chart, Ctx.OrgChart);
        Assert.Equal(chart.Organisations.Count, back.Organisations.Count);
        Assert.Equal(chart.Events.Count, back.Events.Count);
        LocalDate reform = new(2025, 7, 1);
        Assert.Equal(VietnamReferenceData.Provinces(reform).Count, back.AsOf(reform).Organisations.Count(o => o.Level == OrgLevel.Province && o.Kind == OrganisationKind.AdministrativeUnit));
        Assert.Equal("Phường Ba Đình", back.AsOf(reform).FindByCode("00004")!.Name);
    }

    [Fact]
    public void ADatedView_KeepsItsDay()
    {
        OrgChart day = VietnamReferenceData.OrgChart.AsOf(new LocalDate(2025, 6, 30));
        OrgChart back = JsonAssert.RoundTrip(day, Ctx.OrgChart);
        Assert.Equal(new LocalDate(2025, 6, 30), back.Date);
        Assert.Equal("Phường Trúc Bạch", back.FindByCode("00004")!.Name);
    }

    [Fact]
    public void AnOrganisation_HasTheDocumentedWireForm()
    {
        var o = new Organisation(OrgId.Parse("vn.au.01"), OrganisationKind.AdministrativeUnit, OrgLevel.Province, "Thành phố Hà Nội",
            code: "01", validFrom: new LocalDate(2025, 7, 1), unitType: AdministrativeUnitType.Municipality);
        Assert.Equal(
            """{"id":"vn.au.01","kind":"administrativeUnit","level":"province","name":"Thành phố Hà Nội","code":"01","validFrom":"2025-07-01","unitType":"municipality"}""",
            JsonSerializer.Serialize(o, OrgModelJson.Context.Organisation));
    }

    [Theory]
    [InlineData("""{"id":"x","kind":"ministry","level":"central","name":"A","validFrom":"2025-07-01","validTo":"2025-01-01"}""", "ends", "validTo")]
    [InlineData("""{"id":"x","kind":"ministry","level":"central"}""", "required member \"name\"")]
    [InlineData("""{"id":"x","kind":"ministry","level":"central","name":"A","nmae":"B"}""", "no member \"nmae\"")]
    [InlineData("""{"id":"x","kind":"ministry","level":"central","name":"A","name":"B"}""", "appears twice")]
    [InlineData("""{"id":"x","kind":"nothing","level":"central","name":"A"}""", "$.kind", "not a valid OrganisationKind")]
    [InlineData("""{"id":"x","kind":3,"level":"central","name":"A"}""", "$.kind", "string was expected")]
    [InlineData("""{"id":"x","kind":"ministry","level":"central","name":"A","validFrom":"2025-02-30"}""", "$.validFrom")]
    [InlineData("""{"id":"x","kind":"ministry","level":"central","name":"A","code":"12a"}""", "code")]
    [InlineData("""{"id":"x","kind":"ministry","level":"central","name":"A",""", "")]
    [InlineData("""["x"]""", "object was expected")]
    [InlineData("""{"id":"x","kind":"ministry","level":"central","name":"A","code":1e400}""", "$.code")]
    public void InvalidOrganisations_AreJsonExceptions(string json, params string[] fragments) =>
        JsonAssert.Fails(json, Ctx.Organisation, fragments);

    [Theory]
    [InlineData("""{"kind":"renamed","effectiveDate":"2025-07-01","predecessors":["a"],"successors":["b"],"legalBasis":"202/2025"}""", "$.legalBasis")]
    [InlineData("""{"kind":"renamed","effectiveDate":"2025-07-01","predecessors":["a"],"successors":["b"],"legalBasis":202}""", "$.legalBasis")]
    [InlineData("""{"kind":"merged","effectiveDate":"2025-07-01","predecessors":["a"],"successors":["b","c"]}""", "Merged event", "successor")]
    public void InvalidChangeEvents_AreJsonExceptions(string json, params string[] fragments) =>
        JsonAssert.Fails(json, Ctx.OrgChangeEvent, fragments);

    [Fact]
    public void AChangeEventsLegalBasis_IsReadForgivingly_AndWrittenCanonically()
    {
        OrgChangeEvent e = JsonSerializer.Deserialize(
            """{"kind":"renamed","effectiveDate":"2025-07-01","predecessors":["a"],"successors":["b"],"legalBasis":"Số 202/2025/qh15"}""", Ctx.OrgChangeEvent)!;
        Assert.Equal(DocumentNumber.Parse("202/2025/QH15"), e.LegalBasis);
        Assert.Contains("\"legalBasis\":\"202/2025/QH15\"", JsonSerializer.Serialize(e, Ctx.OrgChangeEvent), StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidChart_ListsItsProblems_WithPaths()
    {
        JsonAssert.Fails(
            """{"organisations":[{"id":"a","kind":"ministry","level":"central","name":"A"}],"relations":[{"kind":"isUnder","source":"a","target":"missing"}]}""",
            Ctx.OrgChart, "chart is invalid", "missing");
        JsonAssert.Fails(
            """{"organisations":[{"id":"a","kind":"ministry","level":"central","name":"A"},{"id":"b","kind":"ministry","level":"centre","name":"B"}]}""",
            Ctx.OrgChart, "$.organisations[1].level");
    }

    // The chart reader finds relation ends among the organisations read before them; ids it cannot find that way
    // (relations written first, an escaped or upper-case id, a duplicated id) must still be found, or reported, as before.
    [Fact]
    public void AChartsRelations_AreLinked_HoweverTheirIdsAreWritten()
    {
        const string Orgs = """[{"id":"a","kind":"ministry","level":"central","name":"A"},{"id":"b","kind":"ministry","level":"central","name":"B"},{"id":"c","kind":"ministry","level":"central","name":"C"}]""";
        const string Relations = """[{"kind":"isUnder","source":"a","target":"b"},{"kind":"isUnder","source":"\u0062","target":"C"}]""";
        foreach (string json in (string[])[$$"""{"organisations":{{Orgs}},"relations":{{Relations}}}""", $$"""{"relations":{{Relations}},"organisations":{{Orgs}}}"""])
        {
            OrgChart chart = JsonSerializer.Deserialize(json, Ctx.OrgChart)!;
            Assert.Equal(["b", "c"], chart.Ancestors(OrgId.Parse("a")).Select(o => o.Id.ToString()));
        }

        JsonAssert.Fails(
            """{"organisations":[{"id":"a","kind":"ministry","level":"central","name":"A"},{"id":"a","kind":"ministry","level":"central","name":"A2"}],"relations":[{"kind":"isUnder","source":"a","target":"x"}]}""",
            Ctx.OrgChart, "chart is invalid", "is used by", "x");
    }

    // The chart reader finds ids again by a hash of their UTF-8 bytes, and the validation groups codes by their length and
    // value: an id found must be the very one written, one that only shares a prefix is not found, and codes that differ
    // only by a leading zero are different codes, while a code really used twice at once is still refused.
    [Fact]
    public void AChartInJson_IsValidatedLikeABuiltOne_WithoutConfusingIdsOrCodes()
    {
        const int N = 300;
        string orgs = string.Join(",", Enumerable.Range(0, N).Select(i => $$"""{"id":"o.{{i}}","kind":"ministry","level":"central","name":"O{{i}}"}"""));
        string relations = string.Join(",", Enumerable.Range(1, N - 1).Select(i => $$"""{"kind":"isUnder","source":"o.{{i}}","target":"o.{{i / 2}}"}"""));
        OrgChart chart = JsonSerializer.Deserialize($$"""{"organisations":[{{orgs}}],"relations":[{{relations}}]}""", Ctx.OrgChart)!;
        Assert.Equal(["o.149", "o.74", "o.37", "o.18", "o.9", "o.4", "o.2", "o.1", "o.0"], chart.Ancestors(OrgId.Parse("o.299")).Select(o => o.Id.ToString()));
        JsonAssert.Fails(
            $$"""{"organisations":[{{orgs}}],"relations":[{"kind":"isUnder","source":"o.1","target":"o.10"},{"kind":"isUnder","source":"o.2","target":"o.1000"}]}""",
            Ctx.OrgChart, "chart is invalid", "o.1000");

        static string Unit(string id, string code) =>
            $$"""{"id":"{{id}}","kind":"administrativeUnit","level":"province","name":"Tỉnh {{id}}","code":"{{code}}","unitType":"province"}""";
        Assert.NotNull(JsonSerializer.Deserialize($$"""{"organisations":[{{Unit("u.a", "01")}},{{Unit("u.b", "1")}},{{Unit("u.c", "001")}}]}""", Ctx.OrgChart));
        JsonAssert.Fails($$"""{"organisations":[{{Unit("u.a", "01")}},{{Unit("u.b", "1")}},{{Unit("u.c", "01")}}]}""", Ctx.OrgChart, "chart is invalid", "The code 01 is used by u.a and u.c");
    }

    [Fact]
    public void DeepNesting_IsAJsonException()
    {
        string deep = new string('[', 5000) + new string(']', 5000);
        JsonAssert.Fails(deep, Ctx.OrgChart);
        JsonAssert.Fails("""{"organisations":""" + deep + "}", Ctx.OrgChart);
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool MutatedJson_IsReadOrRejected_NeverAnotherException(Organisation o, int position, char c, bool delete)
    {
        string json = JsonSerializer.Serialize(o, Ctx.Organisation);
        int at = (int)((uint)position % (uint)json.Length);
        string mutated = delete ? json.Remove(at, 1) : json.Insert(at, c.ToString());
        return JsonAssert.ReadsOrRejects(mutated, Ctx.Organisation) && JsonAssert.ReadsOrRejects(mutated, Ctx.OrgChart)
            && JsonAssert.ReadsOrRejects(mutated, Ctx.OrgRelation) && JsonAssert.ReadsOrRejects(mutated, Ctx.OrgChangeEvent);
    }
}
