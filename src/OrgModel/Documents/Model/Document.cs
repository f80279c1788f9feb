using NodaTime.Text;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.ReferenceData;
using OrgModel.Tenures;
using OrgModel.Utility;

namespace OrgModel.Documents.Model;

/// <summary>
/// A Party or State document: its number and kind, the body or bodies that issued it, its issue date, the term and
/// Central Conference it belongs to, its title, its signers, its confidentiality and urgency marks and its typed
/// relations to other documents.
/// </summary>
/// <remarks>
/// <para>Valid by construction: the kind must be one the number's code allows (<see cref="DocumentKind.KindsFor"/>), each
/// issuing body must be one the issuer code can stand for (a <c>/TW</c> document comes from the Central Committee, the
/// Politburo or the Secretariat), the term must contain the issue year, and a conference must belong to that term.
/// When no term is given it is taken from the reference data where the data decides it: the national Party term in force
/// on the issue date for central Party documents (<c>/TW</c> and the central agencies), the legislature written in the
/// symbol for National Assembly documents (<c>QH15</c>).</para>
/// <para>A document is identified by its number and issue date (<see cref="Reference"/>).</para>
/// <para>Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DocumentJsonConverter))]
public sealed class Document
{
    /// <summary>Creates a document.</summary>
    /// <param name="number">The number (<c>60-NQ/TW</c>); not <c>default</c>.</param>
    /// <param name="kind">The kind; one of <see cref="DocumentKind.KindsFor"/> of <paramref name="number"/>.</param>
    /// <param name="issuingBodies">The issuing organisations, one or more (two for a joint conclusion of the Politburo and
    /// the Secretariat), distinct, each one the number's issuer code can stand for.</param>
    /// <param name="issueDate">The date printed on the document; in the ISO calendar.</param>
    /// <param name="title">The title or subject; not blank.</param>
    /// <param name="term">The term the document belongs to, or null to take it from the reference data (see remarks).</param>
    /// <param name="conference">The Central Conference it came from, or null; only for Party documents.</param>
    /// <param name="signers">The signers, or null for none recorded.</param>
    /// <param name="confidentiality">The confidentiality mark.</param>
    /// <param name="urgency">The urgency mark.</param>
    /// <param name="relations">Relations to other documents, or null for none; none may point at this document itself.</param>
    /// <exception cref="ArgumentException">An argument breaks one of the rules above; the message names it.</exception>
    /// <exception cref="ArgumentNullException">A required argument or an element of a list is null.</exception>
    public Document(
        DocumentNumber number,
        DocumentKind kind,
        IEnumerable<OrgId> issuingBodies,
        LocalDate issueDate,
        string title,
        Tenure? term = null,
        CentralConferenceNumber? conference = null,
        IEnumerable<DocumentSigner>? signers = null,
        ConfidentialityMark confidentiality = ConfidentialityMark.None,
        UrgencyMark urgency = UrgencyMark.None,
        IEnumerable<DocumentRelation>? relations = null)
        : this(CheckNumber(number, kind, issuingBodies, issueDate), kind, issuingBodies, issueDate, title, term, conference, null, null, signers, confidentiality, urgency, relations)
    {
    }

