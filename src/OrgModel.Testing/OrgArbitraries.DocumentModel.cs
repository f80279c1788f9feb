using OrgModel.Documents;
using OrgModel.Documents.Model;

namespace OrgModel.Testing;

/// <content>Arbitraries (with shrinkers) for the document model of <see cref="OrgModel.Documents"/>.</content>
public static partial class OrgArbitraries
{
    /// <summary>Document keys, numbered or not; no shrinking (a key is valid only whole).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentKey> DocumentKeys() => Arb.From(OrgGenerators.DocumentKeyValue);

    /// <summary>Events, shipped or made up; no shrinking.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrgModel.Tenures.PoliticalEvent> PoliticalEvents() => Arb.From(OrgGenerators.PoliticalEventValue);

    /// <summary>Event kinds, shrinking towards <see cref="OrgModel.Tenures.PoliticalEventKind.NationalPartyCongress"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrgModel.Tenures.PoliticalEventKind> PoliticalEventKinds() => Arb.From(OrgGenerators.PoliticalEventKindValue, TowardsZero);

    /// <summary>Catalogue kinds, shrinking towards <see cref="DocumentKind.Resolution"/> (the first).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentKind> DocumentKinds() => Arb.From(OrgGenerators.DocumentKindValue, k => TowardsFirst(k, DocumentKind.All));

    /// <summary>Catalogue issuers, shrinking towards <c>TW</c> (the first).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentIssuer> DocumentIssuers() => Arb.From(OrgGenerators.DocumentIssuerValue, i => TowardsFirst(i, DocumentIssuer.All));

    /// <summary>Systems, shrinking towards <see cref="DocumentSystem.Party"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentSystem> DocumentSystems() => Arb.From(OrgGenerators.DocumentSystemValue, TowardsZero);

    /// <summary>Issuer roles, shrinking towards <see cref="PartyIssuerRole.NationalCongress"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PartyIssuerRole> PartyIssuerRoles() => Arb.From(OrgGenerators.PartyIssuerRoleValue, TowardsZero);

    /// <summary>Authority answers, shrinking towards <see cref="IssuingAuthority.Unknown"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IssuingAuthority> IssuingAuthorities() => Arb.From(OrgGenerators.IssuingAuthorityValue, TowardsZero);

    /// <summary>Confidentiality marks, shrinking towards <see cref="ConfidentialityMark.None"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ConfidentialityMark> ConfidentialityMarks() => Arb.From(OrgGenerators.ConfidentialityMarkValue, TowardsZero);

    /// <summary>Urgency marks, shrinking towards <see cref="UrgencyMark.None"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<UrgencyMark> UrgencyMarks() => Arb.From(OrgGenerators.UrgencyMarkValue, TowardsZero);

    /// <summary>Signing capacities, shrinking towards <see cref="SigningCapacity.NotRecorded"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SigningCapacity> SigningCapacities() => Arb.From(OrgGenerators.SigningCapacityValue, TowardsZero);

    /// <summary>Relation kinds, shrinking towards <see cref="DocumentRelationKind.Cites"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentRelationKind> DocumentRelationKinds() => Arb.From(OrgGenerators.DocumentRelationKindValue, TowardsZero);

    /// <summary>Resolution statuses, shrinking towards <see cref="ResolutionStatus.NotFound"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ResolutionStatus> ResolutionStatuses() => Arb.From(OrgGenerators.ResolutionStatusValue, TowardsZero);

    /// <summary>Signers, shrinking by dropping the title and the body signed for.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentSigner> DocumentSigners() => Arb.From(OrgGenerators.DocumentSignerValue, ShrinkSigner);

    /// <summary>Conference numbers, shrinking towards the 1st conference of the 1st term.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CentralConferenceNumber> CentralConferenceNumbers() => Arb.From(OrgGenerators.CentralConferenceNumberValue, ShrinkConference);

    /// <summary>References, shrinking by dropping the date or term.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentReference> DocumentReferences() => Arb.From(OrgGenerators.DocumentReferenceValue, ShrinkReference);

    /// <summary>Relations, shrinking towards no effective date and a number-only target.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentRelation> DocumentRelations() => Arb.From(OrgGenerators.DocumentRelationValue, ShrinkRelation);

    /// <summary>Documents, shrinking by dropping relations, signers, marks and the conference (still valid).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Document> Documents() => Arb.From(OrgGenerators.DocumentValue, ShrinkDocument);

