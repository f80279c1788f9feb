using System.Collections.Frozen;

namespace OrgModel.Documents;

/// <summary>
/// The kind and issuer codes seen in real Party and State document symbols, and their canonical spellings.
/// </summary>
/// <remarks>
/// <para>Lookups go through span-keyed frozen tables so that parsing a symbol made of known codes allocates nothing.
/// Input is matched first as written (upper-cased, <c>Ð</c>/<c>đ</c> as <c>Đ</c>), then with <c>Đ</c> folded to
/// <c>D</c>, so that <c>QD</c> reads as <c>QĐ</c> while <c>HD</c> (guideline) stays distinct from <c>HĐ</c> (contract).
/// Codes not in the tables are accepted in upper case: real symbols use many local codes.</para>
/// <para>Sources: docs/sources.md (facts.md, sourced-notes.md §1–2, research-notes.md §1.3, §1.4, §2).</para>
/// </remarks>
internal static class DocumentCodes
{
    /// <summary>The longest code accepted in one group of a symbol.</summary>
    public const int MaxCodeLength = 16;

    // Order matters for the folded table: the first code wins when two fold to the same key (HD before HĐ, DA before ĐA).
    private static readonly string[] KindCodes =
    [
        "NQ", "KL", "CT", "QĐ", "QĐi", "QĐNS", "QyĐ", "BC", "HD", "TB", "KH", "CTr", "CTHĐ", "TTr", "CV", "QC", "TT",
        "BS", "BB", "DA", "ĐA", "PA",
        "NĐ", "TTLT", "NQLT", "PL", "L", "TC", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB",
        "SY", "TrS", "SL", "VBHN",
    ];

    // Codes that begin a State symbol's code part as its kind; anything else there is an issuer (official letters have no kind).
    private static readonly string[] StateKindCodes =
    [
        "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ",
        "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL",
        "NĐ", "TT", "TTLT", "NQLT", "PL", "L", "VBHN",
    ];

    private static readonly string[] IssuerCodes = CreateIssuerCodes();

    private static readonly Tables Kinds = new(KindCodes);
    private static readonly Tables Issuers = new(IssuerCodes);
    private static readonly FrozenSet<string> StateKinds = StateKindCodes.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Outcome of reading one code.</summary>
    public enum CodeStatus
    {
        /// <summary>The code is valid.</summary>
        Valid,

        /// <summary>The code is empty.</summary>
        Empty,

        /// <summary>The code is too long.</summary>
        TooLong,

        /// <summary>The code holds a character that no code has.</summary>
        BadCharacter,
    }

    /// <summary>Canonicalises a kind code (letters only).</summary>
    public static CodeStatus TryKind(ReadOnlySpan<char> raw, out string canonical, out int badIndex) =>
        Canonicalise(raw, Kinds, allowDigits: false, out canonical, out badIndex);

    /// <summary>Canonicalises one issuer code group (letters and digits).</summary>
    public static CodeStatus TryIssuer(ReadOnlySpan<char> raw, out string canonical, out int badIndex) =>
        Canonicalise(raw, Issuers, allowDigits: true, out canonical, out badIndex);

    /// <summary>True when a canonical code is a kind code that starts the code part of a State symbol.</summary>
    public static bool IsStateKind(string canonical) => StateKinds.Contains(canonical);

    /// <summary>True when the canonical kind code is in the table of codes seen in real symbols.</summary>
    public static bool IsKnownKind(string canonical) => Kinds.Exact.ContainsKey(Upper(canonical));

    private static string Upper(string canonical) => canonical.ToUpperInvariant();

    private static CodeStatus Canonicalise(ReadOnlySpan<char> raw, Tables tables, bool allowDigits, out string canonical, out int badIndex)
    {
        canonical = string.Empty;
        badIndex = 0;
        if (raw.IsEmpty)
        {
            return CodeStatus.Empty;
        }

        if (raw.Length > MaxCodeLength)
        {
            badIndex = MaxCodeLength;
            return CodeStatus.TooLong;
        }

        Span<char> upper = stackalloc char[MaxCodeLength];
        Span<char> folded = stackalloc char[MaxCodeLength];
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            char u = c switch
            {
                >= 'a' and <= 'z' => (char)(c - 32),
                >= 'A' and <= 'Z' => c,
                >= '0' and <= '9' when allowDigits => c,
                'Đ' or 'đ' or 'Ð' => 'Đ',
                _ => '\0',
            };
            if (u == '\0')
            {
                badIndex = i;
                return CodeStatus.BadCharacter;
            }

            upper[i] = u;
            folded[i] = u == 'Đ' ? 'D' : u;
        }

        ReadOnlySpan<char> key = upper[..raw.Length];
        if (tables.ExactLookup.TryGetValue(key, out string? found) || tables.FoldedLookup.TryGetValue(folded[..raw.Length], out found))
        {
            canonical = found;
            return CodeStatus.Valid;
        }

        canonical = new string(key);
        return CodeStatus.Valid;
    }

    private static string[] CreateIssuerCodes()
    {
        var codes = new List<string>
        {
            // Party (research-notes §1.4).
            "TW", "VPTW", "BTCTW", "UBKTTW", "BTGTW", "BTGDVTW", "BCĐTW", "BCĐ", "TU", "BTCTU", "UBKTTU", "BTGTU", "VPTU",
            "ĐU", "HU", "CB", "ĐH",

            // State (research-notes §2).
            "CP", "TTg", "VPQH", "BNV", "BTC", "BGDĐT", "UBND", "HĐND", "MTTW",
        };

        // National Assembly terms are written QH<term>, UBTVQH<term> (e.g. QH15); cover every term up to the 20th.
        for (int term = 1; term <= 20; term++)
        {
            codes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"QH{term}"));
            codes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"UBTVQH{term}"));
        }

        return [.. codes];
    }

    private sealed class Tables
    {
        public Tables(string[] codes)
        {
            var exact = new Dictionary<string, string>(StringComparer.Ordinal);
            var folded = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string code in codes)
            {
                string upper = code.ToUpperInvariant();
                exact.TryAdd(upper, code);
                folded.TryAdd(upper.Replace('Đ', 'D'), code);
            }

            Exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
            Folded = folded.ToFrozenDictionary(StringComparer.Ordinal);
            ExactLookup = Exact.GetAlternateLookup<ReadOnlySpan<char>>();
            FoldedLookup = Folded.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public FrozenDictionary<string, string> Exact { get; }

        public FrozenDictionary<string, string> Folded { get; }

        public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ExactLookup { get; }

        public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FoldedLookup { get; }
    }
}
