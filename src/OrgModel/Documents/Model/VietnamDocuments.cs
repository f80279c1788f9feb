using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Tenures;

namespace OrgModel.Documents.Model;

/// <summary>The documents shipped in <see cref="DocumentRegistry.Vietnam"/>.</summary>
/// <remarks>
/// Every number, date, issuer, signer, conference, subject and relation below is taken from the shared domain notes
/// (facts.md; research-notes.md §1.1, §1.3, §1.6, §2, §3.2, §3.4, §4.4, §4.5, §5, §6; sourced-notes.md §1–3) and
/// listed in docs/sources.md. Subjects are paraphrased in English. Documents the notes name without an issuer or an
/// exact date (118-KL/TW's issuer, 259-TTr/BTCTW's date, 493-BC/VPTW's subject, …) appear only as relation targets.
/// Signing formulas are recorded only where a source prints them (31-QĐ/TW: T/M Bộ Chính trị).
/// </remarks>
internal static partial class VietnamDocuments
{
    private const string CentralCommittee = "vn.party.central-committee";
    private const string Politburo = "vn.party.politburo";
    private const string Secretariat = "vn.party.secretariat";
    private const string CentralOffice = "vn.party.central-office";
    private const string OrganisationCommission = "vn.party.central-organisation-commission";
    private const string InspectionCommission = "vn.party.central-inspection-commission";
    private const string NationalAssembly = "vn.state.national-assembly";
    private const string Government = "vn.state.government";

    private const string Congress14 = "vn.party.congress.14";

    private const string TranCamTu = "Trần Cẩm Tú";
    private const string ToLam = "Tô Lâm";

    private static readonly LocalDate Congress14Closing = new(2026, 1, 23);

    public static DocumentRegistry Create() => new([.. Shipped(), .. ThirteenthAndFourteenthTerms(), .. ReformOf2025()]);

