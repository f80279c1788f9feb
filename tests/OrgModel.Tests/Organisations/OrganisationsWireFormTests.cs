using System.Text.Json;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tests.Serialization;

namespace OrgModel.Tests.Organisations;

/// <summary>The wire form of the chart's types, written exactly so (member names and order, dates as ISO days, enums by
/// camel-case name, null members left out, a chart's day only when it has one) and read back; a text without a required member
/// is a <see cref="JsonException"/> naming it. No other test read the member names the writers use.</summary>
public class OrganisationsWireFormTests
{
    private static readonly OrgModelJsonContext Ctx = OrgModelJsonContext.Default;

    private const string UnitText = """{"id":"t.a","kind":"administrativeUnit","level":"province","name":"T\u1EC9nh A","code":"01","validFrom":"2020-01-01","validTo":"2025-06-30","englishName":"A Province","shortName":"TA","unitType":"province"}""";
    private const string CommitteeText = """{"id":"t.b","kind":"partyCommittee","level":"province","name":"T\u1EC9nh \u1EE7y A","validFrom":"2020-01-01","validTo":"2025-06-30"}""";
    private const string RelationText = """{"kind":"isUnder","source":"t.b","target":"t.a","validFrom":"2020-01-01","validTo":"2025-06-30"}""";
    private const string BodyText = """{"kind":"bodyOfArea","source":"t.b","target":"t.a","validFrom":"2020-01-01","validTo":"2025-06-30"}""";
    private const string EventText = """{"kind":"merged","effectiveDate":"2025-07-01","predecessors":["t.a","t.c"],"successors":["t.d"],"legalBasis":"202/2025/QH15","partialPredecessors":["t.c"]}""";
    private const string ChartText = """{"organisations":[""" + UnitText + "," + CommitteeText + """],"relations":[""" + RelationText + "," + BodyText + """],"events":[]}""";

    [Fact]
    public void An_organisation_writes_every_member_it_has()
    {
        Assert.Equal(UnitText, JsonSerializer.Serialize(Unit(), Ctx.Organisation));
        Organisation back = JsonSerializer.Deserialize(UnitText, Ctx.Organisation)!;
        Assert.Equal((Unit().Id, Unit().Name, Unit().Code, Unit().ValidFrom, Unit().ValidTo, Unit().EnglishName, Unit().ShortName, Unit().UnitType, Unit().Kind, Unit().Level),
            (back.Id, back.Name, back.Code, back.ValidFrom, back.ValidTo, back.EnglishName, back.ShortName, back.UnitType, back.Kind, back.Level));

        // The reference data's aliases ("Central Organizing Committee"), the English names the news use.
        Organisation commission = VietnamReferenceData.OrgChart.Find(OrgId.Parse("vn.party.central-organisation-commission"))!;
        const string commissionText = """{"id":"vn.party.central-organisation-commission","kind":"partyCommission","level":"central","name":"Ban T\u1ED5 ch\u1EE9c Trung \u01B0\u01A1ng","englishName":"Central Organisation Commission","shortName":"BTCTW","aliases":["Central Organizing Committee","Central Organization Committee"]}""";
        Assert.Equal(commissionText, JsonSerializer.Serialize(commission, Ctx.Organisation));
        Assert.Equal(commission.Aliases, JsonSerializer.Deserialize(commissionText, Ctx.Organisation)!.Aliases);
    }

    [Fact]
    public void Relations_events_and_problems_have_one_golden_text_each()
    {
        Assert.Equal(RelationText, JsonSerializer.Serialize(Relation(), Ctx.OrgRelation));
        Assert.Equal(Relation(), JsonSerializer.Deserialize(RelationText, Ctx.OrgRelation));

        Assert.Equal(EventText, JsonSerializer.Serialize(Event(), Ctx.OrgChangeEvent));
        OrgChangeEvent e = JsonSerializer.Deserialize(EventText, Ctx.OrgChangeEvent)!;
        Assert.Equal((Event().Kind, Event().EffectiveDate, Event().LegalBasis), (e.Kind, e.EffectiveDate, e.LegalBasis));
        Assert.Equal(Event().PredecessorIds, e.PredecessorIds);
        Assert.Equal(Event().SuccessorIds, e.SuccessorIds);
        Assert.Equal(Event().PartialPredecessors, e.PartialPredecessors);

        const string problemText = """{"kind":"duplicateId","subject":"t.a","message":"The id t.a is used by \u0022T\u1EC9nh A\u0022 and \u0022T\u1EC9nh A\u0022."}""";
        OrgChartProblem problem = Assert.Single(new OrgChartBuilder().Add(Unit()).Add(Unit()).Validate());
        Assert.Equal(problemText, JsonSerializer.Serialize(problem, Ctx.OrgChartProblem));
        OrgChartProblem read = JsonSerializer.Deserialize(problemText, Ctx.OrgChartProblem)!;
        Assert.Equal((problem.Kind, problem.Subject, problem.Message), (read.Kind, read.Subject, read.Message));
    }