    /// <summary>Registries, shrinking by removing one document (targets it leaves behind become unresolved, still valid).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentRegistry> DocumentRegistries() => Arb.From(OrgGenerators.DocumentRegistryValue, ShrinkRegistry);

    /// <summary>Resolutions, shrinking towards the resolution of the same reference in an empty registry.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentResolution> DocumentResolutions() =>
        Arb.From(OrgGenerators.DocumentResolutionValue, r => r.Candidates.Count == 0 ? [] : [new DocumentRegistry([]).Resolve(r.Reference)]);

    private static IEnumerable<T> TowardsFirst<T>(T value, IReadOnlyList<T> all)
        where T : class
    {
        if (!ReferenceEquals(value, all[0]))
        {
            yield return all[0];
        }
    }

    private static IEnumerable<T> TowardsZero<T>(T value)
        where T : struct, Enum
    {
        T zero = default;
        if (!EqualityComparer<T>.Default.Equals(value, zero))
        {
            yield return zero;
        }
    }

    private static IEnumerable<DocumentSigner> ShrinkSigner(DocumentSigner s)
    {
        if (s.Title is not null || s.OnBehalfOf is not null)
        {
            yield return new DocumentSigner(s.Name, s.Capacity);
        }

        if (s.Capacity != SigningCapacity.NotRecorded)
        {
            yield return new DocumentSigner(s.Name, SigningCapacity.NotRecorded, s.Title, s.OnBehalfOf);
        }
    }

    private static IEnumerable<CentralConferenceNumber> ShrinkConference(CentralConferenceNumber c)
    {
        if (c.Ordinal > 1)
        {
            yield return new CentralConferenceNumber(c.Ordinal / 2 < 1 ? 1 : c.Ordinal / 2, c.TermOrdinal);
        }

        if (c.TermOrdinal > 1)
        {
            yield return new CentralConferenceNumber(c.Ordinal, c.TermOrdinal / 2 < 1 ? 1 : c.TermOrdinal / 2);
        }
    }

    private static IEnumerable<DocumentReference> ShrinkReference(DocumentReference r)
    {
        if (r.IssueDate is not null || r.Term is not null)
        {
            yield return new DocumentReference(r.Number);
        }
    }

    private static IEnumerable<DocumentRelation> ShrinkRelation(DocumentRelation r)
    {
        if (r.EffectiveFrom is not null)
        {
            yield return new DocumentRelation(r.Kind, r.Target);
        }

        foreach (DocumentReference target in ShrinkReference(r.Target))
        {
            yield return new DocumentRelation(r.Kind, target, r.EffectiveFrom);
        }
    }

    private static IEnumerable<Document> ShrinkDocument(Document d)
    {
        if (d.Relations.Count > 0)
        {
            yield return Rebuild(d, d.Relations.Take(d.Relations.Count - 1), d.Signers, d.Conference, d.Confidentiality, d.Urgency);
        }

        if (d.Signers.Count > 0)
        {
            yield return Rebuild(d, d.Relations, [], d.Conference, d.Confidentiality, d.Urgency);
        }

        if (d.Conference is not null)
        {
            yield return Rebuild(d, d.Relations, d.Signers, null, d.Confidentiality, d.Urgency);
        }

        if (d.Confidentiality != ConfidentialityMark.None || d.Urgency != UrgencyMark.None)
        {
            yield return Rebuild(d, d.Relations, d.Signers, d.Conference, ConfidentialityMark.None, UrgencyMark.None);
        }
    }

    private static Document Rebuild(
        Document d,
        IEnumerable<DocumentRelation> relations,
        IEnumerable<DocumentSigner> signers,
        CentralConferenceNumber? conference,
        ConfidentialityMark confidentiality,
        UrgencyMark urgency) =>
        new(d.Number, d.Kind, d.IssuingBodies, d.IssueDate, d.Title, d.Term, conference, signers, confidentiality, urgency, relations);

    private static IEnumerable<DocumentRegistry> ShrinkRegistry(DocumentRegistry registry)
    {
        IReadOnlyList<Document> all = registry.Documents;
        for (int i = all.Count - 1; i >= 0; i--)
        {
            int skip = i;
            yield return new DocumentRegistry(all.Where((_, k) => k != skip));
        }
    }
}
