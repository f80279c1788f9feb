using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Tenures;

namespace OrgModel.Testing;

/// <content>Generators for the document model of <see cref="OrgModel.Documents"/> (kinds, issuers, documents, registries).</content>
public static partial class OrgGenerators
{
    private static readonly string[] SignerNames = ["Tô Lâm", "Trần Cẩm Tú", "Nguyễn Văn An", "Lê Thị Bình", "Đỗ Hoàng Cường"];
    private static readonly string[] DocumentTitles = ["Tinh gọn bộ máy", "Party congresses at all levels", "Công tác văn thư", "Land policy"];
    private static readonly string[] PartyModelIssuers = ["TW", "VPTW", "BTCTW", "UBKTTW"];

    /// <summary>Kinds from the catalogue.</summary>
    public static Gen<DocumentKind> DocumentKindValue { get; } = Gen.Elements(DocumentKind.All.ToArray());

    /// <summary>Issuers from the catalogue.</summary>
    public static Gen<DocumentIssuer> DocumentIssuerValue { get; } = Gen.Elements(DocumentIssuer.All.ToArray());

    /// <summary>Document systems.</summary>
    public static Gen<DocumentSystem> DocumentSystemValue { get; } = Gen.Elements(Enum.GetValues<DocumentSystem>());

    /// <summary>Kinds of Party issuing bodies.</summary>
    public static Gen<PartyIssuerRole> PartyIssuerRoleValue { get; } = Gen.Elements(Enum.GetValues<PartyIssuerRole>());

    /// <summary>Issuing authority answers.</summary>
    public static Gen<IssuingAuthority> IssuingAuthorityValue { get; } = Gen.Elements(Enum.GetValues<IssuingAuthority>());

    /// <summary>Confidentiality marks.</summary>
    public static Gen<ConfidentialityMark> ConfidentialityMarkValue { get; } = Gen.Elements(Enum.GetValues<ConfidentialityMark>());

    /// <summary>Urgency marks.</summary>
    public static Gen<UrgencyMark> UrgencyMarkValue { get; } = Gen.Elements(Enum.GetValues<UrgencyMark>());

    /// <summary>Signing capacities.</summary>
    public static Gen<SigningCapacity> SigningCapacityValue { get; } = Gen.Elements(Enum.GetValues<SigningCapacity>());

    /// <summary>Relation kinds.</summary>
    public static Gen<DocumentRelationKind> DocumentRelationKindValue { get; } = Gen.Elements(Enum.GetValues<DocumentRelationKind>());

    /// <summary>Resolution statuses.</summary>
    public static Gen<ResolutionStatus> ResolutionStatusValue { get; } = Gen.Elements(Enum.GetValues<ResolutionStatus>());

    /// <summary>Valid signers (no body for a signer in their own right).</summary>
    public static Gen<DocumentSigner> DocumentSignerValue { get; } =
        from name in Gen.Elements(SignerNames)
        from capacity in SigningCapacityValue
        from title in Gen.Elements<string?>(null, "Tổng Bí thư", "Permanent Member of the Secretariat")
        from body in Gen.Elements<string?>(null, "Bộ Chính trị", "Ban Bí thư")
        select new DocumentSigner(name, capacity, title, capacity == SigningCapacity.InOwnRight ? null : body);

    /// <summary>Central Conference numbers: conference 1–20 of terms 1–20.</summary>
    public static Gen<CentralConferenceNumber> CentralConferenceNumberValue { get; } =
        from ordinal in Gen.Choose(1, 20)
        from term in Gen.Choose(1, 20)
        select new CentralConferenceNumber(ordinal, term);

    /// <summary>Valid documents without relations: a Party document of a central issuer with a kind its code allows and
    /// bodies its issuer code stands for, or a Government or National Assembly document; issued 2012–2029.</summary>
    public static Gen<Document> DocumentValue { get; } = DocumentShape(Gen.Choose(1, 300), Gen.Constant<DocumentRelation[]>([]));

    /// <summary>References: a number with, sometimes, an issue date or a national Party term.</summary>
    public static Gen<DocumentReference> DocumentReferenceValue { get; } =
        from document in DocumentValue
        from form in Gen.Choose(0, 2)
        select form switch
        {
            0 => new DocumentReference(document.Number),
            1 => new DocumentReference(document.Number, document.IssueDate),
            _ => document.Term is { } t ? new DocumentReference(document.Number, t) : new DocumentReference(document.Number),
        };

    /// <summary>Relations to generated references, sometimes with an effective date.</summary>
    public static Gen<DocumentRelation> DocumentRelationValue { get; } =
        from kind in DocumentRelationKindValue
        from target in DocumentReferenceValue
        from effective in Gen.Elements<LocalDate?>(null, new LocalDate(2020, 1, 1), new LocalDate(2025, 7, 1))
        select new DocumentRelation(kind, target, effective);

    /// <summary>Valid registries of up to 12 documents drawn from few running numbers (so symbols recur across dates),
    /// with relations between them (replacements only towards older documents, so no cycle) and to documents outside.</summary>
    public static Gen<DocumentRegistry> DocumentRegistryValue { get; } =
        from size in Gen.Choose(0, 12)
        from bases in Gen.ArrayOf(DocumentShape(Gen.Choose(1, 4), Gen.Constant<DocumentRelation[]>([])), size)
        from seeds in Gen.ArrayOf(Gen.Choose(0, 1_000_000), size * 3)
        select BuildRegistry(bases, seeds);

