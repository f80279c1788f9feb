using OrgModel.Documents.Model;
using OrgModel.Tenures;

namespace OrgModel.Testing;

/// <content>Generators for texts without a number, document keys and events. The first two are built on each use: they
/// compose generators of other parts of this class, whose static initialisation order is not defined.</content>
public static partial class OrgGenerators
{
    private static readonly string[] UnnumberedTitles =
    [
        "Resolution of the 14th National Party Congress", "Báo cáo chính trị", "Kết luận Hội nghị Trung ương 12",
        "Report summarising 15 years of implementing the Party Charter (2011–2025)", "Đổi mới: 40 năm",
    ];

    private static readonly string[] CentralPartyBodies = ["vn.party.central-committee", "vn.party.politburo", "vn.party.secretariat"];

    private static readonly string[] EventIds = ["vn.party.congress.14", "vn.party.central-conference.13.12", "vn.election.2026-03-15", "vn.party.politburo.meeting-2025-10-31"];

    /// <summary>Valid texts without a number: a Party or State kind, one central Party body or none with an event, dated
    /// 2012–2029, sometimes issued at an event.</summary>
    public static Gen<Document> UnnumberedDocumentValue =>
        from kind in DocumentKindValue
        from body in Gen.Elements(CentralPartyBodies)
        from bodyCount in Gen.Choose(0, 1)
        from eventId in Gen.Elements<string?>([null, .. EventIds])
        from day in Gen.Choose(0, (18 * 365) - 1)
        from title in Gen.Elements(UnnumberedTitles)
        from system in DocumentSystemValue
        from confidentiality in ConfidentialityMarkValue
        select Document.Unnumbered(
            kind,
            bodyCount == 1 || eventId is null ? [Organisations.OrgId.Parse(body)] : [],
            new LocalDate(2012, 1, 1).PlusDays(day),
            title,
            issuedAt: eventId,
            system: system,
            confidentiality: confidentiality);

    /// <summary>Document keys: a number alone, a number with its date, or the key of a text without a number.</summary>
    public static Gen<DocumentKey> DocumentKeyValue => Gen.OneOf(
        DocumentValue.Select(d => DocumentKey.Numbered(d.Number)),
        DocumentValue.Select(d => d.Key),
        UnnumberedDocumentValue.Select(d => d.Key));

    /// <summary>Event kinds.</summary>
    public static Gen<PoliticalEventKind> PoliticalEventKindValue { get; } = Gen.Elements(Enum.GetValues<PoliticalEventKind>());

    /// <summary>Valid events: the shipped ones, and made-up ones of any kind lasting up to ten days.</summary>
    public static Gen<PoliticalEvent> PoliticalEventValue { get; } = Gen.OneOf(
        Gen.Elements(TenureFacts.Events.ToArray()),
        from kind in PoliticalEventKindValue
        from id in Gen.Elements(EventIds)
        from day in Gen.Choose(0, (18 * 365) - 1)
        from length in Gen.Choose(-1, 9)
        from term in Gen.Elements<Tenure?>(null, Tenures.Tenure.NationalParty(13), Tenures.Tenure.NationalAssembly(16))
        let start = new LocalDate(2012, 1, 1).PlusDays(day)
        select new PoliticalEvent(kind, id, "a meeting", start, length < 0 ? null : start.PlusDays(length), term));
}
