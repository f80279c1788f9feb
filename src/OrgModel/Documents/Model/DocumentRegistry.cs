using OrgModel.Documents;
using OrgModel.Tenures;
using OrgModel.Utility;

namespace OrgModel.Documents.Model;

/// <summary>
/// An immutable index of documents that resolves references and citations to documents and answers questions about
/// their relations: what replaces a document (transitively) as of a date, what implements it, what it cites and what
/// cites it.
/// </summary>
/// <remarks>
/// <para>Numbering restarts with each term, so one symbol can name several documents (<c>18-NQ/TW</c> of 2017 and of
/// 2022). Resolving by number alone reports the ambiguity (<see cref="ResolutionStatus.Ambiguous"/>); an issue date or a
/// term disambiguates.</para>
/// <para>Construction checks that no document is listed twice (same number and date), that every relation target present
/// in the registry is identified unambiguously, and that replacements form no cycle. Targets outside the registry are
/// kept as references (<see cref="UnresolvedTargets"/>).</para>
/// <para><see cref="Vietnam"/> ships the documents named in the project's sourced facts.</para>
/// <para>Thread safety: immutable and thread-safe; <see cref="Vietnam"/> is built once, lazily.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DocumentRegistryJsonConverter))]
public sealed class DocumentRegistry
{
    private static readonly Lazy<DocumentRegistry> VietnamRegistry = new(VietnamDocuments.Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Document[] documents;
    private readonly FrozenDictionary<DocumentNumber, Document[]> byNumber;
    private readonly FrozenDictionary<DocumentKey, Document> unnumbered;

    // For each document index: its outgoing relations resolved to indexes (or -1 when outside the registry), and incoming.
    private readonly (DocumentRelation Relation, int Target)[][] outgoing;
    private readonly (DocumentRelation Relation, int Source)[][] incoming;
    private readonly Dictionary<Document, int> indexOf;

    /// <summary>Creates a registry.</summary>
    /// <param name="documents">The documents.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A document is listed twice, a relation target matches several documents, or
    /// replacements form a cycle; the message says which.</exception>
    public DocumentRegistry(IEnumerable<Document> documents)
    {
        Guard.Against.Null(documents);
        this.documents = [.. documents.Select(d => Guard.Against.Null(d, nameof(documents)))
            .OrderBy(d => d.IssueDate).ThenBy(d => d.Number).ThenBy(d => d.Key.ToString(), StringComparer.Ordinal)];
        Documents = Array.AsReadOnly(this.documents);
        indexOf = new Dictionary<Document, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < this.documents.Length; i++)
        {
            indexOf[this.documents[i]] = i;
        }

        byNumber = this.documents.Where(d => d.IsNumbered).GroupBy(d => d.Number).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        unnumbered = UnnumberedByKey(this.documents);
        foreach (Document[] same in byNumber.Values)
        {
            for (int i = 1; i < same.Length; i++)
            {
                if (same[i].IssueDate == same[i - 1].IssueDate)
                {
                    throw new ArgumentException($"The document {same[i].Reference} is listed twice.", nameof(documents));
                }
            }
        }

        outgoing = new (DocumentRelation, int)[this.documents.Length][];
        var inLists = new List<(DocumentRelation, int)>[this.documents.Length];
        for (int i = 0; i < inLists.Length; i++)
        {
            inLists[i] = [];
        }

        for (int i = 0; i < this.documents.Length; i++)
        {
            Document source = this.documents[i];
            outgoing[i] = new (DocumentRelation, int)[source.Relations.Count];
            for (int r = 0; r < source.Relations.Count; r++)
            {
                DocumentRelation relation = source.Relations[r];
                ImmutableArray<Document> matches = Matching(relation.Target);
                if (matches.Length > 1)
                {
                    throw new ArgumentException(
                        $"{source.Reference} {relation.Kind} {relation.Target}, which matches {matches.Length} documents; give its date or term.",
                        nameof(documents));
                }

                int target = matches.Length == 1 ? indexOf[matches[0]] : -1;
                outgoing[i][r] = (relation, target);
                if (target >= 0)
                {
                    inLists[target].Add((relation, i));
                }
            }
        }

        incoming = [.. inLists.Select(l => l.ToArray())];
        CheckNoReplacementCycle();
    }

