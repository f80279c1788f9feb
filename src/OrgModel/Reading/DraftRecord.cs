using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Utility;

namespace OrgModel.Reading;

/// <summary>
/// What <see cref="DraftReader"/> found in a text, for a person to confirm: the documents it cites, its deadlines, the
/// organisations, people, terms and decisions it names, and the sentences that assign work.
/// </summary>
/// <remarks>
/// <para>Each finding carries its span in the text and a reason (or, for deadlines, the cue that made it one). Each list is
/// in order of position; a list is empty when the text says nothing of that kind.</para>
/// <para>JSON: <c>date</c>, then <c>citations</c>, <c>deadlines</c>, <c>organisations</c>, <c>people</c>, <c>terms</c>,
/// <c>decisions</c>, <c>tasks</c>, and <c>documents</c> when the text was read with a registry (left out when empty). A citation is <c>{start, length, number, kind?, kindStart?, date?}</c> with its kind as
/// <c>{code?, name, written}</c>. Thread safety: immutable and thread-safe. Equality is by value.</para>
/// </remarks>
[JsonConverter(typeof(DraftRecordJsonConverter))]
public sealed class DraftRecord : IEquatable<DraftRecord>
{
    private readonly ImmutableArray<Citation> citations;
    private readonly ImmutableArray<DeadlineMention> deadlines;
    private readonly ImmutableArray<OrganisationMention> organisations;
    private readonly ImmutableArray<PersonMention> people;
    private readonly ImmutableArray<TermMention> terms;
    private readonly ImmutableArray<DecisionMention> decisions;
    private readonly ImmutableArray<TaskCandidate> tasks;
    private readonly ImmutableArray<DocumentMention> documents;

    /// <summary>Creates a record.</summary>
    /// <param name="date">The text's date.</param>
    /// <param name="citations">The documents cited.</param>
    /// <param name="deadlines">The deadlines.</param>
    /// <param name="organisations">The organisations and scopes named.</param>
    /// <param name="people">The people named.</param>
    /// <param name="terms">The terms, congresses and conferences named.</param>
    /// <param name="decisions">The decisions stated.</param>
    /// <param name="tasks">The sentences that assign work.</param>
    /// <param name="documents">The cited documents resolved against a registry, or null (none: read without a registry).</param>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar, or a list holds null.</exception>
    public DraftRecord(
        LocalDate date,
        IEnumerable<Citation> citations,
        IEnumerable<DeadlineMention> deadlines,
        IEnumerable<OrganisationMention> organisations,
        IEnumerable<PersonMention> people,
        IEnumerable<TermMention> terms,
        IEnumerable<DecisionMention> decisions,
        IEnumerable<TaskCandidate> tasks,
        IEnumerable<DocumentMention>? documents = null)
    {
        Date = Preconditions.CheckIso(date);
        this.citations = Own(citations, nameof(citations));
        this.deadlines = Own(deadlines, nameof(deadlines));
        this.organisations = Own(organisations, nameof(organisations));
        this.people = Own(people, nameof(people));
        this.terms = Own(terms, nameof(terms));
        this.decisions = Own(decisions, nameof(decisions));
        this.tasks = Own(tasks, nameof(tasks));
        this.documents = Own(documents ?? [], nameof(documents));
    }

    /// <summary>Gets the text's date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the documents the text cites (<see cref="CitationExtractor"/>).</summary>
    public IReadOnlyList<Citation> Citations => citations;

    /// <summary>Gets the deadlines the text gives (<see cref="DeadlineExtractor"/>).</summary>
    public IReadOnlyList<DeadlineMention> Deadlines => deadlines;

    /// <summary>Gets the organisations and scopes the text names (<see cref="OrganisationExtractor"/>).</summary>
    public IReadOnlyList<OrganisationMention> Organisations => organisations;

    /// <summary>Gets the people the text names (<see cref="PersonExtractor"/>).</summary>
    public IReadOnlyList<PersonMention> People => people;

    /// <summary>Gets the terms, congresses and conferences the text names (<see cref="TermExtractor"/>).</summary>
    public IReadOnlyList<TermMention> Terms => terms;

    /// <summary>Gets the decisions the text states (<see cref="DecisionExtractor"/>).</summary>
    public IReadOnlyList<DecisionMention> Decisions => decisions;

    /// <summary>Gets the sentences that assign work.</summary>
    public IReadOnlyList<TaskCandidate> Tasks => tasks;

    /// <summary>Gets the cited documents resolved against the registry the text was read with (<see cref="DocumentMention"/>),
    /// in order; empty when no registry was given.</summary>
    public IReadOnlyList<DocumentMention> Documents => documents;

    /// <inheritdoc />
    public bool Equals(DraftRecord? other) =>
        other is not null && Date == other.Date && citations.SequenceEqual(other.citations) && deadlines.SequenceEqual(other.deadlines)
        && organisations.SequenceEqual(other.organisations) && people.SequenceEqual(other.people) && terms.SequenceEqual(other.terms)
        && decisions.SequenceEqual(other.decisions) && tasks.SequenceEqual(other.tasks) && documents.SequenceEqual(other.documents);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DraftRecord);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Date, citations.Length, deadlines.Length, organisations.Length, people.Length, terms.Length, decisions.Length, HashCode.Combine(tasks.Length, documents.Length));

    /// <summary>Gets a count of each kind of finding, e.g. <c>2025-10-31: 2 citations, 1 deadlines, …</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Date:uuuu-MM-dd}: {citations.Length} citations, {deadlines.Length} deadlines, {organisations.Length} organisations, {people.Length} people, {terms.Length} terms, {decisions.Length} decisions, {tasks.Length} tasks");

    private static ImmutableArray<T> Own<T>(IEnumerable<T> items, string name)
        where T : class
    {
        ImmutableArray<T> own = [.. Guard.Against.Null(items, name)];
        Preconditions.CheckArgument(!own.Any(i => i is null), name, "The list must not hold null.");

        return own;
    }
}
