using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Tenures;

/// <summary>
/// A term (nhiệm kỳ, khóa) of a given <see cref="TenureKind"/>: its nominal years ("2025–2030"), its ordinal for national
/// terms ("khóa XIII") and, where the reference data knows it, its actual interval.
/// </summary>
/// <remarks>
/// <para>The years are a label: a date belongs to a term by its <em>actual</em> interval, from the day the congress
/// (or the first session of the National Assembly) opened to the day the next one opened. The 13th national Party
/// term thus ends, and the 14th begins, on 20 January 2026, the official opening of the 14th Congress.</para>
/// <para>Nominal terms last five years. Terms that were shortened or lengthened are created explicitly with
/// <see cref="Create"/>; parsing accepts only five-year ranges (the JSON converter, which reads what it wrote, accepts any).</para>
/// <para>Two terms are equal when kind, years and ordinal are equal. Terms order by start year, end year, kind, ordinal.</para>
/// <para><c>default(Tenure)</c> is not a real term: a local Party term with years 0–0; <see cref="IsDefault"/> tells it apart,
/// and the JSON writer refuses it.
/// Every factory and parse result is valid.</para>
/// <para>Thread safety: an immutable value; all members are thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(TenureJsonConverter))]
public readonly partial struct Tenure
    : IEquatable<Tenure>, IComparable<Tenure>, IComparable, ISpanParsable<Tenure>, ISpanFormattable, IValueParser<Tenure>, System.Numerics.IComparisonOperators<Tenure, Tenure, bool>
{
    /// <summary>The length in years of a nominal term.</summary>
    public const int NominalLength = 5;

    /// <summary>The earliest start year a term may have: the Party was founded in 1930.</summary>
    public const int MinYear = 1930;

    /// <summary>The latest end year a term may have.</summary>
    public const int MaxYear = 9999;

    /// <summary>The longest term, in years: the 1st and 3rd national Party terms (1935–1951, 1960–1976) lasted 16.</summary>
    public const int MaxLength = 16;

    private readonly short startYear;
    private readonly short endYear;
    private readonly short ordinal;
    private readonly TenureKind kind;

    private Tenure(TenureKind kind, int startYear, int endYear, int? ordinal)
    {
        this.kind = kind;
        this.startYear = (short)startYear;
        this.endYear = (short)endYear;
        this.ordinal = (short)(ordinal ?? 0);
    }

    /// <summary>The kind of term.</summary>
    public TenureKind Kind => kind;

    /// <summary>The first nominal year (2025 in 2025–2030).</summary>
    public int StartYear => startYear;

    /// <summary>The last nominal year (2030 in 2025–2030): the year the next term begins.</summary>
    public int EndYear => endYear;

    /// <summary>The national ordinal (13 for "khóa XIII") of a national Party or National Assembly term; null for local kinds.</summary>
    public int? Ordinal => ordinal == 0 ? null : ordinal;

    /// <summary>The nominal length in years.</summary>
    public int LengthInYears => endYear - startYear;

    /// <summary>True when the term has the nominal five years.</summary>
    public bool IsNominalLength => LengthInYears == NominalLength;

    /// <summary>True for <c>default(Tenure)</c>, which is not a real term.</summary>
    public bool IsDefault => startYear == 0;

    /// <summary>Creates a national Party term from its ordinal, with the years the reference data gives.</summary>
    /// <param name="ordinal">The ordinal: 11 or more (the data begins with the 11th Congress, 2011). Beyond the last
    /// congress in the data the years are projected five years apart, as the Party Charter schedules congresses.</param>
    /// <returns>The term, for example 2021–2026 for 13.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The data does not give the years of that ordinal; use <see cref="Create"/>.</exception>
    public static Tenure NationalParty(int ordinal) => FromOrdinal(TenureKind.NationalParty, ordinal);

    /// <summary>Creates a National Assembly term from its ordinal, with the years the reference data gives.</summary>
    /// <param name="ordinal">The ordinal: 15 or more (the data begins with the 15th National Assembly, 2021–2026);
    /// later terms are projected five years apart (Constitution, art. 71).</param>
    /// <returns>The term, for example 2026–2031 for 16.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The data does not give the years of that ordinal; use <see cref="Create"/>.</exception>
    public static Tenure NationalAssembly(int ordinal) => FromOrdinal(TenureKind.NationalAssembly, ordinal);

    /// <summary>Creates a nominal five-year local Party congress term.</summary>
    /// <param name="startYear">The first year, for example 2025 for 2025–2030.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The years are outside 1930–9999.</exception>
    public static Tenure LocalParty(int startYear) => Create(TenureKind.LocalParty, startYear, startYear + NominalLength);

    /// <summary>Creates a nominal five-year People's Council term.</summary>
    /// <param name="startYear">The first year, for example 2026 for 2026–2031.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The years are outside 1930–9999.</exception>
    public static Tenure PeoplesCouncil(int startYear) => Create(TenureKind.PeoplesCouncil, startYear, startYear + NominalLength);

    /// <summary>Creates a term of any length explicitly, for terms that were shortened or lengthened.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="startYear">The first nominal year, 1930 to 9998.</param>
    /// <param name="endYear">The last nominal year, 1 to <see cref="MaxLength"/> (16) years after <paramref name="startYear"/>, at most 9999.</param>
    /// <param name="ordinal">The ordinal: required (1–3999) for national Party and National Assembly terms, null for the others.
    /// For an ordinal in the reference data the years must be the data's.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentException">An argument breaks one of those rules; the message names it.</exception>
    public static Tenure Create(TenureKind kind, int startYear, int endYear, int? ordinal = null)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.OutOfRange(startYear, nameof(startYear), MinYear, MaxYear - 1, $"A term starts in {MinYear}–{MaxYear - 1}, not {startYear}.");
        Guard.Against.OutOfRange(endYear, nameof(endYear), startYear + 1, Math.Min(startYear + MaxLength, MaxYear), $"A term ends 1 to {MaxLength} years after it starts, not {startYear}–{endYear}.");
        bool national = kind is TenureKind.NationalParty or TenureKind.NationalAssembly;
        if (national)
        {
            Guard.Against.Null(ordinal, nameof(ordinal), $"A {Describe(kind)} term needs its ordinal.");
            Guard.Against.OutOfRange(ordinal.Value, nameof(ordinal), RomanNumeral.MinValue, RomanNumeral.MaxValue, "An ordinal is from 1 to 3999.");
            if (IsInReferenceData(kind, ordinal.Value) && TryNominalYears(kind, ordinal.Value, out int s, out int e) && (s != startYear || e != endYear))
            {
                throw new ArgumentException($"The {Describe(kind)} term {RomanNumeral.Format(ordinal.Value)} is {s}–{e} in the reference data, not {startYear}–{endYear}.", nameof(endYear));
            }
        }
        else
        {
            if (ordinal is not null)
            {
                throw new ArgumentException($"A {Describe(kind)} term has no national ordinal.", nameof(ordinal));
            }
        }

        return new Tenure(kind, startYear, endYear, ordinal);
    }

    /// <summary>The national Party term in force on a date, by the actual intervals (congress opening to congress opening).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The term, for example khóa XIII for 1 January 2026 and khóa XIV from 20 January 2026.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the opening of the 11th Congress (12 January 2011), where the data begins.</exception>
    public static Tenure NationalPartyTermOn(LocalDate date)
    {
        if (!TryGetTermOn(TenureKind.NationalParty, date, out Tenure term))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The reference data covers national Party terms from the opening of the {TenureData.FirstNationalCongress}th Congress ({TenureData.NationalCongresses[0].Opening:uuuu-MM-dd}).");
        }

        return term;
    }

    /// <summary>Finds the term of a kind in force on a date, where the reference data decides it.</summary>
    /// <param name="kind">The kind; local Party and People's Council terms have no national dates, so the result is false for them.</param>
    /// <param name="date">The date.</param>
    /// <param name="term">The term when the result is true.</param>
    /// <returns>True when the data determines the term in force on that date.</returns>
    public static bool TryGetTermOn(TenureKind kind, LocalDate date, out Tenure term)
    {
        Preconditions.CheckIso(date);
        term = default;
        (int first, int last) = kind switch
        {
            TenureKind.NationalParty => (TenureData.FirstNationalCongress, TenureData.LastNationalCongress),
            TenureKind.NationalAssembly => (TenureData.FirstNationalAssembly, TenureData.LastNationalAssembly),
            _ => (1, 0),
        };
        for (int n = last; n >= first; n--)
        {
            Tenure candidate = FromOrdinal(kind, n);
            if (candidate.IsInForceOn(date) == true)
            {
                term = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a term: "2025–2030", "nhiệm kỳ 2025-2030", "khóa XIII", "XIV", "13th tenure",
    /// "the 14th National Party Congress term", "Quốc hội khóa XV", "HĐND nhiệm kỳ 2026–2031" and the like.</summary>
    /// <param name="s">The text. Case, diacritics, NFC/NFD, Đ/D and dash style are ignored.</param>
    /// <returns>The term. A bare year range is a local Party term; a bare ordinal is a national Party term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a term; the message says where and why.</exception>
    public static Tenure Parse(string s) => Parsing.Parse<Tenure, Tenure>(s);

    /// <summary>Parses a term from a span; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The term.</returns>
    /// <exception cref="FormatException">The text is not a term; the message says where and why.</exception>
    public static Tenure Parse(ReadOnlySpan<char> s) => Parsing.Parse<Tenure, Tenure>(s);

    /// <summary>Tries to parse a term; never throws.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="result">The term when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="s"/> is a term.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Tenure result) => Parsing.TryParseValue<Tenure, Tenure>(s, out result);

    /// <summary>Tries to parse a term from a span; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The term when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="s"/> is a term.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Tenure result) => Parsing.TryParseValue<Tenure, Tenure>(s, out result);

    /// <summary>Parses a term into a result that keeps where and why a failure happened; never throws.</summary>
    /// <param name="s">The text; null gives a failed result.</param>
    /// <returns>The term, or the position and reason of the failure.</returns>
    public static ParseResult<Tenure> ParseToResult(string? s) => Parsing.ToResult<Tenure, Tenure>(s);

    /// <inheritdoc/>
    static string ICanonicalParser<Tenure>.What => "a term";

    /// <inheritdoc/>
    static bool ICanonicalParser<Tenure>.TryParseCore(ReadOnlySpan<char> text, out Tenure value, out int errorIndex, out string? reason) =>
        TenureParser.TryParse(text, allowAnyLength: false, out value, out errorIndex, out reason);

    /// <inheritdoc/>
    static bool IValueParser<Tenure>.TryParseValue(ReadOnlySpan<char> text, out Tenure value) =>
        TenureCanonicalReader.TryRead(text, out value) is int answer and not TenureCanonicalReader.Unsure
            ? answer == 1
            : TenureParser.TryParse(text, allowAnyLength: false, describe: false, out value, out _, out _, out _);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the forms are culture-independent.</param>
    static Tenure IParsable<Tenure>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out Tenure)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The term.</param>
    static bool IParsable<Tenure>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Tenure result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static Tenure ISpanParsable<Tenure>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Tenure)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The term.</param>
    static bool ISpanParsable<Tenure>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Tenure result) => TryParse(s, out result);

    /// <summary>The canonical form: the nominal years with an en dash, "2025–2030".</summary>
    /// <returns>The years.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the term.</summary>
    /// <param name="format">
    /// null, "" or "G": years ("2021–2026"); "R": the Roman ordinal ("XIII"), years when there is none;
    /// "V": Vietnamese ("khóa XIII", "Quốc hội khóa XV", "nhiệm kỳ 2025–2030", "HĐND nhiệm kỳ 2026–2031");
    /// "E": English ("13th national Party term", "15th National Assembly term", "local Party term 2025–2030",
    /// "People's Council term 2026–2031"); "F": full and unambiguous ("khóa XIII (2021–2026)", "Quốc hội khóa XV (2021–2026)",
    /// "nhiệm kỳ 2025–2030", "HĐND nhiệm kỳ 2026–2031"). "V", "E" and "F" parse back to the same term.
    /// </param>
    /// <param name="formatProvider">Ignored: the forms are culture-independent.</param>
    /// <returns>The formatted term.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Formats.ToString(this, format, formatProvider); // the longest form, "Quốc hội khóa MMMDCCCLXXXVIII (9989–9999)", is well under 64 characters

    /// <summary>Formats the term into a span; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The format: empty, "G", "R", "V", "E" or "F".</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the span is too short.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        char f = Formats.Letter(format);
        var w = new SpanWriter(destination);
        bool hasOrdinal = ordinal != 0;
        switch (f)
        {
            case 'G':
                w.Years(this);
                break;
            case 'R':
                if (hasOrdinal)
                {
                    w.Roman(ordinal);
                }
                else
                {
                    w.Years(this);
                }

                break;
            case 'V' or 'F':
                w.Text(kind switch
                {
                    TenureKind.NationalAssembly => "Quốc hội khóa ",
                    TenureKind.PeoplesCouncil => "HĐND nhiệm kỳ ",
                    TenureKind.LocalParty => "nhiệm kỳ ",
                    _ => "khóa ",
                });
                if (hasOrdinal)
                {
                    w.Roman(ordinal);
                    if (f == 'F')
                    {
                        w.Text(" (");
                        w.Years(this);
                        w.Text(")");
                    }
                }
                else
                {
                    w.Years(this);
                }

                break;
            case 'E':
                if (hasOrdinal)
                {
                    w.Digits(ordinal);
                    w.Text(TenureParser.EnglishSuffix(ordinal));
                    w.Text(kind == TenureKind.NationalAssembly ? " National Assembly term" : " national Party term");
                }
                else
                {
                    w.Text(kind == TenureKind.PeoplesCouncil ? "People's Council term " : "local Party term ");
                    w.Years(this);
                }

                break;
            default:
                throw new FormatException($"Unknown Tenure format \"{format}\": use G, R, V, E or F.");
        }

        return w.Finish(out charsWritten);
    }

    /// <inheritdoc/>
    public bool Equals(Tenure other) =>
        kind == other.kind && startYear == other.startYear && endYear == other.endYear && ordinal == other.ordinal;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Tenure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(kind, startYear, endYear, ordinal);

    /// <summary>Orders by start year, then end year, kind and ordinal.</summary>
    /// <param name="other">The other term.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Tenure other)
    {
        int c = startYear.CompareTo(other.startYear);
        if (c == 0)
        {
            c = endYear.CompareTo(other.endYear);
        }

        if (c == 0)
        {
            c = kind.CompareTo(other.kind);
        }

        return c != 0 ? c : ordinal.CompareTo(other.ordinal);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => Comparisons.CompareBoxed(this, obj);

    /// <summary>Equality.</summary>
    /// <param name="left">A term.</param>
    /// <param name="right">Another term.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Tenure left, Tenure right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A term.</param>
    /// <param name="right">Another term.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Tenure left, Tenure right) => !left.Equals(right);

    /// <summary>Ordering; see <see cref="CompareTo(Tenure)"/>.</summary>
    /// <param name="left">A term.</param>
    /// <param name="right">Another term.</param>
    /// <returns>True when <paramref name="left"/> orders first.</returns>
    public static bool operator <(Tenure left, Tenure right) => left.CompareTo(right) < 0;

    /// <summary>Ordering; see <see cref="CompareTo(Tenure)"/>.</summary>
    /// <param name="left">A term.</param>
    /// <param name="right">Another term.</param>
    /// <returns>True when <paramref name="left"/> orders first or they are equal.</returns>
    public static bool operator <=(Tenure left, Tenure right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering; see <see cref="CompareTo(Tenure)"/>.</summary>
    /// <param name="left">A term.</param>
    /// <param name="right">Another term.</param>
    /// <returns>True when <paramref name="left"/> orders last.</returns>
    public static bool operator >(Tenure left, Tenure right) => left.CompareTo(right) > 0;

    /// <summary>Ordering; see <see cref="CompareTo(Tenure)"/>.</summary>
    /// <param name="left">A term.</param>
    /// <param name="right">Another term.</param>
    /// <returns>True when <paramref name="left"/> orders last or they are equal.</returns>
    public static bool operator >=(Tenure left, Tenure right) => left.CompareTo(right) >= 0;

    internal static Tenure CreateUnchecked(TenureKind kind, int startYear, int endYear, int? ordinal) => new(kind, startYear, endYear, ordinal);

    internal static bool YearsAreValid(int startYear, int endYear) =>
        startYear >= MinYear && endYear > startYear && endYear - startYear <= MaxLength;

    internal static bool YearsAreValid(int startYear, int endYear, [NotNullWhen(false)] out string? problem)
    {
        problem = startYear < MinYear ? $"a term starts in {MinYear} or later, not {startYear}"
            : endYear <= startYear ? $"the end year {endYear} is not after the start year {startYear}"
            : endYear - startYear > MaxLength ? $"a term lasts at most {MaxLength} years, not {endYear - startYear}"
            : null;
        return problem is null;
    }

    internal static bool IsInReferenceData(TenureKind kind, int ordinal) => kind switch
    {
        TenureKind.NationalParty => TenureData.FindNationalCongress(ordinal) is not null,
        TenureKind.NationalAssembly => ordinal >= TenureData.FirstNationalAssembly && ordinal <= TenureData.LastNationalAssembly,
        _ => false,
    };

    /// <summary>The nominal years of a national term from the data, projected five years apart beyond its end.</summary>
    internal static bool TryNominalYears(TenureKind kind, int ordinal, out int startYear, out int endYear)
    {
        startYear = endYear = 0;
        int first;
        int last;
        switch (kind)
        {
            case TenureKind.NationalParty:
                first = TenureData.FirstNationalCongress;
                last = TenureData.LastNationalCongress;
                break;
            case TenureKind.NationalAssembly:
                first = TenureData.FirstNationalAssembly;
                last = TenureData.LastNationalAssembly;
                break;
            default:
                return false;
        }

        if (ordinal < first || ordinal > RomanNumeral.MaxValue)
        {
            return false;
        }

        long start = ordinal <= last ? DataStartYear(kind, ordinal) : DataStartYear(kind, last) + ((long)(ordinal - last) * NominalLength);
        long end = ordinal < last ? DataStartYear(kind, ordinal + 1) : start + NominalLength;
        if (end > MaxYear)
        {
            return false;
        }

        startYear = (int)start;
        endYear = (int)end;
        return true;
    }

    private static int DataStartYear(TenureKind kind, int ordinal) => kind == TenureKind.NationalParty
        ? TenureData.FindNationalCongress(ordinal)!.Opening.Year
        : TenureData.FindNationalAssembly(ordinal)!.StartYear;

    internal static bool TryFindOrdinal(TenureKind kind, int startYear, int endYear, out int ordinal)
    {
        int first = kind == TenureKind.NationalParty ? TenureData.FirstNationalCongress : TenureData.FirstNationalAssembly;
        ordinal = 0;
        if (!TryNominalYears(kind, first, out int firstStart, out _) || startYear < firstStart)
        {
            return false;
        }

        // Terms are about five years apart, so the candidate is within a step of the arithmetic guess.
        int guess = first + ((startYear - firstStart) / NominalLength);
        for (int n = Math.Max(first, guess - 1); n <= guess + 1; n++)
        {
            if (TryNominalYears(kind, n, out int s, out int e) && s == startYear && e == endYear)
            {
                ordinal = n;
                return true;
            }
        }

        return false;
    }

    private static Tenure FromOrdinal(TenureKind kind, int ordinal)
    {
        if (!TryNominalYears(kind, ordinal, out int start, out int end))
        {
            int first = kind == TenureKind.NationalParty ? TenureData.FirstNationalCongress : TenureData.FirstNationalAssembly;
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, $"The reference data gives the years of {Describe(kind)} terms from {RomanNumeral.Format(first)} on; create term {ordinal} with Tenure.Create and its years.");
        }

        return new Tenure(kind, start, end, ordinal);
    }

    private static string Describe(TenureKind kind) => kind switch
    {
        TenureKind.NationalParty => "national Party",
        TenureKind.NationalAssembly => "National Assembly",
        TenureKind.PeoplesCouncil => "People's Council",
        _ => "local Party",
    };
}
