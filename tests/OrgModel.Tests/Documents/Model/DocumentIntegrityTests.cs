using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;

namespace OrgModel.Tests.Documents.Model;

/// <summary>Issue 15: the documents model keeps its promises when a caller is careless or hostile.</summary>
public class DocumentIntegrityTests
{
    private static readonly OrgId Politburo = OrgId.Parse("vn.party.politburo");
    private static readonly OrgId CentralCommittee = OrgId.Parse("vn.party.central-committee");
    private static readonly LocalDate Day = new(2025, 4, 12);
    private static readonly LocalDate JulianDay = new(2025, 3, 30, CalendarSystem.Julian);

    private static Document Resolution60(ConfidentialityMark mark = ConfidentialityMark.None) =>
        new(DocumentNumber.Parse("60-NQ/TW"), DocumentKind.Resolution, [CentralCommittee], Day, "A subject", confidentiality: mark);

    [Fact]
    public void Every_list_the_documents_model_returns_is_read_only()
    {
        DocumentRegistry registry = DocumentRegistry.Vietnam;
        LocalDate late = new(2030, 1, 1);
        ReadOnly(registry.Documents, "DocumentRegistry.Documents");
        ReadOnly(DocumentIssuer.All, "DocumentIssuer.All");
        ReadOnly(DocumentKind.All, "DocumentKind.All");
        ReadOnly(CitationKindWord.All, "CitationKindWord.All");
        ReadOnly(registry.Resolve(DocumentNumber.Parse("999-KL/TW")).Candidates, "Resolve(missing).Candidates");
        ReadOnly(CitationExtractor.Extract("no citation here"), "Extract(none)");
        ReadOnly(CitationExtractor.Extract("Kết luận 201-KL/TW và Nghị định 30/2020/NĐ-CP"), "Extract");
        foreach (DocumentIssuer issuer in DocumentIssuer.All)
        {
            ReadOnly(issuer.Organisations, $"{issuer.Code}.Organisations");
            ReadOnly(issuer.Roles, $"{issuer.Code}.Roles");
        }

        foreach (DocumentKind kind in DocumentKind.All)
        {
            ReadOnly(kind.PartyCodeVariants, $"{kind.Key}.PartyCodeVariants");
            ReadOnly(kind.PartyIssuers, $"{kind.Key}.PartyIssuers");
        }

        Document outside = Resolution60();
        foreach (Document d in registry.Documents.Append(outside))
        {
            string what = d.Reference.ToString();
            ReadOnly(d.IssuingBodies, what + ".IssuingBodies");
            ReadOnly(d.Signers, what + ".Signers");
            ReadOnly(d.Relations, what + ".Relations");
            ReadOnly(DocumentKind.KindsFor(d.Number), what + " KindsFor");
            ReadOnly(registry.Resolve(d.Number).Candidates, what + " Resolve(number)");
            ReadOnly(registry.Resolve(d.Reference).Candidates, what + " Resolve(reference)");
            if (d.Number.Party is { } party)
            {
                ReadOnly(party.PossibleKinds, what + ".PossibleKinds");
            }

            if (ReferenceEquals(d, outside))
            {
                continue;
            }

            ReadOnly(registry.ReplacementsOf(d, late), what + " ReplacementsOf");
            ReadOnly(registry.InForceInPlaceOf(d, late), what + " InForceInPlaceOf");
            ReadOnly(registry.Implementing(d), what + " Implementing");
            ReadOnly(registry.Cites(d), what + " Cites");
            ReadOnly(registry.CitedBy(d), what + " CitedBy");
            ReadOnly(registry.UnresolvedTargets(d), what + " UnresolvedTargets");
            foreach (DocumentRelationKind kind in Enum.GetValues<DocumentRelationKind>())
            {
                ReadOnly(registry.RelatedFrom(d, kind), what + " RelatedFrom");
                ReadOnly(registry.RelatedTo(d, kind), what + " RelatedTo");
            }
        }
    }