    private Document(
        DocumentNumber number,
        DocumentKind kind,
        IEnumerable<OrgId> issuingBodies,
        LocalDate issueDate,
        string title,
        Tenure? term,
        CentralConferenceNumber? conference,
        string? issuedAt,
        DocumentSystem? system,
        IEnumerable<DocumentSigner>? signers,
        ConfidentialityMark confidentiality,
        UrgencyMark urgency,
        IEnumerable<DocumentRelation>? relations)
    {
        bool numbered = number.IsParty || number.IsState;
        Number = number;
        Kind = kind;
        System = numbered ? (number.IsParty ? DocumentSystem.Party : DocumentSystem.State) : Preconditions.CheckDefined(system!.Value, nameof(system));
        Issuer = numbered && DocumentIssuer.TryFind(number, out DocumentIssuer? issuer) ? issuer : null;
        IssuedAt = issuedAt is null ? null : CheckEvent(issuedAt);
        IssuingBodies = Array.AsReadOnly(CheckBodies(issuingBodies, Issuer, allowNone: IssuedAt is not null));
        IssueDate = issueDate;
        Title = Guard.Against.NullOrWhiteSpace(title).Trim();
        Term = CheckTerm(term ?? (numbered ? DefaultTerm(number, Issuer, issueDate) : null), issueDate);
        Conference = CheckConference(conference, System, Term);
        Signers = (signers ?? []).Select(s => Guard.Against.Null(s, nameof(signers))).ToImmutableArray();
        Confidentiality = Preconditions.CheckDefined(confidentiality);
        Urgency = Preconditions.CheckDefined(urgency);
        Relations = (relations ?? []).Select(r => Guard.Against.Null(r, nameof(relations))).ToImmutableArray();
        Key = numbered ? DocumentKey.Numbered(number, issueDate) : DocumentKey.Unnumbered(kind, IssuedAt ?? IssuingBodies[0].ToString(), issueDate, Title);
        foreach (DocumentRelation relation in Relations)
        {
            if (relation.Target.Matches(this))
            {
                throw new ArgumentException($"{Key} cannot relate to itself ({relation}).", nameof(relations));
            }
        }
    }

    /// <summary>
    /// Creates a text without a number: the Resolution of a National Congress, the Political Report, the conclusions of a
    /// Central Conference, a report submitted to a congress. It is identified by its <see cref="Key"/> (kind, issuer or event,
    /// date and title) and used wherever a numbered document is: a registry, a relation's target, a task's source.
    /// </summary>
    /// <param name="kind">The kind (any kind: no number's code restricts it).</param>
    /// <param name="issuingBodies">The issuing organisations; may be empty only when <paramref name="issuedAt"/> is given (a
    /// congress issues its resolution, and a congress is an event, not an organisation of the chart).</param>
    /// <param name="issueDate">The date of the text; in the ISO calendar. A text dated only by its event takes the event's last day.</param>
    /// <param name="title">The title; not blank, with at least one letter or digit.</param>
    /// <param name="issuedAt">The identifier of the event the text came from (<see cref="PoliticalEvent.Id"/>, e.g. the 14th
    /// National Congress), or null. When given it stands for the issuer in the key.</param>
    /// <param name="system">Party (the default) or State: without a number nothing else tells.</param>
    /// <param name="term">The term, or null (no default is taken: without a number the data cannot tell a central text from a local one).</param>
    /// <param name="conference">The Central Conference it came from, or null; only for Party texts.</param>
    /// <param name="signers">The signers, or null.</param>
    /// <param name="confidentiality">The confidentiality mark.</param>
    /// <param name="urgency">The urgency mark.</param>
    /// <param name="relations">Relations to other documents, or null; none may point at this text itself.</param>
    /// <returns>The document; <see cref="IsNumbered"/> is false and <see cref="Number"/> is <c>default</c>.</returns>
    /// <exception cref="ArgumentException">An argument breaks one of the rules above; the message names it.</exception>
    /// <exception cref="ArgumentNullException">A required argument or an element of a list is null.</exception>
    public static Document Unnumbered(
        DocumentKind kind,
        IEnumerable<OrgId> issuingBodies,
        LocalDate issueDate,
        string title,
        string? issuedAt = null,
        DocumentSystem system = DocumentSystem.Party,
        Tenure? term = null,
        CentralConferenceNumber? conference = null,
        IEnumerable<DocumentSigner>? signers = null,
        ConfidentialityMark confidentiality = ConfidentialityMark.None,
        UrgencyMark urgency = UrgencyMark.None,
        IEnumerable<DocumentRelation>? relations = null)
    {
        Guard.Against.Null(kind);
        Guard.Against.Null(issuingBodies);
        Preconditions.CheckIso(issueDate);
        return new Document(default, kind, issuingBodies, issueDate, title, term, conference, issuedAt, system, signers, confidentiality, urgency, relations);
    }

    /// <summary>Gets what identifies the document: its number and date, or for an unnumbered text its kind, issuer or event,
    /// date and title slug.</summary>
    public DocumentKey Key { get; }

    /// <summary>Gets a value indicating whether the document has a number (false for a text made by <see cref="Unnumbered"/>).</summary>
    public bool IsNumbered => Number.IsParty || Number.IsState;