    /// <summary>Resolutions of numbers of generated registries (found, ambiguous or not found).</summary>
    public static Gen<DocumentResolution> DocumentResolutionValue { get; } =
        from registry in DocumentRegistryValue
        from other in DocumentValue
        from pick in Gen.Choose(0, 100)
        select registry.Documents.Count == 0 || pick % 4 == 0
            ? registry.Resolve(other.Number)
            : registry.Resolve(registry.Documents[pick % registry.Documents.Count].Number);

    private static Gen<Document> DocumentShape(Gen<int> runningNumber, Gen<DocumentRelation[]> relations) =>
        from party in Gen.Elements(true, true, false)
        from n in runningNumber
        from day in Gen.Choose(0, (18 * 365) - 1)
        from title in Gen.Elements(DocumentTitles)
        from signerCount in Gen.Choose(0, 2)
        from signerList in Gen.ArrayOf(DocumentSignerValue, signerCount)
        from confidentiality in ConfidentialityMarkValue
        from urgency in UrgencyMarkValue
        from choice in Gen.Choose(0, 1_000_000)
        from rel in relations
        select MakeDocument(party, n, new LocalDate(2012, 1, 1).PlusDays(day), title, signerList, confidentiality, urgency, choice, rel);

    private static Document MakeDocument(
        bool party, int n, LocalDate date, string title, DocumentSigner[] signers, ConfidentialityMark confidentiality, UrgencyMark urgency, int choice, DocumentRelation[] relations)
    {
        if (party)
        {
            DocumentKind[] kinds = [.. DocumentKind.All.Where(k => k.PartyCode is not null)];
            DocumentKind kind = kinds[choice % kinds.Length];
            string issuerCode = PartyModelIssuers[(choice / kinds.Length) % PartyModelIssuers.Length];
            DocumentIssuer issuer = DocumentIssuer.All.First(i => i.System == DocumentSystem.Party && i.Code == issuerCode);
            var number = new PartyDocumentNumber(n, kind.PartyCode!, issuerCode);
            OrgId[] bodies = issuer.Organisations.Count > 1 && choice % 3 == 0
                ? [issuer.Organisations[1], issuer.Organisations[2]]
                : [issuer.Organisations[choice % issuer.Organisations.Count]];
            CentralConferenceNumber? conference = kind == DocumentKind.Resolution && issuerCode == "TW"
                && global::OrgModel.Tenures.Tenure.TryGetTermOn(global::OrgModel.Tenures.TenureKind.NationalParty, date, out global::OrgModel.Tenures.Tenure term) && term.Ordinal is { } o
                ? new CentralConferenceNumber(1 + (choice % 15), o)
                : null;
            return new Document(number, kind, bodies, date, title, conference: conference, signers: signers,
                confidentiality: confidentiality, urgency: urgency, relations: relations);
        }

        if (choice % 2 == 0)
        {
            DocumentKind[] kinds = [.. DocumentKind.All.Where(k => k.StateCode is not null)];
            DocumentKind kind = kinds[choice / 2 % kinds.Length];
            var number = new StateDocumentNumber(n, date.Year, kind.StateCode, "CP");
            return new Document(number, kind, [Organisations.OrgId.Parse("vn.state.government")], date, title, signers: signers,
                confidentiality: confidentiality, urgency: urgency, relations: relations);
        }

        // National Assembly documents of the 15th legislature (2021–2026), dated 2022–2025.
        DocumentKind naKind = choice % 4 == 1 ? DocumentKind.Law : DocumentKind.Resolution;
        LocalDate naDate = new LocalDate(2022, 1, 1).PlusDays(Period.Between(new LocalDate(2012, 1, 1), date, PeriodUnits.Days).Days % (4 * 365));
        var naNumber = new StateDocumentNumber(n, naDate.Year, null, "QH15");
        return new Document(naNumber, naKind, [Organisations.OrgId.Parse("vn.state.national-assembly")], naDate, title, signers: signers,
            confidentiality: confidentiality, urgency: urgency, relations: relations);
    }

    private static DocumentRegistry BuildRegistry(Document[] bases, int[] seeds)
    {
        // One document per (number, date); older first so that replacements can point backwards only.
        Document[] distinct = [.. bases.DistinctBy(d => (d.Number, d.IssueDate)).OrderBy(d => d.IssueDate).ThenBy(d => d.Number)];
        var built = new List<Document>(distinct.Length);
        for (int i = 0; i < distinct.Length; i++)
        {
            Document d = distinct[i];
            var relations = new List<DocumentRelation>();
            int count = seeds[i * 3] % 3;
            for (int r = 0; r < count; r++)
            {
                int seed = seeds[(i * 3) + 1 + (r % 2)] + r;
                var kind = (DocumentRelationKind)(seed % Enum.GetValues<DocumentRelationKind>().Length);
                if (i > 0 && seed % 5 != 0)
                {
                    Document target = distinct[seed / 7 % i];
                    if (kind != DocumentRelationKind.Replaces || target.IssueDate < d.IssueDate)
                    {
                        relations.Add(new DocumentRelation(kind, target.Reference, seed % 2 == 0 ? null : d.IssueDate.PlusDays(seed % 400)));
                    }
                }
                else
                {
                    relations.Add(new DocumentRelation(kind, new DocumentReference(new PartyDocumentNumber(9000 + r, "KL", "TW"))));
                }
            }

            built.Add(new Document(d.Number, d.Kind, d.IssuingBodies, d.IssueDate, d.Title, d.Term, d.Conference, d.Signers,
                d.Confidentiality, d.Urgency, relations));
        }

        return new DocumentRegistry(built);
    }
}
