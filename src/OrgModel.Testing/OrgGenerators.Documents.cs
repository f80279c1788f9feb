using System.Text;
using OrgModel.Documents;
using OrgModel.Documents.Model;

namespace OrgModel.Testing;

/// <content>Generators of document numbers and of the ways people write them.</content>
public static partial class OrgGenerators
{
    // Codes seen in real symbols (../shared/domain research-notes §1.3, §1.4, §2).
    private static readonly string[] PartyKindCodes = ["NQ", "KL", "CT", "QĐ", "QĐi", "QĐNS", "BC", "HD", "TB", "KH", "CTr", "TTr", "CV", "QC", "TT"];
    private static readonly string[] PartyIssuerCodes = ["TW", "VPTW", "BTCTW", "UBKTTW", "BTGDVTW", "BCĐTW", "TU", "ĐU", "HU", "CB"];
    private static readonly string[] StateKindCodes = ["NĐ", "QĐ", "NQ", "TT", "CT", "TTLT", "PL", "VBHN", "QyĐ", "TB", "KH"];
    private static readonly string[] StateIssuerCodes = ["CP", "TTg", "BNV", "BTC", "BGDĐT", "UBND", "HĐND", "VPQH", "QH15", "QH16", "UBTVQH15", "BKH&ĐT"];
    private static readonly string[] UnknownCodeLetters = ["A", "B", "E", "G", "K", "M", "X", "Y", "Z", "Đ"];

    /// <summary>Running numbers as they occur: mostly small, sometimes 4–5 digits, rarely very large.</summary>
    public static Gen<int> DocumentRunningNumber { get; } = Gen.Frequency(
        (6, Gen.Choose(1, 999)),
        (3, Gen.Choose(1000, 99_999)),
        (1, Gen.Choose(100_000, 999_999_999)));

    /// <summary>Kind codes of Party symbols: the codes seen in real documents, and occasionally an unknown upper-case code.</summary>
    public static Gen<string> PartyKindCode { get; } = Gen.Frequency(
        (8, Gen.Elements(PartyKindCodes)),
        (1, UnknownCode(digits: false)));

    /// <summary>Issuer codes of Party symbols: real ones, and occasionally an unknown upper-case code or two unknown
    /// codes joined by '&amp;' (as <c>BKH&amp;ĐT</c> joins two short forms).</summary>
    public static Gen<string> PartyIssuerCode { get; } = Gen.Frequency(
        (8, Gen.Elements(PartyIssuerCodes)),
        (1, UnknownCode(digits: true)),
        (1, from left in UnknownCode(digits: false) from right in UnknownCode(digits: false) select left + "&" + right));

    /// <summary>Valid Party document numbers.</summary>
    public static Gen<PartyDocumentNumber> PartyDocumentNumberValue { get; } =
        from number in DocumentRunningNumber
        from kind in PartyKindCode
        from issuer in PartyIssuerCode
        select new PartyDocumentNumber(number, kind, issuer);

    /// <summary>Party document numbers made only of codes seen in real documents.</summary>
    public static Gen<PartyDocumentNumber> KnownPartyDocumentNumberValue { get; } =
        from number in DocumentRunningNumber
        from kind in Gen.Elements(PartyKindCodes)
        from issuer in Gen.Elements(PartyIssuerCodes)
        select new PartyDocumentNumber(number, kind, issuer);