    /// <summary>Gets the identifier of the event the text came from (<see cref="PoliticalEvent.Id"/>), or null.</summary>
    public string? IssuedAt { get; }

    /// <summary>Gets the number; <c>default</c> for an unnumbered text (see <see cref="IsNumbered"/> and <see cref="Key"/>).</summary>
    public DocumentNumber Number { get; }

    /// <summary>Gets the kind.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Gets the system (Party or State), from the form of the number (given for an unnumbered text).</summary>
    public DocumentSystem System { get; }

    /// <summary>Gets the catalogued issuer of the number's issuer code, or null for a code outside the catalogue.</summary>
    public DocumentIssuer? Issuer { get; }

    /// <summary>Gets the issuing organisations (one, or several for a joint document).</summary>
    public IReadOnlyList<OrgId> IssuingBodies { get; }

    /// <summary>Gets a value indicating whether several bodies issued the document jointly.</summary>
    public bool IsJoint => IssuingBodies.Count > 1;

    /// <summary>Gets the issue date.</summary>
    public LocalDate IssueDate { get; }

    /// <summary>Gets the title or subject.</summary>
    public string Title { get; }

    /// <summary>Gets the term the document belongs to, or null when neither given nor decided by the reference data.</summary>
    public Tenure? Term { get; }

    /// <summary>Gets the Central Conference it came from, or null.</summary>
    public CentralConferenceNumber? Conference { get; }

    /// <summary>Gets the signers recorded (possibly none).</summary>
    public IReadOnlyList<DocumentSigner> Signers { get; }

    /// <summary>Gets the confidentiality mark.</summary>
    public ConfidentialityMark Confidentiality { get; }

    /// <summary>Gets the urgency mark.</summary>
    public UrgencyMark Urgency { get; }

    /// <summary>Gets the relations to other documents.</summary>
    public IReadOnlyList<DocumentRelation> Relations { get; }

    /// <summary>Gets the reference that identifies this document: its number and issue date, or its <see cref="Key"/>.</summary>
    public DocumentReference Reference => IsNumbered ? new(Number, IssueDate) : new(Key);

    /// <summary>
    /// Gets the kind, number, date and title, e.g. <c>resolution 60-NQ/TW of 2025-04-12: …</c>; the title of a marked
    /// document is withheld (<c>[title withheld: Mật]</c>), see <see cref="ToString(ConfidentialityMark)"/>.
    /// </summary>
    /// <returns>A readable description that never shows classified content.</returns>
    public override string ToString() => ToString(ConfidentialityMark.None);

    /// <summary>Describes the document, with its title only when <paramref name="clearance"/> is at or above its mark.</summary>
    /// <param name="clearance">The reader's clearance; a defined mark.</param>
    /// <returns>The description; a withheld title is shown as withheld, with the mark.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clearance"/> is not a defined mark (such a value
    /// would otherwise compare above every mark and show the title).</exception>
    public string ToString(ConfidentialityMark clearance) =>
        $"{Kind.EnglishName} {(IsNumbered ? Number.ToString() : "(unnumbered)")} of {LocalDatePattern.Iso.Format(IssueDate)}: {(IsReadableWith(clearance) ? Title : $"[title withheld: {DocumentMarks.VietnameseName(Confidentiality)}]")}";

    /// <summary>Whether a reader with a clearance may see the content (the title) of this document.</summary>
    /// <param name="clearance">The clearance; a defined mark.</param>
    /// <returns>True when the document is unmarked or the clearance is at or above its mark.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clearance"/> is not a defined mark: classified content
    /// fails closed, even for an unmarked document, so that the caller's bug shows at once.</exception>
    public bool IsReadableWith(ConfidentialityMark clearance) =>
        Preconditions.CheckDefined(clearance) >= Confidentiality || Confidentiality == ConfidentialityMark.None;

