using System.Text;
using System.Text.Json;
using NodaTime;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Testing;

namespace OrgModel.Tests.Documents.Model;

/// <summary>Laws of the document model, checked on generated kinds, documents and registries.</summary>
public class DocumentModelProperties
{
    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Generated_documents_satisfy_the_invariants(Document d) =>
        DocumentKind.KindsFor(d.Number).Contains(d.Kind)
        && d.IssuingBodies.All(b => d.Issuer?.CanStandFor(b) ?? true)
        && (d.Term is not { } t || (t.StartYear <= d.IssueDate.Year && d.IssueDate.Year <= t.EndYear))
        && (d.Conference is not { } c || d.Term?.Ordinal == c.TermOrdinal)
        && d.Reference.Matches(d);

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Every_document_resolves_to_itself_by_number_and_date(DocumentRegistry registry) =>
        registry.Documents.All(d => ReferenceEquals(registry.Resolve(d.Number, d.IssueDate).Document, d));

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Resolution_by_number_alone_lists_every_namesake_and_reports_ambiguity(DocumentRegistry registry) =>
        registry.Documents.All(d =>
        {
            DocumentResolution r = registry.Resolve(d.Number);
            Document[] namesakes = [.. registry.Documents.Where(x => x.Number == d.Number)];
            return r.Candidates.SequenceEqual(namesakes)
                && r.Status == (namesakes.Length == 1 ? ResolutionStatus.Found : ResolutionStatus.Ambiguous)
                && r.IsAmbiguous == (namesakes.Length > 1);
        });

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Resolution_by_term_keeps_only_documents_of_that_term(DocumentRegistry registry) =>
        registry.Documents.Where(d => d.Term is not null).All(d =>
        {
            DocumentResolution r = registry.Resolve(d.Number, d.Term!.Value);
            return r.Candidates.Contains(d) && r.Candidates.All(c => c.Term?.Ordinal == d.Term.Value.Ordinal && c.Term?.Kind == d.Term.Value.Kind);
        });

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Cites_and_cited_by_are_inverse(DocumentRegistry registry) =>
        registry.Documents.All(a => registry.Documents.All(b => registry.Cites(a).Contains(b) == registry.CitedBy(b).Contains(a)))
        && registry.Documents.All(a => registry.Implementing(a).All(i => registry.RelatedFrom(i, DocumentRelationKind.Implements).Contains(a)));

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Replacements_grow_with_time_never_include_the_document_and_end_in_unreplaced_documents(DocumentRegistry registry)
    {
        LocalDate[] days = [new(2015, 1, 1), new(2020, 1, 1), new(2025, 1, 1), new(2035, 1, 1)];
        foreach (Document d in registry.Documents)
        {
            IReadOnlyList<Document>? previous = null;
            foreach (LocalDate day in days)
            {
                IReadOnlyList<Document> now = registry.ReplacementsOf(d, day);
                if (now.Contains(d) || now.Distinct().Count() != now.Count || (previous is not null && !previous.All(now.Contains)))
                {
                    return false;
                }

                if (!registry.InForceInPlaceOf(d, day).All(x => registry.ReplacementsOf(x, day).Count == 0))
                {
                    return false;
                }

                previous = now;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Unresolved_targets_are_exactly_the_relations_matching_no_document(DocumentRegistry registry) =>
        registry.Documents.All(d =>
            registry.UnresolvedTargets(d).SequenceEqual(d.Relations.Where(r => !registry.Documents.Any(x => r.Target.Matches(x)))));

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public void A_replacement_cycle_is_always_rejected(PositiveInt length)
    {
        int n = 2 + (length.Get % 5);
        var numbers = Enumerable.Range(1, n).Select(i => new PartyDocumentNumber(i, "HD", "VPTW")).ToArray();
        Document[] cycle = [.. Enumerable.Range(0, n).Select(i => new Document(
            numbers[i], DocumentKind.Guideline, [OrgModel.Organisations.OrgId.Parse("vn.party.central-office")], new LocalDate(2020, 1, 1).PlusDays(i), "x",
            relations: [new DocumentRelation(DocumentRelationKind.Replaces, new DocumentReference(numbers[(i + 1) % n]))]))];
        Assert.Throws<ArgumentException>(() => new DocumentRegistry(cycle));
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool The_word_naming_a_candidate_kind_resolves_to_it(Document d)
    {
        foreach (DocumentKind kind in DocumentKind.KindsFor(d.Number))
        {
            if (CitationKindWord.TryRecognise(kind.VietnameseName, out CitationKindWord word) && DocumentKind.Resolve(d.Number, word) != kind)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Kinds_and_issuers_round_trip_through_json(DocumentKind kind, DocumentIssuer issuer) =>
        ReferenceEquals(kind, JsonSerializer.Deserialize<DocumentKind>(JsonSerializer.Serialize(kind, JsonOptions.Options), JsonOptions.Options))
        && ReferenceEquals(issuer, JsonSerializer.Deserialize<DocumentIssuer>(JsonSerializer.Serialize(issuer, JsonOptions.Options), JsonOptions.Options));

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Kind_names_are_recognised_in_any_spelling(DocumentKind kind, bool upper, bool decomposed)
    {
        string name = upper ? kind.VietnameseName.ToUpperInvariant() : kind.VietnameseName;
        name = decomposed ? name.Normalize(NormalizationForm.FormD) : name;
        return DocumentKind.TryFromWord(name, out DocumentKind? back) && back == kind
            && DocumentKind.TryFromWord(kind.EnglishName, out DocumentKind? english) && english == kind;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Marks_round_trip_through_their_names(ConfidentialityMark confidentiality, UrgencyMark urgency, bool decomposed)
    {
        string c = DocumentMarks.VietnameseName(confidentiality);
        string u = DocumentMarks.VietnameseName(urgency);
        if (decomposed)
        {
            c = c.Normalize(NormalizationForm.FormD).ToUpperInvariant();
            u = u.Normalize(NormalizationForm.FormD).ToUpperInvariant();
        }

        bool cOk = confidentiality == ConfidentialityMark.None
            ? !DocumentMarks.TryParseConfidentiality(c, out _)
            : DocumentMarks.TryParseConfidentiality(c, out ConfidentialityMark cBack) && cBack == confidentiality;
        bool uOk = urgency == UrgencyMark.None
            ? !DocumentMarks.TryParseUrgency(u, out _)
            : DocumentMarks.TryParseUrgency(u, out UrgencyMark uBack) && uBack == urgency;
        return cOk && uOk;
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Signing_formulas_round_trip(SigningCapacity capacity)
    {
        string party = DocumentMarks.PartyFormula(capacity);
        string state = DocumentMarks.StateFormula(capacity);
        return (party.Length == 0 || (DocumentMarks.TryParseFormula(party, out SigningCapacity p) && p == capacity))
            && (state.Length == 0 || (DocumentMarks.TryParseFormula(state, out SigningCapacity s) && s == capacity));
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public void Mark_kind_and_formula_parsers_never_throw(string? text)
    {
        string input = text ?? string.Empty;
        _ = DocumentMarks.TryParseConfidentiality(input, out _);
        _ = DocumentMarks.TryParseUrgency(input, out _);
        _ = DocumentMarks.TryParseFormula(input, out _);
        _ = DocumentKind.TryFromWord(input, out _);
        _ = DocumentKind.TryFromKey(text, out _);
        _ = DocumentIssuer.TryFind(text, DocumentSystem.Party, out _);
        _ = DocumentIssuer.TryFind(text, DocumentSystem.State, out _);
    }

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Conference_order_is_a_total_order_consistent_with_equality(CentralConferenceNumber a, CentralConferenceNumber b) =>
        Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))
        && (a.CompareTo(b) == 0) == (a == b)
        && (a < b) == (a.CompareTo(b) < 0)
        && (a == b) == (a.GetHashCode() == b.GetHashCode() && a.Equals(b));

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool References_and_relations_have_value_equality(DocumentRelation relation) =>
        relation.Equals(new DocumentRelation(relation.Kind, relation.Target, relation.EffectiveFrom))
        && relation.GetHashCode() == new DocumentRelation(relation.Kind, relation.Target, relation.EffectiveFrom).GetHashCode();

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Resolutions_are_consistent(DocumentResolution r) =>
        (r.Status == ResolutionStatus.Found) == (r.Document is not null)
        && r.Candidates.All(c => r.Reference.Matches(c))
        && r.Candidates.Zip(r.Candidates.Skip(1)).All(p => p.First.IssueDate <= p.Second.IssueDate);

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Authority_answers_are_defined_for_every_role(DocumentKind kind, PartyIssuerRole role, IssuingAuthority any) =>
        Enum.IsDefined(kind.Authority(role))
        && (kind.IsPartyKind || kind.Authority(role) == IssuingAuthority.NotAllowed)
        && kind.PartyIssuers.Contains(role) == (kind.Authority(role) == IssuingAuthority.Allowed)
        && Enum.IsDefined(any);

    [Property(Arbitrary = [typeof(OrgArbitraries)])]
    public bool Signers_are_valid(DocumentSigner signer) =>
        signer.Name.Length > 0 && (signer.Capacity != SigningCapacity.InOwnRight || signer.OnBehalfOf is null);
}