    /// <summary>Valid State document numbers in all their forms (with and without year, with and without kind code).</summary>
    public static Gen<StateDocumentNumber> StateDocumentNumberValue { get; } = Gen.OneOf(
        from number in DocumentRunningNumber
        from year in Gen.Choose(1945, 2100)
        from kind in Gen.Elements(StateKindCodes)
        from issuer in Gen.Elements(StateIssuerCodes)
        select new StateDocumentNumber(number, year, kind, issuer),
        from number in DocumentRunningNumber
        from kind in Gen.Elements(StateKindCodes)
        from issuer in Gen.Elements(StateIssuerCodes)
        select new StateDocumentNumber(number, null, kind, issuer),
        from number in DocumentRunningNumber
        from year in Gen.Choose(1945, 2100)
        from term in Gen.Choose(1, 16)
        from standing in Gen.Elements(false, true)
        select new StateDocumentNumber(number, year, null, (standing ? "UBTVQH" : "QH") + term.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        from number in DocumentRunningNumber
        from issuer in Gen.Elements("UBND", "BNV", "VPCP")
        from unit in UnknownCode(digits: false).Where(u => !StateKindCodes.Contains(u, StringComparer.OrdinalIgnoreCase))
        select new StateDocumentNumber(number, null, null, issuer + "-" + unit));

    /// <summary>State document numbers made only of codes seen in real documents.</summary>
    public static Gen<StateDocumentNumber> KnownStateDocumentNumberValue { get; } =
        from number in DocumentRunningNumber
        from year in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1945, 2100).Select(y => (int?)y))
        from kind in Gen.Elements(StateKindCodes)
        from issuer in Gen.Elements(StateIssuerCodes)
        select new StateDocumentNumber(number, year, kind, issuer);

    /// <summary>Valid document numbers of either form.</summary>
    public static Gen<DocumentNumber> DocumentNumberValue { get; } = Gen.OneOf(
        PartyDocumentNumberValue.Select(p => new DocumentNumber(p)),
        StateDocumentNumberValue.Select(s => new DocumentNumber(s)));

    /// <summary>Document numbers of either form made only of codes seen in real documents.</summary>
    public static Gen<DocumentNumber> KnownDocumentNumberValue { get; } = Gen.OneOf(
        KnownPartyDocumentNumberValue.Select(p => new DocumentNumber(p)),
        KnownStateDocumentNumberValue.Select(s => new DocumentNumber(s)));

    /// <summary>Canonical text of valid document numbers, e.g. <c>201-KL/TW</c>, <c>30/2020/NĐ-CP</c>.</summary>
    public static Gen<string> DocumentNumberText { get; } = DocumentNumberValue.Select(n => n.ToString());

    /// <summary>The kinds a citation can name.</summary>
    public static Gen<CitationKindWord> CitationKindWordValue { get; } = Gen.Elements(CitationKindWord.All.ToArray());

    /// <summary>
    /// The ways people write a document number that every parser must accept: a "Số"/"No." prefix, spaces around
    /// separators, en/em dashes, any letter case, <c>Ð</c> for <c>Đ</c>, an NFD-decomposed prefix.
    /// </summary>
    /// <param name="number">The number to spell.</param>
    /// <returns>A generator of spellings that all parse to <paramref name="number"/>.</returns>
    public static Gen<string> DocumentNumberSpelling(DocumentNumber number) =>
        from prefix in Gen.Elements(string.Empty, "Số ", "số ", "Số: ", "So\u0302\u0301 ", "No. ", "No ", "no.", "  ")
        from space in Gen.Elements(string.Empty, " ", "  ", "\u00A0")
        from dash in Gen.Elements("-", "\u2013", "\u2014", "\u2010")
        from casing in Gen.Choose(0, 2)
        from eth in Gen.Elements(false, true)
        from trailing in Gen.Elements(string.Empty, " ", "\t")
        select prefix + Respell(number.ToString(), space, dash, casing, eth) + trailing;

    /// <summary>Texts made of real-looking fragments: citations, dates, numbers, words in both languages, odd characters.</summary>
    public static Gen<string> CitationLikeText { get; } =
        Gen.Elements(
            "Nghị quyết số ", "Conclusion No. ", "Quyết định ", "201-KL/TW", "30/2020/NĐ-CP", "759/QĐ-TTg", "202/2025/QH15",
            " ngày ", "12/4/2025", " tháng ", " năm ", "dated ", "April 12, ", "2025", ", ", "(", ")", "-", "/", "–", "Đ", "Ð",
            "số", "No", ".", " ", "\u0301", "\u0302", "0", "99", "x", "KL", "TW", "\n", "issued on ", "of ", "31", "/TW", "-NQ", "&", "BKH&ĐT", "&nbsp;")
        .ArrayOf()
        .Select(parts => string.Concat(parts));

    private static Gen<string> UnknownCode(bool digits) =>
        Gen.Choose(1, 5).SelectMany(n => Gen.Elements(UnknownCodeLetters).ArrayOf(n))
            .Select(letters => string.Concat(letters))
            .SelectMany(code => digits ? Gen.Elements(code, code + "1", code + "15") : Gen.Constant(code));

    private static string Respell(string canonical, string space, string dash, int casing, bool eth)
    {
        var sb = new StringBuilder(canonical.Length * 2);
        foreach (char c in canonical)
        {
            switch (c)
            {
                case '-':
                    sb.Append(space).Append(dash).Append(space);
                    break;
                case '/':
                    sb.Append(space).Append('/').Append(space);
                    break;
                case 'Đ' when eth:
                    sb.Append('Ð');
                    break;
                default:
                    sb.Append(casing switch
                    {
                        1 => char.ToLowerInvariant(c),
                        2 => char.ToUpperInvariant(c),
                        _ => c,
                    });
                    break;
            }
        }

        return sb.ToString();
    }
}
