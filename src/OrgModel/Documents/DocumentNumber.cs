using OrgModel.Text;
using OrgModel.Utility;

namespace OrgModel.Documents;

/// <summary>
/// A Party or a State document number, for text whose form is not known in advance: <c>201-KL/TW</c> (Party,
/// <c>NUMBER-KIND/ISSUER</c>) or <c>30/2020/NĐ-CP</c>, <c>759/QĐ-TTg</c>, <c>202/2025/QH15</c> (State).
/// </summary>
/// <remarks>
/// <para>The character after the number decides the form: <c>-</c> for Party, <c>/</c> for State. Parsing accepts the
/// spellings described on <see cref="PartyDocumentNumber"/>. Ordering puts Party numbers before State numbers.</para>
/// <para><c>default</c> is neither: <see cref="IsParty"/> and <see cref="IsState"/> are false and it formats as an
/// empty string. Constructors that take a number refuse it, and the JSON writers refuse to write it
/// (<see cref="System.Text.Json.JsonException"/>), since nothing could read it back. Thread safety: immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(DocumentNumberJsonConverter))]
public readonly struct DocumentNumber
    : IEquatable<DocumentNumber>, IComparable<DocumentNumber>, IComparable, ISpanParsable<DocumentNumber>, ICanonicalParsable<DocumentNumber, DocumentNumberParsing>, ISpanFormattable
{
    private readonly PartyDocumentNumber party;
    private readonly StateDocumentNumber state;
    private readonly Form form;

    /// <summary>Wraps a Party document number.</summary>
    /// <param name="party">The number; must not be <c>default</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="party"/> is <c>default</c>.</exception>
    public DocumentNumber(PartyDocumentNumber party)
    {
        Guard.Against.Zero(party.Number, nameof(party), "A default PartyDocumentNumber is not a document number.");
        this.party = party;
        form = Form.Party;
    }

    /// <summary>Wraps a State document number.</summary>
    /// <param name="state">The number; must not be <c>default</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="state"/> is <c>default</c>.</exception>
    public DocumentNumber(StateDocumentNumber state)
    {
        Guard.Against.Zero(state.Number, nameof(state), "A default StateDocumentNumber is not a document number.");
        this.state = state;
        form = Form.State;
    }

    private enum Form : byte
    {
        None,
        Party,
        State,
    }

    /// <summary>Gets a value indicating whether this is a Party document number.</summary>
    [MemberNotNullWhen(true, nameof(Party))]
    public bool IsParty => form == Form.Party;

    /// <summary>Gets a value indicating whether this is a State document number.</summary>
    [MemberNotNullWhen(true, nameof(State))]
    public bool IsState => form == Form.State;

    /// <summary>Gets the Party document number, or null when this is a State one.</summary>
    public PartyDocumentNumber? Party => IsParty ? party : null;

    /// <summary>Gets the State document number, or null when this is a Party one.</summary>
    public StateDocumentNumber? State => IsState ? state : null;

    /// <summary>Gets the running number.</summary>
    public int Number => form switch
    {
        Form.Party => party.Number,
        Form.State => state.Number,
        _ => 0,
    };

    /// <summary>Gets the canonical kind code, or null when the symbol carries none (<c>202/2025/QH15</c>).</summary>
    public string? KindCode => form switch
    {
        Form.Party => party.KindCode,
        Form.State => state.KindCode,
        _ => null,
    };

    /// <summary>Gets the canonical issuer code.</summary>
    public string IssuerCode => form switch
    {
        Form.Party => party.IssuerCode,
        Form.State => state.IssuerCode,
        _ => string.Empty,
    };

    /// <summary>Gets the year written in the symbol (State legal normative documents), or null.</summary>
    public int? Year => IsState ? state.Year : null;

    /// <summary>Wraps a Party document number.</summary>
    /// <param name="party">The number.</param>
    public static implicit operator DocumentNumber(PartyDocumentNumber party) => new(party);

    /// <summary>Wraps a State document number.</summary>
    /// <param name="state">The number.</param>
    public static implicit operator DocumentNumber(StateDocumentNumber state) => new(state);

    /// <summary>Equality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when both are the same symbol.</returns>
    public static bool operator ==(DocumentNumber left, DocumentNumber right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when the symbols differ.</returns>
    public static bool operator !=(DocumentNumber left, DocumentNumber right) => !left.Equals(right);

    /// <summary>Ordering: Party before State, then as each form orders.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) < 0;

    /// <summary>Ordering: Party before State, then as each form orders.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering: Party before State, then as each form orders.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) > 0;

    /// <summary>Ordering: Party before State, then as each form orders.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>True when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) >= 0;

    /// <summary>Wraps a Party document number (the named alternative of the implicit conversion).</summary>
    /// <param name="party">The number.</param>
    /// <returns>The wrapped number.</returns>
    public static DocumentNumber FromPartyDocumentNumber(PartyDocumentNumber party) => new(party);

    /// <summary>Wraps a State document number (the named alternative of the implicit conversion).</summary>
    /// <param name="state">The number.</param>
    /// <returns>The wrapped number.</returns>
    public static DocumentNumber FromStateDocumentNumber(StateDocumentNumber state) => new(state);

    /// <summary>Parses a Party or State document number.</summary>
    /// <param name="text">The text, e.g. <c>Số 201-KL/TW</c> or <c>30/2020/NĐ-CP</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a document number; the message says where and why.</exception>
    public static DocumentNumber Parse(string text) => Parsing.Parse<DocumentNumber, DocumentNumberParsing>(text);

    /// <summary>Parses a document number from a span; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a document number; the message says where and why.</exception>
    public static DocumentNumber Parse(ReadOnlySpan<char> text) => Parsing.Parse<DocumentNumber, DocumentNumberParsing>(text);

    /// <summary>Tries to parse a document number; never throws.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="result">The number when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="text"/> is a document number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DocumentNumber result) => Parsing.TryParse<DocumentNumber, DocumentNumberParsing>(text, out result);

    /// <summary>Tries to parse a Party or State document number from a span; never throws, allocates nothing for known codes.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number when the result is true, otherwise <c>default</c>.</param>
    /// <returns>True when <paramref name="text"/> is a document number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DocumentNumber result) => Parsing.TryParse<DocumentNumber, DocumentNumberParsing>(text, out result);

    /// <summary>Parses a document number into a result that keeps where and why a failure happened; never throws.</summary>
    /// <param name="text">The text; null gives a failed result.</param>
    /// <returns>The number, or the position and reason of the failure.</returns>
    public static ParseResult<DocumentNumber> ParseToResult(string? text) => Parsing.ToResult<DocumentNumber, DocumentNumberParsing>(text);

    /// <inheritdoc />
    public bool Equals(DocumentNumber other) => form == other.form && form switch
    {
        Form.Party => party.Equals(other.party),
        Form.State => state.Equals(other.state),
        _ => true,
    };

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => form switch
    {
        Form.Party => HashCode.Combine(form, party),
        Form.State => HashCode.Combine(form, state),
        _ => 0,
    };

    /// <summary>Compares: <c>default</c> first, then Party numbers, then State numbers, each in its own order.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(DocumentNumber other)
    {
        int c = form.CompareTo(other.form);
        if (c != 0)
        {
            return c;
        }

        return form switch
        {
            Form.Party => party.CompareTo(other.party),
            Form.State => state.CompareTo(other.state),
            _ => 0,
        };
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => Comparisons.CompareBoxed(this, obj);

    /// <summary>Gets the canonical form of the Party or State symbol; empty for <c>default</c>.</summary>
    /// <returns>The canonical symbol.</returns>
    public override string ToString() => form switch
    {
        Form.Party => party.ToString(),
        Form.State => state.ToString(),
        _ => string.Empty,
    };

    /// <inheritdoc cref="ToString()"/>
    /// <param name="format">Ignored: there is one canonical form.</param>
    /// <param name="formatProvider">Ignored.</param>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the canonical form into a span.</summary>
    /// <param name="destination">The span.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Ignored: there is one canonical form.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the span is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        switch (form)
        {
            case Form.Party:
                return party.TryFormat(destination, out charsWritten, format, provider);
            case Form.State:
                return state.TryFormat(destination, out charsWritten, format, provider);
            default:
                charsWritten = 0;
                return true;
        }
    }

    internal static DocumentNumber From(DocumentNumberParser.Parsed parsed) =>
        parsed.IsParty ? new DocumentNumber(new PartyDocumentNumber(parsed)) : new DocumentNumber(new StateDocumentNumber(parsed));
}