    /// <summary>Gets the registry of the documents named in the project's sourced facts (docs/sources.md): Party
    /// resolutions, conclusions, directives, regulations, guidelines and reports of 2010–2026 and the State documents
    /// they relate to.</summary>
    public static DocumentRegistry Vietnam => VietnamRegistry.Value;

    /// <summary>Gets every document, by issue date then number.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>Returns a registry with one document added, or replacing the document of the same key (number and issue
    /// date, or for an unnumbered text kind, issuer or event, date and title slug).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">The new set of documents breaks a rule of the constructor (an ambiguous relation
    /// target, a replacement cycle).</exception>
    public DocumentRegistry With(Document document)
    {
        Guard.Against.Null(document);
        return new DocumentRegistry(documents.Where(d => d.Key != document.Key).Append(document));
    }

    /// <summary>The documents of a kind, an issuing body and an issue-date range, each condition optional.</summary>
    /// <param name="kind">The kind, or null for every kind.</param>
    /// <param name="issuer">An issuing body (a joint document matches each of its issuers), or null for every issuer.</param>
    /// <param name="from">The first issue date, or null.</param>
    /// <param name="to">The last issue date, or null.</param>
    /// <returns>The documents, by issue date then number.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<Document> Query(DocumentKind? kind = null, OrgModel.Organisations.OrgId? issuer = null, LocalDate? from = null, LocalDate? to = null)
    {
        Preconditions.CheckIso(from);
        Preconditions.CheckIso(to);
        if (from is { } f && to is { } t && t < f)
        {
            throw new ArgumentException($"The range ends ({t:uuuu-MM-dd}) before it starts ({f:uuuu-MM-dd}).", nameof(to));
        }

        return [.. documents.Where(d => (kind is null || d.Kind.Equals(kind))
                                        && (issuer is not { } id || d.IssuingBodies.Contains(id))
                                        && (from is not { } start || d.IssueDate >= start)
                                        && (to is not { } end || d.IssueDate <= end))];
    }

    /// <summary>Resolves a number alone; several documents may match.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The outcome; <see cref="ResolutionStatus.NotFound"/> for <c>default</c>.</returns>
    public DocumentResolution Resolve(DocumentNumber number) =>
        number.IsParty || number.IsState ? Resolve(new DocumentReference(number)) : new DocumentResolution(default, ImmutableArray<Document>.Empty);

    /// <summary>Resolves a number with the issue date printed on the document.</summary>
    /// <param name="number">The number.</param>
    /// <param name="issueDate">The issue date.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> is <c>default</c>.</exception>
    public DocumentResolution Resolve(DocumentNumber number, LocalDate issueDate) => Resolve(new DocumentReference(number, issueDate));

    /// <summary>Resolves a number with the term it belongs to (khóa XII).</summary>
    /// <param name="number">The number.</param>
    /// <param name="term">The term; for a national term its ordinal is enough.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> or <paramref name="term"/> is <c>default</c>.</exception>
    public DocumentResolution Resolve(DocumentNumber number, Tenure term) => Resolve(new DocumentReference(number, term));

    /// <summary>Resolves a key: a numbered key as its number (and date), an unnumbered key to the text of that key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    public DocumentResolution Resolve(DocumentKey key) => Resolve(new DocumentReference(key));

    /// <summary>Resolves a reference.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The outcome.</returns>
    public DocumentResolution Resolve(DocumentReference reference) => new(reference, Matching(reference));

    /// <summary>Resolves a citation found in text, with its date when the text gives one.</summary>
    /// <param name="citation">The citation.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    public DocumentResolution Resolve(Citation citation)
    {
        Guard.Against.Null(citation);
        return citation.Date is { } date ? Resolve(citation.Number, date) : Resolve(citation.Number);
    }

