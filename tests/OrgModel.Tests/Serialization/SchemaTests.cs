using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Testing;

namespace OrgModel.Tests.Serialization;

/// <summary>The JSON Schemas published in docs/schema describe what the serializer really writes.</summary>
public class SchemaTests
{
    private static readonly SchemaValidator Validator = new(SchemaValidator.SchemaDirectory);
    private static readonly OrgModelJsonContext Ctx = OrgModelJsonContext.Default;

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public void Organisations_MatchTheirSchema(Organisation o) => Valid("organisation.schema.json", o, Ctx.Organisation);

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public void Relations_MatchTheirSchema(OrgRelation r) => Valid("org-relation.schema.json", r, Ctx.OrgRelation);

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public void Events_MatchTheirSchema(OrgChangeEvent e) => Valid("org-change-event.schema.json", e, Ctx.OrgChangeEvent);

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 30)]
    public void Charts_MatchTheirSchema(OrgChart c) => Valid("org-chart.schema.json", c, Ctx.OrgChart);

    [Fact]
    public void TheReferenceChart_MatchesTheChartSchema() =>
        Valid("org-chart.schema.json", VietnamReferenceData.OrgChart.AsOf(new LocalDate(2025, 7, 1)), Ctx.OrgChart);

    [Fact]
    public void TheValidator_CatchesAViolation()
    {
        Assert.NotEmpty(Validator.Validate("organisation.schema.json", """{"id":"a","kind":"planet","level":"central","name":"A","extra":1}"""));
        Assert.NotEmpty(Validator.Validate("org-chart.schema.json", """{"organisations":[{"id":"a"}],"relations":[],"events":[]}"""));
    }

    [Theory]
    [InlineData("organisationKind", typeof(OrganisationKind))]
    [InlineData("orgLevel", typeof(OrgLevel))]
    [InlineData("administrativeUnitType", typeof(AdministrativeUnitType))]
    [InlineData("orgRelationKind", typeof(OrgRelationKind))]
    [InlineData("orgChangeKind", typeof(OrgChangeKind))]
    public void SchemaEnums_ListExactlyTheWireNames(string definition, Type enumType)
    {
        string[] schema = [.. Validator.Load("common.schema.json").GetProperty("$defs").GetProperty(definition).GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!)];
        string[] wire = [.. Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName)];
        Assert.Equal(wire, schema);
    }

    private static void Valid<T>(string schema, T value, JsonTypeInfo<T> info)
    {
        IReadOnlyList<string> errors = Validator.Validate(schema, JsonSerializer.Serialize(value, info));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }
}