    [Fact]
    public void Constructors_refuse_dates_outside_the_ISO_calendar_and_name_the_argument()
    {
        DocumentNumber number = DocumentNumber.Parse("60-NQ/TW");
        Assert.Equal("issueDate", Assert.Throws<ArgumentException>(() =>
            new Document(number, DocumentKind.Resolution, [CentralCommittee], JulianDay, "A subject")).ParamName);
        Assert.Equal("issueDate", Assert.Throws<ArgumentException>(() => new DocumentReference(number, JulianDay)).ParamName);
        Assert.Equal("effectiveFrom", Assert.Throws<ArgumentException>(() =>
            new DocumentRelation(DocumentRelationKind.Replaces, new DocumentReference(number), JulianDay)).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => new Citation(number, null, null, JulianDay, 0, 8)).ParamName);
        Assert.Equal("issueDate", Assert.Throws<ArgumentException>(() => DocumentRegistry.Vietnam.Resolve(number, JulianDay)).ParamName);
        Document first = DocumentRegistry.Vietnam.Documents[0];
        Assert.Equal("asOf", Assert.Throws<ArgumentException>(() => DocumentRegistry.Vietnam.ReplacementsOf(first, JulianDay)).ParamName);
        Assert.Equal("asOf", Assert.Throws<ArgumentException>(() => DocumentRegistry.Vietnam.InForceInPlaceOf(first, JulianDay)).ParamName);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void An_undefined_clearance_or_mark_is_refused_and_never_shows_the_title(int value)
    {
        var undefined = (ConfidentialityMark)value;
        Document secret = Resolution60(ConfidentialityMark.Secret);
        Assert.Throws<ArgumentOutOfRangeException>(() => secret.ToString(undefined));
        Assert.Throws<ArgumentOutOfRangeException>(() => secret.IsReadableWith(undefined));
        Assert.Throws<ArgumentOutOfRangeException>(() => Resolution60().IsReadableWith(undefined));
        Assert.Throws<ArgumentOutOfRangeException>(() => Resolution60(undefined));
    }

    [Fact]
    public void A_mistyped_issuing_body_is_reported_as_unknown_not_as_a_code_mismatch()
    {
        var mistyped = OrgId.Parse("vn.party.central-ofice");
        var e = Assert.Throws<ArgumentException>(() =>
            new Document(DocumentNumber.Parse("36-HD/VPTW"), DocumentKind.Guideline, [mistyped], new LocalDate(2018, 4, 3), "A subject"));
        Assert.Equal("issuingBodies", e.ParamName);
        Assert.Contains("vn.party.central-ofice", e.Message, StringComparison.Ordinal);
        Assert.Contains("not an organisation of the reference chart", e.Message, StringComparison.Ordinal);

        // A real body that the code does not stand for is still a mismatch, and says what the code stands for.
        var mismatch = Assert.Throws<ArgumentException>(() =>
            new Document(DocumentNumber.Parse("36-HD/VPTW"), DocumentKind.Guideline, [Politburo], new LocalDate(2018, 4, 3), "A subject"));
        Assert.Contains("does not stand for", mismatch.Message, StringComparison.Ordinal);
        Assert.Contains("vn.party.central-office", mismatch.Message, StringComparison.Ordinal);
    }

    private static void ReadOnly<T>(IEnumerable<T> list, string what)
    {
        Assert.False(list is T[], $"{what} is a {list.GetType().Name} a caller can cast and change.");
        Assert.False(list is List<T>, $"{what} is a List a caller can cast and change.");
        if (list is IList<T> writable)
        {
            Assert.True(writable.IsReadOnly, $"{what} is a writable {list.GetType().Name}.");
        }

        if (list is System.Collections.IList untyped)
        {
            Assert.True(untyped.IsReadOnly, $"{what} is a writable {list.GetType().Name}.");
        }
    }
}