    /// <summary>
    /// Returns every document that replaces a document as of a date, directly or through a chain of replacements, in
    /// the order of the chain (nearest first). A replacement counts from its effective date
    /// (<see cref="DocumentRelation.EffectiveFrom"/>, else the replacing document's issue date).
    /// </summary>
    /// <param name="document">A document of this registry.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The replacements in force by that date; empty when the document was not replaced by then.</returns>
    /// <exception cref="ArgumentException"><paramref name="document"/> is not in this registry.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public IReadOnlyList<Document> ReplacementsOf(Document document, LocalDate asOf)
    {
        Preconditions.CheckIso(asOf);
        int start = IndexOf(document);
        var order = new List<Document>();
        var walk = new IndexWalk(start);
        while (walk.TryNext(out int current))
        {
            foreach ((DocumentRelation relation, int source) in incoming[current])
            {
                Document replacing = documents[source];
                if (relation.Kind == DocumentRelationKind.Replaces && (relation.EffectiveFrom ?? replacing.IssueDate) <= asOf && walk.Visit(source))
                {
                    order.Add(replacing);
                }
            }
        }

        return order.ToImmutableArray();
    }

    /// <summary>Returns the documents that, as of a date, finally stand in place of a document: the ends of its
    /// replacement chains, or the document itself when nothing replaced it by then.</summary>
    /// <param name="document">A document of this registry.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>One or more documents.</returns>
    /// <exception cref="ArgumentException"><paramref name="document"/> is not in this registry.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the ISO calendar.</exception>
    public IReadOnlyList<Document> InForceInPlaceOf(Document document, LocalDate asOf)
    {
        IReadOnlyList<Document> chain = ReplacementsOf(document, asOf);
        if (chain.Count == 0)
        {
            return ImmutableArray.Create(document);
        }

        // One look at each link's own replacements, not a new search from each link: linear in the chain, not quadratic.
        return chain.Where(d => !IsReplaced(indexOf[d], asOf)).ToImmutableArray();
    }

    /// <summary>Returns the documents that implement a document.</summary>
    /// <param name="document">A document of this registry.</param>
    /// <returns>The implementing documents, oldest first.</returns>
    /// <exception cref="ArgumentException"><paramref name="document"/> is not in this registry.</exception>
    public IReadOnlyList<Document> Implementing(Document document) => RelatedTo(document, DocumentRelationKind.Implements);

    /// <summary>Returns the documents of this registry that a document cites.</summary>
    /// <param name="document">A document of this registry.</param>
    /// <returns>The cited documents, in the order the relations list them; targets outside the registry are left out
    /// (see <see cref="UnresolvedTargets"/>).</returns>
    /// <exception cref="ArgumentException"><paramref name="document"/> is not in this registry.</exception>
    public IReadOnlyList<Document> Cites(Document document) => RelatedFrom(document, DocumentRelationKind.Cites);

    /// <summary>Returns the documents that cite a document.</summary>
    /// <param name="document">A document of this registry.</param>
    /// <returns>The citing documents, oldest first.</returns>
    /// <exception cref="ArgumentException"><paramref name="document"/> is not in this registry.</exception>
    public IReadOnlyList<Document> CitedBy(Document document) => RelatedTo(document, DocumentRelationKind.Cites);

    /// <summary>Returns the documents of this registry a document acts on in one way (what it replaces, amends, …).</summary>
    /// <param name="document">A document of this registry.</param>
    /// <param name="kind">The relation kind.</param>
    /// <returns>The targets in the registry, in the order the relations list them.</returns>
    /// <exception cref="ArgumentException"><paramref name="document"/> is not in this registry.</exception>
    public IReadOnlyList<Document> RelatedFrom(Document document, DocumentRelationKind kind) =>
        outgoing[IndexOf(document)].Where(o => o.Relation.Kind == kind && o.Target >= 0).Select(o => documents[o.Target]).ToImmutableArray();

    /// <summary>Returns the documents that act on a document in one way (what replaces it, amends it, …).</summary>
    /// <param name="document">A document of this registry.</param>
    /// <param name="kind">The relation kind.</param>
    /// <returns>The acting documents, oldest first.</returns>
    /// <exception cref="ArgumentException"><paramref name="document"/> is not in this registry.</exception>
    public IReadOnlyList<Document> RelatedTo(Document document, DocumentRelationKind kind) =>
        incoming[IndexOf(document)].Where(i => i.Relation.Kind == kind).Select(i => i.Source).Distinct().Order().Select(i => documents[i]).ToImmutableArray();

