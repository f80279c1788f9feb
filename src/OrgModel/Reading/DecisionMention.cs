using OrgModel.Personnel;
using OrgModel.Utility;

namespace OrgModel.Reading;

/// <summary>
/// A disciplinary or personnel decision stated in running text (<see cref="DecisionExtractor"/>): the words that state it,
/// what it does, and each person it names.
/// </summary>
/// <remarks>
/// <para><see cref="TextFinding.Text"/> is the phrase that states the form ("khai trừ ra khỏi Đảng", "removing comrades A, B from all
/// positions in the Party"); <see cref="DecisionExtractor.Extract(string, PersonnelRecord?)"/> reads it back to the same kind.
/// <see cref="People"/> is empty when the text does not say whom the decision concerns.</para>
/// <para>JSON: <c>start</c>, <c>text</c>, <c>kind</c>, <c>people</c> (<see cref="PersonMention"/> objects), <c>reason</c>.
/// Thread safety: immutable and thread-safe. Equality is by value.</para>
/// </remarks>
[JsonConverter(typeof(DecisionMentionJsonConverter))]
public sealed class DecisionMention : TextFinding, IEquatable<DecisionMention>
{
    private readonly ImmutableArray<PersonMention> people;

    /// <summary>Creates a mention.</summary>
    /// <param name="start">Where the phrase starts in the text (0-based, UTF-16 code units).</param>
    /// <param name="text">The phrase that states the decision; not empty.</param>
    /// <param name="kind">What the decision does.</param>
    /// <param name="people">The people it names, in order; may be empty.</param>
    /// <param name="reason">Why the text was taken; not empty.</param>
    /// <exception cref="ArgumentException">A text is empty, <paramref name="start"/> is negative, <paramref name="kind"/> is
    /// undefined, or <paramref name="people"/> holds null.</exception>
    public DecisionMention(int start, string text, DecisionKind kind, IEnumerable<PersonMention> people, string reason)
        : base(start, text, reason)
    {
        Guard.Against.Null(people);
        Preconditions.CheckDefined(kind);
        this.people = [.. people];
        Preconditions.CheckArgument(!this.people.Any(p => p is null), nameof(people), "A decision names no null person.");

        Kind = kind;
    }

    /// <summary>Gets what the decision does.</summary>
    public DecisionKind Kind { get; }

    /// <summary>Gets the form of Party discipline, or null for <see cref="DecisionKind.CeaseHoldingPost"/>, which is not one.</summary>
    public DisciplineForm? Form => Kind switch
    {
        DecisionKind.Reprimand => DisciplineForm.Reprimand,
        DecisionKind.Warning => DisciplineForm.Warning,
        DecisionKind.RemovalFromPost or DecisionKind.RemovalFromAllPartyPosts => DisciplineForm.RemovalFromPost,
        DecisionKind.Expulsion => DisciplineForm.Expulsion,
        DecisionKind.Dissolution => DisciplineForm.Dissolution,
        _ => null,
    };

    /// <summary>Gets the people the decision names, in order of appearance.</summary>
    public IReadOnlyList<PersonMention> People => people;

    /// <inheritdoc />
    public bool Equals(DecisionMention? other) =>
        other is not null && SameFinding(other) && Kind == other.Kind && people.SequenceEqual(other.people);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DecisionMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Text, Kind, people.Length, Reason);

    /// <summary>Gets a readable summary, e.g. <c>Expulsion of Nguyễn Văn A: "khai trừ ra khỏi Đảng" at 40+21</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        At($"{Kind} of {string.Join(", ", people.Select(p => p.Name))}: \"{Text}\"");
}
