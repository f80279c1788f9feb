using OrgModel.Utility;

namespace OrgModel.Documents;

/// <summary>
/// A document cited in running text: its number, the kind named by the word before it, the date the text gives for it,
/// and where the number stands in the text.
/// </summary>
/// <remarks>
/// <para><see cref="Start"/> and <see cref="Length"/> cover the symbol as written (<c>201-KL/TW</c>, <c>No. </c> and the
/// kind word excluded); <see cref="KindStart"/> says where the kind word begins when there is one.</para>
/// <para>Thread safety: immutable and thread-safe. Equality is by value.</para>
/// </remarks>
public sealed class Citation : IEquatable<Citation>
{
    // The extractor makes one citation per symbol found and the result outlives the call, so the collector copies each
    // one: the kind is two references (shared names, spelling), the nullable start and date are plain ints with a
    // sentinel (the object is 112 bytes, not 144).
    private const int NoValue = int.MinValue;

    private readonly KindNames? kindNames;
    private readonly string? kindWritten;
    private readonly int kindStart;
    private readonly int date;

    /// <summary>Creates a citation.</summary>
    /// <param name="number">The document number; must not be <c>default</c>.</param>
    /// <param name="kind">The kind, or null when neither a word nor the code names one.</param>
    /// <param name="kindStart">Where the kind word starts in the text, or null when the kind did not come from a word.</param>
    /// <param name="date">The date the text gives for the document, or null.</param>
    /// <param name="start">Where the symbol starts in the text (0-based).</param>
    /// <param name="length">The symbol's length in the text (at least 1).</param>
    /// <exception cref="ArgumentException"><paramref name="number"/> is <c>default</c>, <paramref name="kindStart"/> is after
    /// <paramref name="start"/>, <paramref name="date"/> is not in the ISO calendar, <paramref name="start"/>,
    /// <paramref name="length"/> or <paramref name="kindStart"/> is negative, or <paramref name="length"/> is 0.</exception>
    public Citation(DocumentNumber number, CitationKindWord? kind, int? kindStart, LocalDate? date, int start, int length)
    {
        Preconditions.CheckArgument(number.IsParty || number.IsState, nameof(number), "A default DocumentNumber is not a citation.");
        // Plain tests, not the generic guards: those compare through the non-generic IComparable, boxing both numbers,
        // and the extractor constructs a citation for each one it finds.
        Preconditions.CheckArgument(start >= 0, nameof(start), "Required input start cannot be negative.");
        Preconditions.CheckArgument(length > 0, nameof(length), "Required input length cannot be zero or negative.");

        if (kindStart is { } ks)
        {
            Preconditions.CheckArgument(ks >= 0, nameof(kindStart), "Required input kindStart cannot be negative.");
            Preconditions.CheckArgument(ks < start, nameof(kindStart), "The kind word must start before the symbol.");
        }

        Number = number;
        if (kind is { } k)
        {
            kindNames = k.Names ?? KindNames.NoKind;
            kindWritten = k.WrittenOrNull;
        }

        this.kindStart = kindStart ?? NoValue;
        this.date = Preconditions.CheckIso(date) is { } d ? Pack(d) : NoValue;
        Start = start;
        Length = length;
    }

    /// <summary>Gets the document number.</summary>
    public DocumentNumber Number { get; }

    /// <summary>
    /// Gets the kind: named by the word before the number ("Nghị quyết số", "Conclusion No.") when there is one, otherwise
    /// the only kind the symbol's code stands for; null when neither tells (an ambiguous Party <c>QĐ</c> with no word,
    /// or a symbol with no kind code and no word).
    /// </summary>
    public CitationKindWord? Kind =>
        kindNames is null ? null : new CitationKindWord(ReferenceEquals(kindNames, KindNames.NoKind) ? null : kindNames, kindWritten);

    /// <summary>Gets where the kind word starts in the text, or null when <see cref="Kind"/> did not come from a word.</summary>
    public int? KindStart => kindStart == NoValue ? null : kindStart;

    /// <summary>Gets the date given in the text ("ngày 12/4/2025", "dated April 12, 2025"), or null.</summary>
    public LocalDate? Date => date == NoValue ? null : new LocalDate(date >> 9, (date >> 5) & 15, date & 31);

    /// <summary>Gets where the symbol starts in the text (0-based, in UTF-16 code units).</summary>
    public int Start { get; }

    /// <summary>Gets the length of the symbol as written in the text.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public bool Equals(Citation? other) =>
        other is not null && Number == other.Number && Nullable.Equals(Kind, other.Kind) && KindStart == other.KindStart
        && Date == other.Date && Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Citation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Kind, KindStart, Date, Start, Length);

    // Year, month and day in one int (the year keeps its sign through the arithmetic shift); ISO dates only, which the
    // constructor checks, and int.MinValue is no year NodaTime takes.
    private static int Pack(LocalDate d) => (d.Year << 9) | (d.Month << 5) | d.Day;

    /// <summary>Gets a readable summary, e.g. <c>conclusion (KL) 201-KL/TW of 2025-10-31 at 12+9</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        string kind = Kind is { } k ? k + " " : string.Empty;
        string date = Date is { } d ? " of " + d.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kind}{Number}{date} at {Start}+{Length}");
    }
}