    [Fact]
    public void A_chart_writes_its_whole_history_and_its_day()
    {
        Assert.Equal(ChartText, JsonSerializer.Serialize(Chart(), Ctx.OrgChart));
        Assert.Equal("""{"date":"2024-01-01",""" + ChartText[1..], JsonSerializer.Serialize(Chart().AsOf(new LocalDate(2024, 1, 1)), Ctx.OrgChart));
        OrgChart back = JsonSerializer.Deserialize(ChartText, Ctx.OrgChart)!;
        Assert.Null(back.Date);
        Assert.Equal(Chart().Relations, back.Relations);
        Assert.Equal(new LocalDate(2024, 1, 1), JsonSerializer.Deserialize("""{"date":"2024-01-01",""" + ChartText[1..], Ctx.OrgChart)!.Date);

        AreaBodies bodies = Chart().AsOf(new LocalDate(2024, 1, 1)).BodiesOf(OrgId.Parse("t.a"))!;
        string bodiesText = """{"unit":""" + UnitText + ""","partyCommittee":""" + CommitteeText + "}";
        Assert.Equal(bodiesText, JsonSerializer.Serialize(bodies, Ctx.AreaBodies));
        AreaBodies readBodies = JsonSerializer.Deserialize(bodiesText, Ctx.AreaBodies)!;
        Assert.Equal((OrgId.Parse("t.a"), OrgId.Parse("t.b"), (OrgId?)null, (OrgId?)null), (readBodies.Unit.Id, readBodies.PartyCommittee!.Id, readBodies.PeoplesCouncil?.Id, readBodies.PeoplesCommittee?.Id));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("kind")]
    [InlineData("level")]
    [InlineData("name")]
    public void An_organisation_without_a_required_member_names_it(string member) =>
        JsonAssert.Fails(JsonAssert.Without(UnitText, member), Ctx.Organisation, $"\"{member}\"");

    [Theory]
    [InlineData("kind")]
    [InlineData("source")]
    [InlineData("target")]
    public void A_relation_without_a_required_member_names_it(string member) =>
        JsonAssert.Fails(JsonAssert.Without(RelationText, member), Ctx.OrgRelation, $"\"{member}\"");

    [Theory]
    [InlineData("kind")]
    [InlineData("effectiveDate")]
    [InlineData("predecessors")]
    [InlineData("successors")]
    public void An_event_without_a_required_member_names_it(string member) =>
        JsonAssert.Fails(JsonAssert.Without(EventText, member), Ctx.OrgChangeEvent, $"\"{member}\"");

    [Theory]
    [InlineData("kind")]
    [InlineData("subject")]
    [InlineData("message")]
    public void A_problem_without_a_required_member_names_it(string member) =>
        JsonAssert.Fails(JsonAssert.Without("""{"kind":"duplicateId","subject":"t.a","message":"m"}""", member), Ctx.OrgChartProblem, $"\"{member}\"");

    [Fact]
    public void A_chart_or_a_unit_s_bodies_without_their_required_member_name_it()
    {
        JsonAssert.Fails(JsonAssert.Without(ChartText, "organisations"), Ctx.OrgChart, "\"organisations\"");
        JsonAssert.Fails("""{"partyCommittee":""" + CommitteeText + "}", Ctx.AreaBodies, "\"unit\"");
        Assert.Empty(JsonSerializer.Deserialize("""{"organisations":[]}""", Ctx.OrgChart)!.Relations);
    }
    private static Organisation Unit() => new(OrgId.Parse("t.a"), OrganisationKind.AdministrativeUnit, OrgLevel.Province, "Tỉnh A", "01", new LocalDate(2020, 1, 1), new LocalDate(2025, 6, 30), "A Province", "TA", AdministrativeUnitType.Province);

    private static OrgRelation Relation() => new(OrgRelationKind.IsUnder, OrgId.Parse("t.b"), OrgId.Parse("t.a"), new LocalDate(2020, 1, 1), new LocalDate(2025, 6, 30));

    private static OrgChangeEvent Event() => new(OrgChangeKind.Merged, new LocalDate(2025, 7, 1), [OrgId.Parse("t.a"), OrgId.Parse("t.c")], [OrgId.Parse("t.d")], DocumentNumber.Parse("202/2025/QH15"), [OrgId.Parse("t.c")]);

    private static OrgChart Chart()
    {
        var builder = new OrgChartBuilder()
            .Add(Unit())
            .Add(new Organisation(OrgId.Parse("t.b"), OrganisationKind.PartyCommittee, OrgLevel.Province, "Tỉnh ủy A", validFrom: new LocalDate(2020, 1, 1), validTo: new LocalDate(2025, 6, 30)));
        builder.Add(Relation());
        builder.Relate(OrgRelationKind.BodyOfArea, OrgId.Parse("t.b"), OrgId.Parse("t.a"), new LocalDate(2020, 1, 1), new LocalDate(2025, 6, 30));
        return builder.Build();
    }
}
