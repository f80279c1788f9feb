using OrgModel.Calendar;
using OrgModel.Deadlines;
using OrgModel.Diagrams;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Reading;
using OrgModel.Tasks;
using OrgModel.Tenures;

namespace OrgModel.EntityFrameworkCore;

/// <summary>
/// Maps OrgModel values to database columns, in <c>DbContext.ConfigureConventions</c>:
/// <c>configurationBuilder.AddOrgModelConventions()</c>.
/// </summary>
/// <remarks>
/// <para>Every OrgModel value type becomes one text column holding its canonical text, so that SQL sees what .NET sees:
/// <c>WHERE number = '201-KL/TW'</c> finds the document whose number was parsed from <c>số 201 - kl/tw</c>, and a LINQ
/// query such as <c>Where(d =&gt; d.Number == DocumentNumber.Parse("201-KL/TW"))</c> runs in SQL. Enums are stored
/// by member name. Each type gets a value comparer, so change tracking sees every change (a deadline's wording too).</para>
/// <para>Reading text that is not the canonical text of a value (a row edited by hand) throws
/// <see cref="InvalidColumnValueException"/>, naming the column and the value; it never gives a plausible wrong value.
/// Writing a value whose text would not read back (a <c>default</c> identifier) throws <see cref="InvalidOperationException"/>.</para>
/// <para>NodaTime values are left to the provider: with PostgreSQL, call <c>UseNodaTime()</c> on the Npgsql options;
/// with SQLite, which has no date types, add <see cref="AddNodaTimeAsText"/>.</para>
/// </remarks>
public static class OrgModelConventions
{
    /// <summary>Maps every OrgModel value type and enum to a text column.</summary>
    /// <param name="configurationBuilder">The builder passed to <c>ConfigureConventions</c>.</param>
    /// <returns>The same builder.</returns>
    public static ModelConfigurationBuilder AddOrgModelConventions(this ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        var b = configurationBuilder;
        Map<DocumentNumber, DocumentNumberText>(b);
        Map<PartyDocumentNumber, PartyDocumentNumberText>(b);
        Map<StateDocumentNumber, StateDocumentNumberText>(b);
        Map<OrgId, OrgIdText>(b);
        Map<PersonId, PersonIdText>(b);
        Map<Tenure, TenureText>(b);
        Map<VietnameseName, VietnameseNameText>(b);
        Map<VietnameseLunarDate, VietnameseLunarDateText>(b);
        Map<PartialDate, PartialDateText>(b);
        Map<Deadline, DeadlineText>(b);
        Map<CentralConferenceNumber, CentralConferenceNumberText>(b);
        Map<DocumentKey, DocumentKeyText>(b);
        MapEnums(b);
        return NameColumns(b);
    }

    /// <summary>
    /// Maps NodaTime's <see cref="LocalDate"/>, <see cref="LocalDateTime"/>, <see cref="LocalTime"/>, <see cref="Instant"/>,
    /// <see cref="YearMonth"/> and <see cref="Period"/> to ISO text, for providers without NodaTime support (SQLite).
    /// </summary>
    /// <param name="configurationBuilder">The builder passed to <c>ConfigureConventions</c>.</param>
    /// <returns>The same builder.</returns>
    /// <remarks>
    /// Dates are <c>2025-07-01</c>; times carry nine fraction digits (<c>2025-07-01T08:30:00.000000000</c>, instants in
    /// UTC with a <c>Z</c>), so that the text sorts as the values do and SQL comparisons are chronological (years 0001 to 9999).
    /// Not for PostgreSQL: Npgsql's <c>UseNodaTime()</c> maps them to <c>date</c>, <c>timestamp</c> and the rest.
    /// </remarks>
    public static ModelConfigurationBuilder AddNodaTimeAsText(this ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        var b = configurationBuilder;
        Map<LocalDate, LocalDateText>(b);
        Map<LocalDateTime, LocalDateTimeText>(b);
        Map<LocalTime, LocalTimeText>(b);
        Map<Instant, InstantText>(b);
        Map<YearMonth, YearMonthText>(b);
        Map<Period, PeriodText>(b);
        return NameColumns(b);
    }

    private static ModelConfigurationBuilder NameColumns(ModelConfigurationBuilder b)
    {
        // Idempotent: a second call replaces the convention rather than adding another.
        b.Conventions.Remove<ColumnNamingConvention>();
        b.Conventions.Add(_ => new ColumnNamingConvention());
        return b;
    }

    private static void MapEnums(ModelConfigurationBuilder b)
    {
        Enum<AdministrativeUnitType>(b);
        Enum<AppointmentEnd>(b);
        Enum<AppointmentStart>(b);
        Enum<AssignmentStatus>(b);
        Enum<BeforeInterpretation>(b);
        Enum<ClarityPrinciple>(b);
        Enum<ConfidentialityMark>(b);
        Enum<DeadlineCue>(b);
        Enum<DeadlineKind>(b);
        Enum<DecisionKind>(b);
        Enum<DiagramDirection>(b);
        Enum<DisciplineForm>(b);
        Enum<DocumentRelationKind>(b);
        Enum<DocumentSystem>(b);
        Enum<HoldingEvidence>(b);
        Enum<HolidayOrigin>(b);
        Enum<HolidayOverrideKind>(b);
        Enum<HolidayRuleKind>(b);
        Enum<IssuingAuthority>(b);
        Enum<LocalCongressLevel>(b);
        Enum<MissingReports>(b);
        Enum<LocalCongressTask>(b);
        Enum<OrgChangeKind>(b);
        Enum<OrgChartProblemKind>(b);
        Enum<OrgLevel>(b);
        Enum<OrgRelationKind>(b);
        Enum<OrganisationKind>(b);
        Enum<PartyIssuerRole>(b);
        Enum<PoliticalEventKind>(b);
        Enum<PostKind>(b);
        Enum<RecurrenceFrequency>(b);
        Enum<ResolutionStatus>(b);
        Enum<RoadmapProblemKind>(b);
        Enum<RuleViolationReason>(b);
        Enum<ScopeBody>(b);
        Enum<ScopeKind>(b);
        Enum<SigningCapacity>(b);
        Enum<TaskClarity>(b);
        Enum<TaskLinkKind>(b);
        Enum<TenureKind>(b);
        Enum<UrgencyMark>(b);
    }

    private static void Enum<TEnum>(ModelConfigurationBuilder b)
        where TEnum : struct, Enum => Map<TEnum, EnumText<TEnum>>(b);

    private static void Map<T, TText>(ModelConfigurationBuilder b)
        where TText : IColumnText<T> =>
        b.Properties<T>().HaveConversion<ColumnTextConverter<T, TText>, ColumnTextComparer<T, TText>>();
}