    private static Document[] Shipped() =>
    [
        // Rules on Party documents and their succession (research-notes §1.1; sourced-notes §1).
        D("31-QĐ/TW", DocumentKind.Decision, [Politburo], 1997, 10, 1,
            "Issuing the first regulation on the types, issuing authority and format of Party documents",
            signers: [new DocumentSigner("Lê Khả Phiêu", SigningCapacity.OnBehalfOf, onBehalfOf: "Bộ Chính trị")]),
        D("11-HD/VPTW", DocumentKind.Guideline, [CentralOffice], 2004, 5, 28, "Format of Party documents"),
        D("66-QĐ/TW", DocumentKind.Regulation, [Secretariat], 2017, 2, 6,
            "On the types, issuing authority and format of Party documents",
            signers: [new DocumentSigner("Đinh Thế Huynh", SigningCapacity.NotRecorded)]),
        D("36-HD/VPTW", DocumentKind.Guideline, [CentralOffice], 2018, 4, 3,
            "Format and presentation technique of Party documents",
            relations:
            [
                Rel(DocumentRelationKind.Guides, "66-QĐ/TW", 2017, 2, 6),
                Rel(DocumentRelationKind.Replaces, "11-HD/VPTW", 2004, 5, 28),
                Rel(DocumentRelationKind.Replaces, "01-HD/VPTW", 1998, 2, 2),
            ]),
        D("399-QĐ/TW", DocumentKind.Regulation, [Secretariat], 2026, 1, 9,
            "On the types, issuing authority and format of Party documents",
            signers: [new DocumentSigner(TranCamTu, SigningCapacity.NotRecorded)],
            relations: [Rel(DocumentRelationKind.Replaces, "66-QĐ/TW", 2017, 2, 6)]),
        D("05-HD/VPTW", DocumentKind.Guideline, [CentralOffice], 2026, 5, 27,
            "Format and presentation technique of Party documents",
            relations: [Rel(DocumentRelationKind.Replaces, "36-HD/VPTW", 2018, 4, 3)]),

        // The same symbol in different terms (research-notes §1.6).
        D("45-CT/TW", DocumentKind.Directive, [Politburo], 2010, 7, 22, "Organising anniversaries and award ceremonies"),
        D("18-NQ/TW", DocumentKind.Resolution, [CentralCommittee], 2017, 10, 25,
            "Continuing to renew and streamline the apparatus of the political system so that it works effectively and efficiently",
            conference: new CentralConferenceNumber(6, 12)),
        D("35-CT/TW", DocumentKind.Directive, [Politburo], 2019, 5, 30, "Party congresses at all levels towards the 13th National Party Congress"),
        D("18-NQ/TW", DocumentKind.Resolution, [CentralCommittee], 2022, 6, 16, "Land policy and land use management",
            conference: new CentralConferenceNumber(5, 13),
            signers: [new DocumentSigner("Nguyễn Phú Trọng", SigningCapacity.NotRecorded)]),
        D("35-CT/TW", DocumentKind.Directive, [Politburo], 2024, 6, 14, "Party congresses at all levels towards the 14th National Party Congress"),

        // Discipline (research-notes §5, §1.3).
        D("07-QĐi/TW", DocumentKind.Regulation, [Politburo], 2018, 8, 28, "Discipline of Party organisations that violate Party rules"),
        D("08-QĐi/TW", DocumentKind.Regulation, [CentralCommittee], 2018, 10, 25, "Responsibility to set an example"),
        D("69-QĐ/TW", DocumentKind.Regulation, [Politburo], 2022, 7, 6,
            "Discipline of Party organisations and members that violate Party rules",
            relations:
            [
                Rel(DocumentRelationKind.Replaces, "07-QĐi/TW", 2018, 8, 28),
                Rel(DocumentRelationKind.Replaces, "102-QĐ/TW", 2017, 11, 15),
            ]),

        // The 2025 reorganisation and the 2025–2030 congresses (facts.md; research-notes §3.2, §4.4, §6). 200-KL/TW and
        // 201-KL/TW conclude on the congresses held under Directive 45-CT/TW of 2025, whose requirements their texts say the
        // congresses met (docs/sources.md): they summarise its implementation.
        D("08-HD/UBKTTW", DocumentKind.Guideline, [InspectionCommission], 2024, 11, 18,
            "Inspection and supervision work serving Party congresses towards the 14th National Party Congress"),
        D("243-QĐ/TW", DocumentKind.Decision, [Politburo], 2025, 1, 24, "Founding the Government Party Committee"),
        D("121-KL/TW", DocumentKind.Conclusion, [CentralCommittee], 2025, 1, 24,
            "Summarising the implementation of Resolution 18-NQ/TW of the 12th term",
            relations: [Rel(DocumentRelationKind.Summarises, "18-NQ/TW", 2017, 10, 25)]),
        D("60-NQ/TW", DocumentKind.Resolution, [CentralCommittee], 2025, 4, 12,
            "Streamlining the apparatus, reorganising administrative units into two-tier local government and preparing the 14th National Party Congress",
            conference: new CentralConferenceNumber(11, 13),
            signers: [new DocumentSigner(ToLam, SigningCapacity.NotRecorded, "General Secretary")]),
        D("45-CT/TW", DocumentKind.Directive, [Politburo], 2025, 4, 14,
            "Party congresses at all levels towards the 14th National Party Congress",
            signers: [new DocumentSigner(ToLam, SigningCapacity.NotRecorded, "General Secretary")],
            relations:
            [
                Rel(DocumentRelationKind.Replaces, "35-CT/TW", 2024, 6, 14),
                Rel(DocumentRelationKind.Replaces, "118-KL/TW", 2025, 1, 18),
            ]),
        D("150-KL/TW", DocumentKind.Conclusion, [Politburo], 2025, 4, 14,
            "Guidance on personnel plans of merged provincial Party committees and new commune-level Party committees",
            signers: [new DocumentSigner(TranCamTu, SigningCapacity.NotRecorded)],
            relations: [new DocumentRelation(DocumentRelationKind.Cites, new DocumentReference(DocumentNumber.Parse("259-TTr/BTCTW")))]),
        D("31-HD/BTCTW", DocumentKind.Guideline, [OrganisationCommission], 2025, 4, 23,
            "Forming the new provincial and commune Party organisations after the mergers"),
        D("163-KL/TW", DocumentKind.Conclusion, [Politburo], 2025, 6, 6,
            "Tasks during the reorganisation; grassroots Party congresses to finish before 30 June 2025",
            signers: [new DocumentSigner(TranCamTu, SigningCapacity.NotRecorded)]),
        D("200-KL/TW", DocumentKind.Conclusion, [Politburo, Secretariat], 2025, 10, 17,
            "Party congresses at all levels held successfully; arranging posts, non-local appointments and consultation on the 14th Congress drafts",
            signers: [new DocumentSigner(TranCamTu, SigningCapacity.NotRecorded)],
            relations:
            [
                Rel(DocumentRelationKind.Cites, "493-BC/VPTW", 2025, 10, 16),
                Rel(DocumentRelationKind.Summarises, "45-CT/TW", 2025, 4, 14),
            ]),
        D("520-BC/BTCTW", DocumentKind.Report, [OrganisationCommission], 2025, 10, 27,
            "Summary of the 2025–2030 congresses of the Party organisations directly under the Central Committee"),
        D("523-BC/BTCTW", DocumentKind.Report, [OrganisationCommission], 2025, 10, 29,
            "The political system and two-tier local government in October 2025"),
        D("201-KL/TW", DocumentKind.Conclusion, [Politburo, Secretariat], 2025, 10, 31,
            "Results of the congresses of Party organisations directly under the Central Committee, 2025–2030 term, and key tasks",
            signers: [new DocumentSigner(TranCamTu, SigningCapacity.NotRecorded, "Politburo member, Permanent Member of the Secretariat")],
            relations:
            [
                Rel(DocumentRelationKind.Cites, "520-BC/BTCTW", 2025, 10, 27),
                Rel(DocumentRelationKind.Summarises, "45-CT/TW", 2025, 4, 14),
            ]),
        D("202-KL/TW", DocumentKind.Conclusion, [Politburo, Secretariat], 2025, 10, 31,
            "The apparatus of the political system and two-tier local government",
            relations:
            [
                Rel(DocumentRelationKind.Cites, "523-BC/BTCTW", 2025, 10, 29),
                Rel(DocumentRelationKind.Cites, "195-KL/TW", 2025, 9, 26),
            ]),
        D("185-KL/TW", DocumentKind.Conclusion, [Politburo], 2025, 8, 22,
            "Tasks of the provincial and municipal Party committees and the Party committees directly under the Central Committee",
            signers: [new DocumentSigner(TranCamTu, SigningCapacity.NotRecorded, "Permanent Member of the Secretariat")]),
        D("1616-QĐNS/TW", DocumentKind.PersonnelDecision, [Politburo], 2024, 10, 25,
            "Assigning Trần Cẩm Tú as Permanent Member of the Secretariat of the 13th term and Chair of the Central Inspection Commission"),
        D("09-QC/TW", DocumentKind.Rules, [Secretariat], 2026, 1, 5, "Rules of the Party web portal"),
        D("05-QĐNS/TW", DocumentKind.PersonnelDecision, [Politburo], 2026, 1, 30,
            "Assigning ten Politburo members to the Secretariat of the 14th term",
            signers: [new DocumentSigner(ToLam, SigningCapacity.NotRecorded, "General Secretary")]),

        // The texts of the 14th National Congress, which carry no number (docs/sources.md: the congress's resolution and the
        // four reports the 13th Central Committee submitted). Dated by the congress's last day, 23 January 2026.
        U(DocumentKind.Resolution, [], "Resolution of the 14th National Party Congress", term: Tenure.NationalParty(14)),
        U(DocumentKind.Report, [CentralCommittee], "Political Report of the 13th Central Committee to the 14th National Party Congress"),
        U(DocumentKind.Report, [CentralCommittee], "Report summarising some theoretical and practical issues of the socialist-oriented renovation over the past 40 years in Vietnam"),
        U(DocumentKind.Report, [CentralCommittee], "Report summarising 15 years of implementing the Party Charter (2011–2025)"),
        U(DocumentKind.Report, [CentralCommittee], "Report reviewing the leadership and direction of the 13th Central Committee"),

        // State documents (facts.md; research-notes §2, §3.4, §4.5).
        D("30/2020/NĐ-CP", DocumentKind.Decree, [Government], 2020, 3, 5, "Clerical work (công tác văn thư)"),
        D("64/2025/QH15", DocumentKind.Law, [NationalAssembly], 2025, 2, 19, "Law on Promulgation of Legal Normative Documents",
            relations: [new DocumentRelation(DocumentRelationKind.Replaces, new DocumentReference(DocumentNumber.Parse("80/2015/QH13")), new LocalDate(2025, 4, 1))]),
        D("199/2025/QH15", DocumentKind.Resolution, [NationalAssembly], 2025, 5, 21,
            "Shortening the terms of the 15th National Assembly and the People's Councils 2021–2026; election on 15 March 2026"),
        D("202/2025/QH15", DocumentKind.Resolution, [NationalAssembly], 2025, 6, 12,
            "Arrangement of provincial-level administrative units (63 to 34)",
            relations: [Rel(DocumentRelationKind.Implements, "60-NQ/TW", 2025, 4, 12)]),
    ];

    private static Document D(
        string number,
        DocumentKind kind,
        string[] bodies,
        int year,
        int month,
        int day,
        string title,
        CentralConferenceNumber? conference = null,
        DocumentSigner[]? signers = null,
        DocumentRelation[]? relations = null) =>
        new(
            DocumentNumber.Parse(number),
            kind,
            bodies.Select(b => OrgId.Parse(b)),
            new LocalDate(year, month, day),
            title,
            conference: conference,
            signers: signers,
            relations: relations);

    private static Document U(DocumentKind kind, string[] bodies, string title, Tenure? term = null) =>
        Document.Unnumbered(kind, bodies.Select(b => OrgId.Parse(b)), Congress14Closing, title, issuedAt: Congress14, term: term);

    private static DocumentRelation Rel(DocumentRelationKind kind, string number, int year, int month, int day) =>
        new(kind, new DocumentReference(DocumentNumber.Parse(number), new LocalDate(year, month, day)));
}
