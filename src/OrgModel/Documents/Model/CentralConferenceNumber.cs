using OrgModel.Tenures;

namespace OrgModel.Documents.Model;

/// <summary>
/// The numbered Central Conference (plenum) a Party document came from: "the 11th Central Conference of the 13th term"
/// (Hội nghị lần thứ 11 Ban Chấp hành Trung ương khóa XIII).
/// </summary>
/// <remarks>
/// <para>Only the two numbers: regular plenums of a term are numbered from 1, extraordinary sessions take no number
/// (research-notes.md §4.2). Dates of conferences belong to the Tenures capability.</para>
/// <para><c>default</c> has both numbers 0 and is not a conference; constructors reject it and the JSON writer refuses to
/// write it (<see cref="System.Text.Json.JsonException"/>). Thread safety: immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CentralConferenceNumberJsonConverter))]
public readonly struct CentralConferenceNumber : IEquatable<CentralConferenceNumber>, IComparable<CentralConferenceNumber>
{
    /// <summary>Creates the number of a Central Conference.</summary>
    /// <param name="ordinal">The conference's number within its term, 1 or more (11 for the 11th).</param>
    /// <param name="termOrdinal">The national Party term, 1 or more (13 for khóa XIII).</param>
    /// <exception cref="ArgumentException">A number is zero or negative.</exception>
    public CentralConferenceNumber(int ordinal, int termOrdinal)
    {
        Ordinal = Guard.Against.NegativeOrZero(ordinal);
        TermOrdinal = Guard.Against.NegativeOrZero(termOrdinal);
    }

    /// <summary>Gets the conference's number within its term.</summary>
    public int Ordinal { get; }

    /// <summary>Gets the ordinal of the national Party term.</summary>
    public int TermOrdinal { get; }

    /// <summary>Gets the Vietnamese name: <c>Hội nghị lần thứ 11 Ban Chấp hành Trung ương khóa XIII</c>.</summary>
    public string VietnameseName => $"Hội nghị lần thứ {Ordinal} Ban Chấp hành Trung ương khóa {RomanNumeral.Format(TermOrdinal)}";

    /// <summary>Looks the conference up in the Tenures reference data (its dates and the documents it issued).</summary>
    /// <param name="conference">The conference when the data has it.</param>
    /// <returns>True when <see cref="TenureFacts"/> lists this conference.</returns>
    public bool TryGetConference([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CentralConference? conference) =>
        TenureFacts.TryGetCentralConference(TermOrdinal, Ordinal, out conference);

    /// <summary>Equality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CentralConferenceNumber left, CentralConferenceNumber right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(CentralConferenceNumber left, CentralConferenceNumber right) => !left.Equals(right);

    /// <summary>Order by term, then by number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> came first.</returns>
    public static bool operator <(CentralConferenceNumber left, CentralConferenceNumber right) => left.CompareTo(right) < 0;

    /// <summary>Order by term, then by number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> came later.</returns>
    public static bool operator >(CentralConferenceNumber left, CentralConferenceNumber right) => left.CompareTo(right) > 0;

    /// <summary>Order by term, then by number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> did not come later.</returns>
    public static bool operator <=(CentralConferenceNumber left, CentralConferenceNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Order by term, then by number.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> did not come first.</returns>
    public static bool operator >=(CentralConferenceNumber left, CentralConferenceNumber right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(CentralConferenceNumber other) => Ordinal == other.Ordinal && TermOrdinal == other.TermOrdinal;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CentralConferenceNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Ordinal, TermOrdinal);

    /// <inheritdoc />
    public int CompareTo(CentralConferenceNumber other)
    {
        int byTerm = TermOrdinal.CompareTo(other.TermOrdinal);
        return byTerm != 0 ? byTerm : Ordinal.CompareTo(other.Ordinal);
    }

    /// <summary>Gets the English name: <c>the 11th Central Conference of the 13th term</c>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => $"the {Ordinal}{Suffix(Ordinal)} Central Conference of the {TermOrdinal}{Suffix(TermOrdinal)} term";

    private static string Suffix(int n) => (n % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };
}