    /// <summary>Returns the relations of a document whose target is not in this registry.</summary>
    /// <param name="document">A document of this registry.</param>
    /// <returns>The relations, in the order the document lists them.</returns>
    /// <exception cref="ArgumentException"><paramref name="document"/> is not in this registry.</exception>
    public IReadOnlyList<DocumentRelation> UnresolvedTargets(Document document) =>
        outgoing[IndexOf(document)].Where(o => o.Target < 0).Select(o => o.Relation).ToImmutableArray();

    private static FrozenDictionary<DocumentKey, Document> UnnumberedByKey(Document[] documents)
    {
        var map = new Dictionary<DocumentKey, Document>();
        foreach (Document d in documents)
        {
            if (!d.IsNumbered && !map.TryAdd(d.Key, d))
            {
                throw new ArgumentException($"The document {d.Key} is listed twice.", nameof(documents));
            }
        }

        return map.ToFrozenDictionary();
    }

    private ImmutableArray<Document> Matching(DocumentReference reference)
    {
        if (reference.Key is { IsNumbered: false } key)
        {
            return key.IsDefault || !unnumbered.TryGetValue(key, out Document? text) ? ImmutableArray<Document>.Empty : ImmutableArray.Create(text);
        }

        if (!byNumber.TryGetValue(reference.Number, out Document[]? same))
        {
            return ImmutableArray<Document>.Empty;
        }

        if (reference.IssueDate is { } date)
        {
            // The documents of one number are sorted by date and no two share a day: a binary search, not a scan, so
            // that one number reused on many days (each citing the last) is still resolved in n log n.
            int at = IndexOn(same, date);
            return at >= 0 && reference.Matches(same[at]) ? ImmutableArray.Create(same[at]) : ImmutableArray<Document>.Empty;
        }

        return same.Where(reference.Matches).ToImmutableArray();
    }

    private static int IndexOn(Document[] byDate, LocalDate date)
    {
        int low = 0, high = byDate.Length - 1;
        while (low <= high)
        {
            int mid = low + ((high - low) / 2);
            int c = byDate[mid].IssueDate.CompareTo(date);
            if (c == 0)
            {
                return mid;
            }

            (low, high) = c < 0 ? (mid + 1, high) : (low, mid - 1);
        }

        return -1;
    }

    private bool IsReplaced(int index, LocalDate asOf)
    {
        foreach ((DocumentRelation relation, int source) in incoming[index])
        {
            if (relation.Kind == DocumentRelationKind.Replaces && (relation.EffectiveFrom ?? documents[source].IssueDate) <= asOf)
            {
                return true;
            }
        }

        return false;
    }

    private int IndexOf(Document document)
    {
        Guard.Against.Null(document);
        return indexOf.TryGetValue(document, out int index)
            ? index
            : throw new ArgumentException($"{document.Reference} is not in this registry.", nameof(document));
    }

    private void CheckNoReplacementCycle()
    {
        // 0 unvisited, 1 on the current path, 2 done.
        byte[] state = new byte[documents.Length];
        for (int i = 0; i < documents.Length; i++)
        {
            if (state[i] == 0 && HasCycleFrom(i, state))
            {
                throw new ArgumentException($"Replacements form a cycle through {documents[i].Reference}.", "documents");
            }
        }
    }

    private bool HasCycleFrom(int root, byte[] state)
    {
        var stack = new Stack<(int Node, int Next)>();
        stack.Push((root, 0));
        state[root] = 1;
        while (stack.Count > 0)
        {
            (int node, int next) = stack.Pop();
            (DocumentRelation Relation, int Target)[] edges = outgoing[node];
            while (next < edges.Length && (edges[next].Relation.Kind != DocumentRelationKind.Replaces || edges[next].Target < 0))
            {
                next++;
            }

            if (next == edges.Length)
            {
                state[node] = 2;
                continue;
            }

            stack.Push((node, next + 1));
            int target = edges[next].Target;
            if (state[target] == 1)
            {
                return true;
            }

            if (state[target] == 0)
            {
                state[target] = 1;
                stack.Push((target, 0));
            }
        }

        return false;
    }
}
