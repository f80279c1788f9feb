using NodaTime.Text;
using OrgModel.Documents;
using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Documents.Model;

/// <summary>The reader behind <see cref="DocumentKey.Parse(string)"/>: <c>NUMBER</c>, <c>NUMBER of DATE</c> or <c>KIND:ISSUER:DATE:SLUG</c>.</summary>
/// <remarks>The parse core of <see cref="DocumentKey"/>; a struct so that <c>Parsing</c> is specialised for it.</remarks>
internal readonly struct DocumentKeyParser : Text.ICanonicalParser<DocumentKey>
{
    private const string Of = " of ";

    /// <inheritdoc/>
    public static string What => "a document key";

    /// <inheritdoc/>
    public static bool TryParseCore(ReadOnlySpan<char> text, out DocumentKey value, out int errorIndex, out string? reason)
    {
        value = default;
        bool any = ParseInput.TryTrim(text, What, out ReadOnlySpan<char> s, out int start, out reason);
        errorIndex = start;
        return any && (s.Contains(':')
            ? TryUnnumbered(s, start, out value, out errorIndex, out reason)
            : TryNumbered(s, start, out value, out errorIndex, out reason));
    }

    private static bool TryNumbered(ReadOnlySpan<char> s, int start, out DocumentKey value, out int errorIndex, out string? reason)
    {
        value = default;
        int of = s.IndexOf(Of, StringComparison.Ordinal);
        ReadOnlySpan<char> numberText = of < 0 ? s : s[..of];
        ParseResultOf(DocumentNumber.TryParse(numberText, out DocumentNumber number), start, "the text is neither a document number nor an unnumbered key (KIND:ISSUER:DATE:SLUG)", out errorIndex, out reason);
        if (reason is not null)
        {
            return false;
        }

        LocalDate? date = null;
        if (of >= 0)
        {
            if (!TryDate(s[(of + Of.Length)..], start + of + Of.Length, out LocalDate d, out errorIndex, out reason))
            {
                return false;
            }

            date = d;
        }

        value = DocumentKey.FromParts(number, date, null, null, null);
        return true;
    }

    private static bool TryUnnumbered(ReadOnlySpan<char> s, int start, out DocumentKey value, out int errorIndex, out string? reason)
    {
        value = default;
        Span<Range> parts = stackalloc Range[5];
        int count = s.Split(parts, ':');
        errorIndex = start;
        if (count != 4)
        {
            reason = "an unnumbered key has four parts separated by ':' (KIND:ISSUER:DATE:SLUG)";
            return false;
        }

        if (!DocumentKind.TryFromKey(s[parts[0]].ToString(), out DocumentKind? kind))
        {
            reason = "the first part is not the key of a document kind (resolution, report, conclusion, …)";
            return false;
        }

        errorIndex = start + parts[1].Start.Value;
        if (!OrgId.TryParse(s[parts[1]], out OrgId issuer))
        {
            reason = "the second part is not an issuer or event identifier (lower-case letters, digits, '.' and '-')";
            return false;
        }

        if (!TryDate(s[parts[2]], start + parts[2].Start.Value, out LocalDate date, out errorIndex, out reason))
        {
            return false;
        }

        ReadOnlySpan<char> slug = s[parts[3]];
        errorIndex = start + parts[3].Start.Value;
        if (slug.IsEmpty || !slug.SequenceEqual(DocumentKey.Slug(slug.ToString())))
        {
            reason = "the last part is not a title slug (lower-case ASCII letters and digits joined by single hyphens)";
            return false;
        }

        value = DocumentKey.FromParts(default, date, kind, issuer.ToString(), slug.ToString());
        reason = null;
        return true;
    }

    private static bool TryDate(ReadOnlySpan<char> text, int at, out LocalDate date, out int errorIndex, out string? reason)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text.ToString());
        date = parsed.Success ? parsed.Value : default;
        ParseResultOf(parsed.Success, at, "a date is written yyyy-MM-dd", out errorIndex, out reason);
        return reason is null;
    }

    private static void ParseResultOf(bool success, int at, string failure, out int errorIndex, out string? reason)
    {
        errorIndex = at;
        reason = success ? null : failure;
    }
}
