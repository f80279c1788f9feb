using OrgModel.Text;

namespace OrgModel.Documents;

/// <summary>
/// A kind of document as named by the word written before its number ("Nghị quyết số", "Conclusion No.",
/// "Quyết định"): the canonical kind code, the Vietnamese and English names, and the words as written.
/// </summary>
/// <remarks>
/// <para>This is the light kind used by citations and by <see cref="PartyDocumentNumber.TryResolveKind"/>; it tells apart
/// the kinds that share a code, such as Party <c>QĐ</c> regulation (quy định) and decision (quyết định). Two values
/// are the same kind when <see cref="Code"/> and <see cref="EnglishName"/> agree; <see cref="Written"/> only records the
/// spelling found in a text.</para>
/// <para><c>default</c> has no kind: empty names, a null code. Thread safety: immutable and thread-safe.</para>
/// </remarks>
public readonly struct CitationKindWord : IEquatable<CitationKindWord>
{
    // One shared reference for the kind's names (a kind word is 16 bytes, not 32): citations hold one per citation found.
    private readonly KindNames? names;
    private readonly string? written;

    internal CitationKindWord(KindNames? names, string? written)
    {
        this.names = names;
        this.written = written;
    }

    /// <summary>Gets the canonical kind code as written in symbols (<c>NQ</c>, <c>KL</c>, <c>QĐ</c>, <c>NĐ</c>), or null for
    /// kinds whose symbols carry none (a law: <c>64/2025/QH15</c>).</summary>
    public string? Code => names?.Code;

    /// <summary>Gets the Vietnamese name in lower case, e.g. <c>nghị quyết</c>.</summary>
    public string VietnameseName => names?.Vietnamese ?? string.Empty;

    /// <summary>Gets the English name in lower case, e.g. <c>resolution</c>.</summary>
    public string EnglishName => names?.English ?? string.Empty;

    /// <summary>Gets the words as written in the text ("Nghị quyết", "Conclusion"), or the Vietnamese name for catalogue values.</summary>
    public string Written => written ?? string.Empty;

    /// <summary>Gets every kind this type knows, one value per kind (written as its Vietnamese name).</summary>
    public static IReadOnlyList<CitationKindWord> All => KindWordTable.Kinds;

    /// <summary>The kinds a code stands for in a Party symbol: two for <c>QĐ</c> (regulation, decision), one for most
    /// codes, none for codes outside the table.</summary>
    /// <param name="code">A canonical kind code, e.g. <c>QĐ</c>.</param>
    /// <returns>The kinds, written as their Vietnamese names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public static IReadOnlyList<CitationKindWord> ForPartyCode(string code) => KindWordTable.PartyKinds(Guard.Against.Null(code));

    /// <summary>The kind a code stands for in a State symbol (<c>QĐ</c> is a decision there; regulations are <c>QyĐ</c>).</summary>
    /// <param name="code">A canonical kind code, e.g. <c>NĐ</c>.</param>
    /// <returns>The kind, or null for codes outside the table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public static CitationKindWord? ForStateCode(string code) => KindWordTable.StateKind(Guard.Against.Null(code));

    /// <summary>Equality (same kind and same spelling).</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CitationKindWord left, CitationKindWord right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(CitationKindWord left, CitationKindWord right) => !left.Equals(right);

    /// <summary>
    /// Recognises a kind word on its own, in Vietnamese or English, any case, with or without diacritics
    /// ("Nghị quyết", "nghi quyet", "Resolution", "Quy định", "Decree").
    /// </summary>
    /// <param name="text">The words.</param>
    /// <param name="kind">The kind, with <see cref="Written"/> set to the text, or <c>default</c>.</param>
    /// <returns>True when the whole text is a kind word.</returns>
    public static bool TryRecognise(ReadOnlySpan<char> text, out CitationKindWord kind)
    {
        ReadOnlySpan<char> trimmed = text.Trim();
        if (TryFindBefore(trimmed, trimmed.Length, out kind, out int start, allowNumberWord: false) && start == 0)
        {
            return true;
        }

        kind = default;
        return false;
    }

    /// <summary>True when both values name the same kind, whatever the spelling.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>True when the codes and English names agree.</returns>
    public bool SameKind(CitationKindWord other) =>
        string.Equals(Code, other.Code, StringComparison.Ordinal) && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal);

    /// <inheritdoc />
    public bool Equals(CitationKindWord other) =>
        SameKind(other) && string.Equals(Written, other.Written, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CitationKindWord other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, EnglishName, Written);

    /// <summary>Gets the English name and code, e.g. <c>resolution (NQ)</c>, or the name alone when there is no code.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => Code is null ? EnglishName : $"{EnglishName} ({Code})";

    /// <summary>Gets the shared names, or null for <c>default</c>.</summary>
    internal KindNames? Names => names;

    /// <summary>Gets the spelling as stored (null for <c>default</c>).</summary>
    internal string? WrittenOrNull => written;

    internal static CitationKindWord Create(string? code, string vietnameseName, string englishName) =>
        new(new KindNames(code, Guard.Against.NullOrEmpty(vietnameseName), Guard.Against.NullOrEmpty(englishName)), vietnameseName);

    internal CitationKindWord WithWritten(string text) => new(names, text);

    /// <summary>The kinds a code stands for in a Party symbol (two for <c>QĐ</c>).</summary>
    internal static IReadOnlyList<CitationKindWord> PartyKindsForCode(string code) => KindWordTable.PartyKinds(code);

    /// <summary>
    /// Finds a kind word that ends at <paramref name="end"/> (after skipping back over white space and a "số"/"No."),
    /// the longest one when several end there ("Thông tư liên tịch" over "Thông tư").
    /// </summary>
    internal static bool TryFindBefore(ReadOnlySpan<char> text, int end, out CitationKindWord kind, out int start, bool allowNumberWord = true) =>
        KindWordTable.TryFindBefore(text, end, allowNumberWord, out kind, out start);
}
