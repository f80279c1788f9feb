using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using OrgModel.Calendar;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.ReferenceData;
using OrgModel.Serialization;
using OrgModel.Tasks;
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

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 50)]
    public void Documents_MatchTheirSchema(Document d)
    {
        Valid("document.schema.json", d, Ctx.Document);
        Valid("document.schema.json", d, OrgModelJson.WithClearance(ConfidentialityMark.TopSecret).Document);
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 30)]
    public void Registries_MatchTheirSchema(DocumentRegistry r) => Valid("document-registry.schema.json", r, Ctx.DocumentRegistry);

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 50)]
    public void People_MatchTheirSchema(Person p) => Valid("person.schema.json", p, Ctx.Person);

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 50)]
    public void Appointments_MatchTheirSchema(Appointment a) => Valid("appointment.schema.json", a, Ctx.Appointment);

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 50)]
    public void Decisions_MatchTheirSchema(DisciplinaryDecision d) => Valid("disciplinary-decision.schema.json", d, Ctx.DisciplinaryDecision);

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 30)]
    public void Records_MatchTheirSchema(PersonnelRecord r) => Valid("personnel-record.schema.json", r, Ctx.PersonnelRecord);

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 50)]
    public void Tasks_MatchTheirSchema(TaskItem t) => Valid("task-item.schema.json", t, Ctx.TaskItem);

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 20)]
    public void Trackers_MatchTheirSchema(TaskTracker t) => Valid("task-tracker.schema.json", t, Ctx.TaskTracker);

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 50)]
    public void Roadmaps_MatchTheirSchema(Roadmap r) => Valid("roadmap.schema.json", r, Ctx.Roadmap);

    [Property(Arbitrary = [typeof(OrgArbitraries)], MaxTest = 20)]
    public void Calendars_MatchTheirSchema(WorkingDayCalendar c) => Valid("working-day-calendar.schema.json", c, Ctx.WorkingDayCalendar);

    [Fact]
    public void TheShippedRegistryAndCalendar_MatchTheirSchemas()
    {
        Valid("document-registry.schema.json", DocumentRegistry.Vietnam, Ctx.DocumentRegistry);
        Valid("working-day-calendar.schema.json", WorkingDayCalendar.Default, Ctx.WorkingDayCalendar);
    }

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
    [InlineData("confidentialityMark", typeof(ConfidentialityMark))]
    [InlineData("urgencyMark", typeof(UrgencyMark))]
    [InlineData("signingCapacity", typeof(SigningCapacity))]
    [InlineData("documentRelationKind", typeof(DocumentRelationKind))]
    [InlineData("appointmentStart", typeof(AppointmentStart))]
    [InlineData("appointmentEnd", typeof(AppointmentEnd))]
    [InlineData("disciplineForm", typeof(DisciplineForm))]
    [InlineData("postKind", typeof(PostKind))]
    [InlineData("scopeKind", typeof(ScopeKind))]
    [InlineData("scopeBody", typeof(ScopeBody))]
    [InlineData("holidayRuleKind", typeof(HolidayRuleKind))]
    [InlineData("holidayOverrideKind", typeof(HolidayOverrideKind))]
    public void SchemaEnums_ListExactlyTheWireNames(string definition, Type enumType)
    {
        string[] schema = [.. Validator.Load("common.schema.json").GetProperty("$defs").GetProperty(definition).GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!)];
        string[] wire = [.. Enum.GetNames(enumType).Select(JsonNamingPolicy.CamelCase.ConvertName)];
        Assert.Equal(wire, schema);
    }

    [Fact]
    public void TheSchemaDocumentKinds_AreTheCatalogue()
    {
        string[] schema = [.. Validator.Load("common.schema.json").GetProperty("$defs").GetProperty("documentKind").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!)];
        Assert.Equal(DocumentKind.All.Select(k => k.Key), schema);
        const string Document = """{"number":"1-NQ/TW","kind":"KIND","issuingBodies":[],"issueDate":"2025-01-01","title":"x","signers":[],"confidentiality":"none","urgency":"none","relations":[]}""";
        Assert.Empty(Validator.Validate("document.schema.json", Document.Replace("KIND", "resolution", StringComparison.Ordinal)));
        Assert.NotEmpty(Validator.Validate("document.schema.json", Document.Replace("KIND", "memo", StringComparison.Ordinal)));
    }

    private static void Valid<T>(string schema, T value, JsonTypeInfo<T> info)
    {
        IReadOnlyList<string> errors = Validator.Validate(schema, JsonSerializer.Serialize(value, info));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }
}
