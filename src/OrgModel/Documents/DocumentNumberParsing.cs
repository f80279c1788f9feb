using OrgModel.Text;

namespace OrgModel.Documents;

/// <summary>
/// The parse pipeline's core for the three document number types: one reader (<see cref="DocumentNumberParser"/>) and
/// one place that turns its error into a reason, so that <see cref="PartyDocumentNumber"/>,
/// <see cref="StateDocumentNumber"/> and <see cref="DocumentNumber"/> hold only one-line entry points.
/// </summary>
/// <remarks>A struct, not a class: <c>Parsing</c>'s generic methods are specialised for a value-type parser, while for a
/// class they share one body that finds the static members at run time on every call (see <c>RomanNumeralParser</c>).</remarks>
internal readonly struct DocumentNumberParsing
    : ICanonicalParser<PartyDocumentNumber>, ICanonicalParser<StateDocumentNumber>, ICanonicalParser<DocumentNumber>
{
    /// <inheritdoc/>
    static string ICanonicalParser<PartyDocumentNumber>.What => "a Party document number";

    /// <inheritdoc/>
    static string ICanonicalParser<StateDocumentNumber>.What => "a State document number";

    /// <inheritdoc/>
    static string ICanonicalParser<DocumentNumber>.What => "a document number";

    /// <inheritdoc/>
    static bool ICanonicalParser<PartyDocumentNumber>.TryParseCore(ReadOnlySpan<char> text, out PartyDocumentNumber value, out int errorIndex, out string? reason)
    {
        bool ok = TryRead(text, DocumentNumberParser.Shape.Party, out DocumentNumberParser.Parsed symbol, out errorIndex, out reason);
        value = ok ? new(symbol) : default;
        return ok;
    }

    /// <inheritdoc/>
    static bool ICanonicalParser<StateDocumentNumber>.TryParseCore(ReadOnlySpan<char> text, out StateDocumentNumber value, out int errorIndex, out string? reason)
    {
        bool ok = TryRead(text, DocumentNumberParser.Shape.State, out DocumentNumberParser.Parsed symbol, out errorIndex, out reason);
        value = ok ? new(symbol) : default;
        return ok;
    }

    /// <inheritdoc/>
    static bool ICanonicalParser<DocumentNumber>.TryParseCore(ReadOnlySpan<char> text, out DocumentNumber value, out int errorIndex, out string? reason)
    {
        bool ok = TryRead(text, DocumentNumberParser.Shape.Any, out DocumentNumberParser.Parsed symbol, out errorIndex, out reason);
        value = ok ? DocumentNumber.From(symbol) : default;
        return ok;
    }

    // The reader reports an enum so that its hot path writes no strings; the reason is the enum's constant message.
    private static bool TryRead(
        ReadOnlySpan<char> text, DocumentNumberParser.Shape shape, out DocumentNumberParser.Parsed symbol, out int errorIndex, out string? reason)
    {
        if (DocumentNumberParser.TryParse(text, shape, out symbol, out errorIndex, out ParseError error))
        {
            reason = null;
            return true;
        }

        reason = error.Describe();
        return false;
    }
}
