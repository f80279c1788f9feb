using System.Text.Json.Serialization;
using OrgModel.Documents.Model;
using OrgModel.Serialization.Json;
using OrgModel.Tasks;

namespace OrgModel.Serialization;

/// <summary>
/// The source-generated JSON context for every public OrgModel type: trim- and AOT-safe, and the only route that
/// works in .NET file-based apps (which disable reflection-based JSON).
/// Use it as <c>JsonSerializer.Serialize(value, OrgModelJsonContext.Default.T)</c>.
/// </summary>
/// <remarks>Thread safety: the context is immutable once created and thread-safe.</remarks>
[JsonSourceGenerationOptions(
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    MaxDepth = 64,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(OrgModel.Organisations.OrgId))]
[JsonSerializable(typeof(OrgModel.Organisations.Organisation))]
[JsonSerializable(typeof(OrgModel.Organisations.OrgRelation))]
[JsonSerializable(typeof(OrgModel.Organisations.OrgChangeEvent))]
[JsonSerializable(typeof(OrgModel.Organisations.OrgChart))]
[JsonSerializable(typeof(OrgModel.Organisations.AreaBodies))]
[JsonSerializable(typeof(OrgModel.Organisations.OrgChartProblem))]
[JsonSerializable(typeof(OrgModel.Organisations.OrganisationKind))]
[JsonSerializable(typeof(OrgModel.Organisations.OrgLevel))]
[JsonSerializable(typeof(OrgModel.Organisations.OrgRelationKind))]
[JsonSerializable(typeof(OrgModel.Organisations.OrgChangeKind))]
[JsonSerializable(typeof(OrgModel.Organisations.AdministrativeUnitType))]
[JsonSerializable(typeof(OrgModel.Organisations.OrgChartProblemKind))]
[JsonSerializable(typeof(IReadOnlyList<OrgModel.Organisations.Organisation>))]
[JsonSerializable(typeof(OrgModel.Tenures.Tenure))]
[JsonSerializable(typeof(OrgModel.Documents.DocumentNumber))]
[JsonSerializable(typeof(OrgModel.Documents.PartyDocumentNumber))]
[JsonSerializable(typeof(OrgModel.Documents.StateDocumentNumber))]
[JsonSerializable(typeof(IReadOnlyList<OrgModel.Organisations.OrgChartProblem>))]
// Deadlines
[JsonSerializable(typeof(OrgModel.Deadlines.Deadline))]
[JsonSerializable(typeof(OrgModel.Tasks.TaskItem))]
[JsonSerializable(typeof(OrgModel.Tasks.Assignment))]
[JsonSerializable(typeof(OrgModel.Tasks.AssignmentScope))]
[JsonSerializable(typeof(OrgModel.Tasks.Milestone))]
[JsonSerializable(typeof(OrgModel.Tasks.Roadmap))]
[JsonSerializable(typeof(OrgModel.Tasks.RoadmapProblem))]
[JsonSerializable(typeof(OrgModel.Tasks.ReportingObligation))]
[JsonSerializable(typeof(OrgModel.Tasks.CompletionReport))]
[JsonSerializable(typeof(OrgModel.Tasks.ReportDelivery))]
[JsonSerializable(typeof(OrgModel.Tasks.TaskLink))]
[JsonSerializable(typeof(OrgModel.Tasks.TaskLinkKind))]
[JsonSerializable(typeof(OrgModel.Tasks.StatusSummary))]
[JsonSerializable(typeof(OrgModel.Tasks.TaskTracker))]
[JsonSerializable(typeof(OrgModel.Tasks.AssignmentStatus))]
[JsonSerializable(typeof(OrgModel.Tasks.MissingReports))]
[JsonSerializable(typeof(OrgModel.Deadlines.BeforeInterpretation))]
[JsonSerializable(typeof(OrgModel.Tasks.ClarityPrinciple))]
[JsonSerializable(typeof(OrgModel.Deadlines.DeadlineKind))]
[JsonSerializable(typeof(OrgModel.Deadlines.RecurrenceFrequency))]
[JsonSerializable(typeof(OrgModel.Deadlines.DeadlineMention))]
[JsonSerializable(typeof(OrgModel.Deadlines.DeadlineCue))]
[JsonSerializable(typeof(OrgModel.Tasks.RoadmapProblemKind))]
[JsonSerializable(typeof(OrgModel.Tasks.ScopeBody))]
[JsonSerializable(typeof(OrgModel.Tasks.ScopeKind))]
[JsonSerializable(typeof(OrgModel.Tasks.TaskClarity))]
// Tenures
[JsonSerializable(typeof(OrgModel.Tenures.NationalPartyCongress))]
[JsonSerializable(typeof(OrgModel.Tenures.CentralConference))]
[JsonSerializable(typeof(OrgModel.Tenures.NationalAssemblyTerm))]
[JsonSerializable(typeof(OrgModel.Tenures.LocalCongressMilestone))]
[JsonSerializable(typeof(OrgModel.Tenures.LocalCongressLevel))]
[JsonSerializable(typeof(OrgModel.Tenures.LocalCongressTask))]
[JsonSerializable(typeof(OrgModel.Tenures.TenureKind))]
[JsonSerializable(typeof(OrgModel.Tenures.PoliticalEvent))]
[JsonSerializable(typeof(OrgModel.Tenures.PoliticalEventKind))]
[JsonSerializable(typeof(IReadOnlyList<OrgModel.Tenures.PoliticalEvent>))]
// Documents
[JsonSerializable(typeof(OrgModel.Documents.Model.Document))]
[JsonSerializable(typeof(OrgModel.Documents.Model.DocumentRegistry))]
[JsonSerializable(typeof(OrgModel.Documents.Model.DocumentReference))]
[JsonSerializable(typeof(OrgModel.Documents.Model.DocumentKey))]
[JsonSerializable(typeof(OrgModel.Documents.Model.DocumentRelation))]
[JsonSerializable(typeof(OrgModel.Documents.Model.DocumentSigner))]
[JsonSerializable(typeof(OrgModel.Documents.Model.SourcedReading))]
[JsonSerializable(typeof(OrgModel.Documents.Model.ConflictingFact))]
[JsonSerializable(typeof(IReadOnlyList<OrgModel.Documents.Model.ConflictingFact>))]
[JsonSerializable(typeof(OrgModel.Documents.Model.CentralConferenceNumber))]
[JsonSerializable(typeof(OrgModel.Documents.Model.DocumentKind))]
[JsonSerializable(typeof(OrgModel.Documents.Model.DocumentIssuer))]
[JsonSerializable(typeof(OrgModel.Documents.Model.ConfidentialityMark))]
[JsonSerializable(typeof(OrgModel.Documents.Model.UrgencyMark))]
[JsonSerializable(typeof(OrgModel.Documents.Model.SigningCapacity))]
[JsonSerializable(typeof(OrgModel.Documents.Model.DocumentRelationKind))]
[JsonSerializable(typeof(OrgModel.Documents.Model.DocumentSystem))]
[JsonSerializable(typeof(OrgModel.Documents.Model.IssuingAuthority))]
[JsonSerializable(typeof(OrgModel.Documents.Model.PartyIssuerRole))]
[JsonSerializable(typeof(OrgModel.Documents.Model.ResolutionStatus))]
// Personnel
[JsonSerializable(typeof(OrgModel.Personnel.Person))]
[JsonSerializable(typeof(OrgModel.Personnel.PersonId))]
[JsonSerializable(typeof(OrgModel.Personnel.VietnameseName))]
[JsonSerializable(typeof(OrgModel.Personnel.PartialDate))]
[JsonSerializable(typeof(OrgModel.Personnel.Post))]
[JsonSerializable(typeof(OrgModel.Personnel.Appointment))]
[JsonSerializable(typeof(OrgModel.Personnel.DisciplinaryDecision))]
[JsonSerializable(typeof(OrgModel.Personnel.PersonnelRecord))]
[JsonSerializable(typeof(OrgModel.Personnel.RuleViolation))]
[JsonSerializable(typeof(OrgModel.Personnel.AppointmentEnd))]
[JsonSerializable(typeof(OrgModel.Personnel.AppointmentStart))]
[JsonSerializable(typeof(OrgModel.Personnel.DisciplineForm))]
[JsonSerializable(typeof(OrgModel.Personnel.PostKind))]
[JsonSerializable(typeof(OrgModel.Personnel.RuleViolationReason))]
// Calendar
[JsonSerializable(typeof(OrgModel.Calendar.VietnameseLunarDate))]
[JsonSerializable(typeof(OrgModel.Calendar.HolidayRule))]
[JsonSerializable(typeof(OrgModel.Calendar.HolidayRuleKind))]
[JsonSerializable(typeof(OrgModel.Calendar.HolidayOverride))]
[JsonSerializable(typeof(OrgModel.Calendar.HolidayOverrideKind))]
[JsonSerializable(typeof(OrgModel.Calendar.HolidayOrigin))]
[JsonSerializable(typeof(OrgModel.Calendar.PublicHoliday))]
[JsonSerializable(typeof(IReadOnlyList<OrgModel.Calendar.PublicHoliday>))]
[JsonSerializable(typeof(OrgModel.Calendar.PublicHolidays))]
[JsonSerializable(typeof(OrgModel.Calendar.WorkingDayCalendar))]
public sealed partial class OrgModelJsonContext : JsonSerializerContext;
