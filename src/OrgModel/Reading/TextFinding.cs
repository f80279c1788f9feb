namespace OrgModel.Reading;

/// <summary>
/// What a reader of running text found: where it stands in the text, the words as written and why they were taken. The
/// findings of <see cref="DraftReader"/> (<see cref="PersonMention"/>, <see cref="OrganisationMention"/>,
/// <see cref="TermMention"/>, <see cref="DecisionMention"/>, <see cref="DocumentMention"/> and
/// <see cref="TaskCandidate"/>) are each one, with what they read the words as.
/// </summary>
/// <remarks>
/// <para>Only the library derives from it. Positions are 0-based UTF-16 code units of the text that was read;
/// <see cref="Text"/> is never empty, so <see cref="Length"/> is never zero.</para>
/// <para>Thread safety: immutable and thread-safe. Each finding's equality is by value, over these members and its own.</para>
/// </remarks>
public abstract class TextFinding
{
    /// <summary>Checks and keeps what every finding has.</summary>
    /// <param name="start">Where the words start in the text; not negative.</param>
    /// <param name="text">The words as written; not empty.</param>
    /// <param name="reason">Why the words were taken; not empty.</param>
    private protected TextFinding(int start, string text, string reason)
    {
        Guard.Against.Negative(start);
        Guard.Against.NullOrEmpty(text);
        Guard.Against.NullOrEmpty(reason);
        Start = start;
        Text = text;
        Reason = reason;
    }

    /// <summary>Gets where the words start in the text (0-based, UTF-16 code units).</summary>
    public int Start { get; }

    /// <summary>Gets the length of the words in the text.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the words as written.</summary>
    public string Text { get; }

    /// <summary>Gets why the words were taken (and, where the finding names something, how it was resolved).</summary>
    public string Reason { get; }

    /// <summary>Tells whether another finding stands at the same place with the same words and reason.</summary>
    private protected bool SameFinding(TextFinding other) => Start == other.Start && Text == other.Text && Reason == other.Reason;

    /// <summary>Ends a summary with where the words stand, e.g. <c>"Tô Lâm" at 12+6</c>.</summary>
    private protected string At(string what) => string.Create(CultureInfo.InvariantCulture, $"{what} at {Start}+{Length}");
}