    // The public constructor's own checks, in its historical order, before the shared constructor runs.
    private static DocumentNumber CheckNumber(DocumentNumber number, DocumentKind kind, IEnumerable<OrgId> issuingBodies, LocalDate issueDate)
    {
        Guard.Against.Null(kind);
        Guard.Against.Null(issuingBodies);
        Preconditions.CheckIso(issueDate);
        Preconditions.CheckArgument(number.IsParty || number.IsState, nameof(number), "A document needs a number, not the default value.");
        if (!DocumentKind.KindsFor(number).Contains(kind))
        {
            throw new ArgumentException($"A {kind.EnglishName} cannot be numbered {number}.", nameof(kind));
        }

        return number;
    }

    private static string CheckEvent(string issuedAt) =>
        OrgId.TryParse(issuedAt, out OrgId id)
            ? id.ToString()
            : throw new ArgumentException($"\"{Preconditions.Quote(issuedAt)}\" is not an event identifier (lower-case letters, digits, '.' and '-').", nameof(issuedAt));

    private static OrgId[] CheckBodies(IEnumerable<OrgId> issuingBodies, DocumentIssuer? issuer, bool allowNone)
    {
        OrgId[] list = [.. issuingBodies];
        Preconditions.CheckArgument(list.Length > 0 || allowNone, nameof(issuingBodies), "A document needs at least one issuing body (or, for an unnumbered text, the event it came from).");
        Preconditions.CheckArgument(!list.Any(b => b.IsEmpty), nameof(issuingBodies), "An issuing body cannot be the empty id.");
        Preconditions.CheckArgument(list.Distinct().Count() == list.Length, nameof(issuingBodies), "An issuing body is listed twice.");
        foreach (OrgId body in list)
        {
            if (issuer is not null && !issuer.CanStandFor(body))
            {
                throw new ArgumentException(BodyMismatch(issuer, body), nameof(issuingBodies));
            }
        }

        return list;
    }

    // A body the reference chart does not know is most likely a typing mistake: saying that the code does not stand for
    // it would send the caller looking at the wrong half of the pair.
    private static string BodyMismatch(DocumentIssuer issuer, OrgId body)
    {
        string standsFor = string.Join(", ", issuer.Organisations);
        return VietnamReferenceData.OrgChart.Contains(body)
            ? $"The issuer code {issuer.Code} does not stand for {body}; it stands for {standsFor}."
            : $"{Preconditions.Quote(body.ToString())} is not an organisation of the reference chart (a mistyped id?); the issuer code {issuer.Code} stands for {standsFor}.";
    }

    private static Tenure? DefaultTerm(DocumentNumber number, DocumentIssuer? issuer, LocalDate date)
    {
        if (issuer is null)
        {
            return null;
        }

        if (issuer.System == DocumentSystem.Party)
        {
            // Central bodies number per national term (36-HD/VPTW); local bodies follow local terms the data does not date.
            // The last term known stays "in force" past its nominal end; it is not the term of a document dated after it.
            return issuer.Level == OrgLevel.Central && Tenure.TryGetTermOn(TenureKind.NationalParty, date, out Tenure party)
                && party.StartYear <= date.Year && date.Year <= party.EndYear
                ? party
                : null;
        }

        return DocumentIssuer.LegislatureOf(number) is { } legislature && legislature >= TenureData.FirstNationalAssembly
            ? Tenure.NationalAssembly(legislature)
            : null;
    }

    private static Tenure? CheckTerm(Tenure? term, LocalDate date)
    {
        if (term is { } t)
        {
            Preconditions.CheckArgument(!t.IsDefault, nameof(term), "The term cannot be the default term.");
            if (!(t.StartYear <= date.Year && date.Year <= t.EndYear))
            {
                throw new ArgumentException($"A document of {date.Year} cannot belong to the term {t}.", nameof(term));
            }
        }

        return term;
    }

    private static CentralConferenceNumber? CheckConference(CentralConferenceNumber? conference, DocumentSystem system, Tenure? term)
    {
        if (conference is { } c)
        {
            Preconditions.CheckArgument(c.Ordinal > 0, nameof(conference), "The conference cannot be the default value.");
            Preconditions.CheckArgument(system == DocumentSystem.Party, nameof(conference), "Only Party documents come from a Central Conference.");
            if (!(term?.Ordinal is not { } o || o == c.TermOrdinal))
            {
                throw new ArgumentException($"{c} is not of the document's term {term}.", nameof(conference));
            }
        }

        return conference;
    }
}
