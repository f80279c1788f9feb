using OrgModel.Utility;

namespace OrgModel.Deadlines;

/// <summary>
/// A deadline phrase found in running text (<see cref="DeadlineExtractor"/>): where it stands, what it says, the
/// <see cref="Deadlines.Deadline"/> it means, the words that introduced it, and the clause it governs, so that a tool can
/// show the finding for a person to confirm.
/// </summary>
/// <remarks>
/// <para><see cref="Text"/> is the phrase exactly as written (<c>"trước ngày 31/7/2025"</c>, <c>"before July 31, 2025"</c>):
/// <see cref="Deadline.ParsePhrase(string, NodaTime.LocalDate)"/> reads it, with the text's date, back to
/// <see cref="Deadline"/>. <see cref="Clause"/> is the part of the sentence the phrase governs: the words before it back to
/// the start of the sentence (or to a ';', a ':' or the previous deadline), or the words after it when the phrase opens
/// the sentence; it is empty when there are none.</para>
/// <para>JSON: an object with <c>start</c>, <c>text</c>, <c>deadline</c> (canonical form), <c>cue</c>, <c>clauseStart</c> and
/// <c>clause</c>; the lengths follow from the texts. Thread safety: immutable and thread-safe. Equality is by value.</para>
/// </remarks>
[JsonConverter(typeof(DeadlineMentionJsonConverter))]
public sealed class DeadlineMention : IEquatable<DeadlineMention>
{
    /// <summary>Creates a mention.</summary>
    /// <param name="start">Where the phrase starts in the text (0-based, UTF-16 code units).</param>
    /// <param name="text">The phrase as written; not empty.</param>
    /// <param name="deadline">The deadline the phrase means.</param>
    /// <param name="cue">The words that introduced the phrase.</param>
    /// <param name="clauseStart">Where the clause starts in the text.</param>
    /// <param name="clause">The clause the phrase governs, as written; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="clause"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> or <paramref name="clauseStart"/> is negative, <paramref name="text"/> is
    /// empty, <paramref name="cue"/> is undefined, or the clause overlaps the phrase.</exception>
    public DeadlineMention(int start, string text, Deadline deadline, DeadlineCue cue, int clauseStart, string clause)
    {
        Guard.Against.Negative(start);
        Guard.Against.NullOrEmpty(text);
        Guard.Against.Negative(clauseStart);
        Guard.Against.Null(clause);
        Preconditions.CheckDefined(cue);
        Preconditions.CheckArgument(
            clause.Length == 0 || clauseStart + clause.Length <= start || clauseStart >= start + text.Length,
            nameof(clauseStart),
            "The clause lies before or after the phrase, never across it.");
        Start = start;
        Text = text;
        Deadline = deadline;
        Cue = cue;
        ClauseStart = clauseStart;
        Clause = clause;
    }

    /// <summary>Gets where the phrase starts in the text (0-based, in UTF-16 code units).</summary>
    public int Start { get; }

    /// <summary>Gets the length of the phrase in the text.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the phrase as written.</summary>
    public string Text { get; }

    /// <summary>Gets the deadline the phrase means, with the phrase as its <see cref="Deadline.Wording"/>.</summary>
    public Deadline Deadline { get; }

    /// <summary>Gets the words that introduced the phrase: the reason it was taken for a deadline.</summary>
    public DeadlineCue Cue { get; }

    /// <summary>Gets where the clause the phrase governs starts in the text.</summary>
    public int ClauseStart { get; }

    /// <summary>Gets the length of the clause.</summary>
    public int ClauseLength => Clause.Length;

    /// <summary>Gets the clause the phrase governs ("Grassroots congresses completed", "Chủ tịch Ủy ban nhân dân ... hoàn thành");
    /// empty when the phrase stands alone.</summary>
    public string Clause { get; }

    /// <inheritdoc />
    public bool Equals(DeadlineMention? other) =>
        other is not null && Start == other.Start && Text == other.Text && Deadline == other.Deadline && Cue == other.Cue
        && ClauseStart == other.ClauseStart && Clause == other.Clause;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DeadlineMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Text, Deadline, Cue, ClauseStart, Clause);

    /// <summary>Gets a readable summary, e.g. <c>"before July 31, 2025" = on or before 2025-07-31 (before) at 32+20</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\"{Text}\" = {Deadline} ({Cue}) at {Start}+{Length}");
}
