using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

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
    private static readonly Tables StateKinds = new(StateKindCodes);

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
        Whole(Read(raw, 0, Kinds, allowDigits: false, out int end, out canonical, out badIndex), raw.Length, end, ref canonical, ref badIndex);

    /// <summary>Canonicalises one issuer code group (letters and digits).</summary>
    public static CodeStatus TryIssuer(ReadOnlySpan<char> raw, out string canonical, out int badIndex) =>
        Whole(Read(raw, 0, Issuers, allowDigits: true, out int end, out canonical, out badIndex), raw.Length, end, ref canonical, ref badIndex);

    /// <summary>Reads a kind code starting at <paramref name="start"/> up to the first character no code has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CodeStatus ReadKind(ReadOnlySpan<char> s, int start, out int end, out string canonical, out int badIndex) =>
        Read(s, start, Kinds, allowDigits: false, out end, out canonical, out badIndex);

    /// <summary>Reads a kind code and says whether it is a State kind code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CodeStatus ReadKind(ReadOnlySpan<char> s, int start, out int end, out string canonical, out int badIndex, out bool stateKind)
    {
        CodeStatus status = Read(s, start, Kinds, allowDigits: false, out end, out canonical, out badIndex);
        stateKind = status == CodeStatus.Valid && IsStateKind(canonical);
        return status;
    }

    /// <summary>Reads an issuer code group starting at <paramref name="start"/> up to the first character no code has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CodeStatus ReadIssuer(ReadOnlySpan<char> s, int start, out int end, out string canonical, out int badIndex) =>
        Read(s, start, Issuers, allowDigits: true, out end, out canonical, out badIndex);

    /// <summary>True when a canonical code is a kind code that starts the code part of a State symbol.</summary>
    public static bool IsStateKind(string canonical)
    {
        uint hash = Tables.Seed;
        foreach (char c in canonical)
        {
            hash = Tables.Step(hash, Upper(c, allowDigits: true));
        }

        return StateKinds.TryGet(canonical, hash, folded: false, out string? found) && string.Equals(found, canonical, StringComparison.Ordinal);
    }

    /// <summary>True when the canonical kind code is in the table of codes seen in real symbols.</summary>
    public static bool IsKnownKind(string canonical) => Kinds.ContainsExact(Upper(canonical));

    private static string Upper(string canonical) => canonical.ToUpperInvariant();

    // A code read alone must use the whole text: a character that stops the reading is a bad character.
    private static CodeStatus Whole(CodeStatus status, int length, int end, ref string canonical, ref int badIndex)
    {
        if (status == CodeStatus.Valid && end < length)
        {
            canonical = string.Empty;
            badIndex = end;
            return CodeStatus.BadCharacter;
        }

        if (status == CodeStatus.Empty && end < length)
        {
            badIndex = end;
            return CodeStatus.BadCharacter;
        }

        return status;
    }

    // One pass: find the end of the code, check its characters, and hash its upper-cased and Đ-folded forms.
    private static CodeStatus Read(ReadOnlySpan<char> s, int start, Tables tables, bool allowDigits, out int end, out string canonical, out int badIndex)
    {
        canonical = string.Empty;
        badIndex = 0;
        uint upperHash = Tables.Seed;
        int bad = -1;
        int j = start;
        for (; j < s.Length; j++)
        {
            char c = s[j];
            if (!DocumentNumberParser.IsCodeChar(c))
            {
                break;
            }

            char u = Upper(c, allowDigits);
            if (u == '\0' && bad < 0)
            {
                bad = j - start;
            }

            upperHash = Tables.Step(upperHash, u);
        }

        end = j;
        int length = j - start;
        if (bad >= 0)
        {
            badIndex = bad;
            return CodeStatus.BadCharacter;
        }

        if (length == 0)
        {
            return CodeStatus.Empty;
        }

        if (length > MaxCodeLength)
        {
            badIndex = MaxCodeLength;
            return CodeStatus.TooLong;
        }

        ReadOnlySpan<char> raw = s[start..j];
        if (tables.TryGet(raw, upperHash, folded: false, out string? found))
        {
            canonical = found;
            return CodeStatus.Valid;
        }

        canonical = FoldedOrUnknown(raw, tables, allowDigits);
        return CodeStatus.Valid;
    }

    // Second chance, off the hot path: the code with Đ written as D ("QD" for "QĐ"), or a code outside the tables.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string FoldedOrUnknown(ReadOnlySpan<char> raw, Tables tables, bool allowDigits)
    {
        uint foldedHash = Tables.Seed;
        foreach (char c in raw)
        {
            char u = Upper(c, allowDigits);
            foldedHash = Tables.Step(foldedHash, u == 'Đ' ? 'D' : u);
        }

        return tables.TryGet(raw, foldedHash, folded: true, out string? found) ? found : Unknown(raw, allowDigits);
    }

    // Codes outside the tables are rare: keep the allocation and its stack buffer out of the hot method.
    private static string Unknown(ReadOnlySpan<char> raw, bool allowDigits)
    {
        Span<char> upper = stackalloc char[MaxCodeLength];
        for (int i = 0; i < raw.Length; i++)
        {
            upper[i] = Upper(raw[i], allowDigits);
        }

        return new string(upper[..raw.Length]);
    }

    /// <summary>The upper-case form of a code character (Ð and đ as Đ), or '\0' when codes do not use it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Upper(char c, bool allowDigits) => c switch
    {
        >= 'A' and <= 'Z' => c,
        >= 'a' and <= 'z' => (char)(c - 32),
        >= '0' and <= '9' when allowDigits => c,
        'Đ' or 'đ' or 'Ð' => 'Đ',
        _ => '\0',
    };

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

    // Lookups run on every parse: a small open-addressing table keyed by a hash computed while the code is read,
    // because FrozenDictionary's span lookup costs several times more than the whole rest of a parse.
    private sealed class Tables
    {
        /// <summary>The FNV-1a offset basis.</summary>
        public const uint Seed = 2166136261u;

        private const int Size = 256;
        private readonly string[] keys;
        private readonly string[] values;
        private readonly short[] exactSlots = new short[Size];
        private readonly short[] foldedSlots = new short[Size];

        public Tables(string[] codes)
        {
            var keyList = new List<string>();
            var valueList = new List<string>();
            foreach (string code in codes)
            {
                string upper = code.ToUpperInvariant();
                Add(exactSlots, upper, code);
                Add(foldedSlots, upper.Replace('Đ', 'D'), code);
            }

            keys = [.. keyList];
            values = [.. valueList];

            void Add(short[] slots, string key, string value)
            {
                uint slot = Hash(key) % Size;
                while (slots[slot] != 0)
                {
                    if (string.Equals(keyList[slots[slot] - 1], key, StringComparison.Ordinal))
                    {
                        return; // the first code wins (HD before HĐ)
                    }

                    slot = (slot + 1) % Size;
                }

                keyList.Add(key);
                valueList.Add(value);
                slots[slot] = (short)keyList.Count;
            }
        }

        /// <summary>One FNV-1a step over a UTF-16 code unit.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static uint Step(uint hash, char c) => unchecked((hash ^ c) * 16777619u);

        public bool ContainsExact(string upper) => TryGet(upper, Hash(upper), folded: false, out _);

        /// <summary>Finds the code whose key equals the raw text once upper-cased (and Đ-folded when <paramref name="folded"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGet(ReadOnlySpan<char> raw, uint hash, bool folded, [NotNullWhen(true)] out string? value)
        {
            short[] slots = folded ? foldedSlots : exactSlots;
            uint slot = hash % Size;
            while (slots[slot] != 0)
            {
                int index = slots[slot] - 1;
                if (Matches(raw, keys[index], folded))
                {
                    value = values[index];
                    return true;
                }

                slot = (slot + 1) % Size;
            }

            value = null;
            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool Matches(ReadOnlySpan<char> raw, string key, bool folded)
        {
            if (raw.Length != key.Length)
            {
                return false;
            }

            for (int i = 0; i < raw.Length; i++)
            {
                char u = Upper(raw[i], allowDigits: true);
                if (folded && u == 'Đ')
                {
                    u = 'D';
                }

                if (u != key[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static uint Hash(string key)
        {
            uint h = Seed;
            foreach (char c in key)
            {
                h = Step(h, c);
            }

            return h;
        }
    }
}
