using OrgModel.Deadlines;
using OrgModel.Utility;

namespace OrgModel.Reading;

/// <summary>
/// A sentence that assigns work (<see cref="DraftReader"/>): the words that assign it ("yêu cầu", "giao", "phải",
/// "requested … to", "must", "were urged to"), who is to do it, what is to be done and by when, each as the text says it.
/// </summary>
/// <remarks>
/// <para>Nothing is invented: <see cref="Assignee"/> is empty (and <see cref="AssigneeStart"/> null) when the sentence names
/// no body or person for the work; <see cref="Deadlines"/> is empty when it gives no deadline.</para>
/// <para>JSON: <c>start</c>, <c>text</c>, <c>cueStart</c>, <c>cue</c>, <c>assigneeStart</c> and <c>assignee</c> (left out when
/// there is none), <c>organisations</c>, <c>people</c>, <c>actionStart</c>, <c>action</c>, <c>deadlines</c>, <c>reason</c>.
/// Thread safety: immutable and thread-safe. Equality is by value.</para>
/// </remarks>
[JsonConverter(typeof(TaskCandidateJsonConverter))]
public sealed class TaskCandidate : TextFinding, IEquatable<TaskCandidate>
{
    private readonly ImmutableArray<OrganisationMention> organisations;
    private readonly ImmutableArray<PersonMention> people;
    private readonly ImmutableArray<DeadlineMention> deadlines;

    /// <summary>Creates a candidate.</summary>
    /// <param name="start">Where the sentence starts in the text (0-based, UTF-16 code units).</param>
    /// <param name="text">The sentence as written; not empty.</param>
    /// <param name="cueStart">Where the words that assign the work start; inside the sentence.</param>
    /// <param name="cue">The words that assign the work, as written; not empty.</param>
    /// <param name="assigneeStart">Where the assignee starts, or null when the sentence names none.</param>
    /// <param name="assignee">The assignee as written; empty exactly when <paramref name="assigneeStart"/> is null.</param>
    /// <param name="organisations">The bodies the assignee names.</param>
    /// <param name="people">The people the assignee names.</param>
    /// <param name="actionStart">Where the action starts.</param>
    /// <param name="action">The action as written; may be empty.</param>
    /// <param name="deadlines">The deadlines the sentence gives.</param>
    /// <param name="reason">Why the sentence was taken; not empty.</param>
    /// <exception cref="ArgumentException">A required text is empty, a position is negative or outside the sentence, or an
    /// assignee text and its position disagree.</exception>
    public TaskCandidate(
        int start,
        string text,
        int cueStart,
        string cue,
        int? assigneeStart,
        string assignee,
        IEnumerable<OrganisationMention> organisations,
        IEnumerable<PersonMention> people,
        int actionStart,
        string action,
        IEnumerable<DeadlineMention> deadlines,
        string reason)
        : base(start, text, reason)
    {
        Guard.Against.NullOrEmpty(cue);
        Guard.Against.Null(assignee);
        Guard.Against.Null(action);
        Inside(start, text, cueStart, cue, nameof(cueStart));
        Inside(start, text, actionStart, action, nameof(actionStart));
        if (assigneeStart is { } a)
        {
            Guard.Against.NullOrEmpty(assignee);
            Inside(start, text, a, assignee, nameof(assigneeStart));
        }
        else if (assignee.Length > 0)
        {
            throw new ArgumentException("An assignee needs its position.", nameof(assigneeStart));
        }

        this.organisations = [.. Guard.Against.Null(organisations)];
        this.people = [.. Guard.Against.Null(people)];
        this.deadlines = [.. Guard.Against.Null(deadlines)];
        CueStart = cueStart;
        Cue = cue;
        AssigneeStart = assigneeStart;
        Assignee = assignee;
        ActionStart = actionStart;
        Action = action;
    }

    /// <summary>Gets where the words that assign the work start.</summary>
    public int CueStart { get; }

    /// <summary>Gets the words that assign the work ("yêu cầu", "requested", "must").</summary>
    public string Cue { get; }

    /// <summary>Gets where the assignee starts, or null when the sentence names none.</summary>
    public int? AssigneeStart { get; }

    /// <summary>Gets the assignee as written ("Bộ Y tế, Bộ Giáo dục và Đào tạo, Bộ Nội vụ"); empty when the sentence names none.</summary>
    public string Assignee { get; }

    /// <summary>Gets the bodies the assignee names.</summary>
    public IReadOnlyList<OrganisationMention> Organisations => organisations;

    /// <summary>Gets the people the assignee names.</summary>
    public IReadOnlyList<PersonMention> People => people;

    /// <summary>Gets where the action starts.</summary>
    public int ActionStart { get; }

    /// <summary>Gets what is to be done, as written; empty when the sentence stops at the cue.</summary>
    public string Action { get; }

    /// <summary>Gets the deadlines the sentence gives.</summary>
    public IReadOnlyList<DeadlineMention> Deadlines => deadlines;

    /// <inheritdoc />
    public bool Equals(TaskCandidate? other) =>
        other is not null && SameFinding(other) && CueStart == other.CueStart && Cue == other.Cue
        && AssigneeStart == other.AssigneeStart && Assignee == other.Assignee && organisations.SequenceEqual(other.organisations)
        && people.SequenceEqual(other.people) && ActionStart == other.ActionStart && Action == other.Action
        && deadlines.SequenceEqual(other.deadlines);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TaskCandidate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Text, Cue, Assignee, Action, deadlines.Length);

    /// <summary>Gets a readable summary, e.g. <c>"Bộ Y tế" ← yêu cầu: "sắp xếp …" (trước ngày 31-12-2025)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"\"{Assignee}\" <- {Cue}: \"{Action}\"{(deadlines.IsEmpty ? string.Empty : " (" + string.Join("; ", deadlines.Select(d => d.Text)) + ")")}";

    private static void Inside(int start, string text, int at, string part, string name)
    {
        Preconditions.CheckArgument(at >= start && at + part.Length <= start + text.Length, name, "The part must lie inside the sentence.");
    }
}
