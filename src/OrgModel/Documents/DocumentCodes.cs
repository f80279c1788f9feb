using System.Collections.Frozen;
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
    public static bool IsKnownKind(string canonical) => Kinds.ContainsExact(Upper(canonical));

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

        // Hash the upper-cased and the Đ-folded forms in one pass, without copying the code anywhere.
        uint upperHash = Tables.Seed;
        uint foldedHash = Tables.Seed;
        for (int i = 0; i < raw.Length; i++)
        {
            char u = Upper(raw[i], allowDigits);
            if (u == '\0')
            {
                badIndex = i;
                return CodeStatus.BadCharacter;
            }

            upperHash = Tables.Step(upperHash, u);
            foldedHash = Tables.Step(foldedHash, u == 'Đ' ? 'D' : u);
        }

        if (tables.TryGet(raw, upperHash, folded: false, out string? found) || tables.TryGet(raw, foldedHash, folded: true, out found))
        {
            canonical = found;
            return CodeStatus.Valid;
        }

        canonical = Unknown(raw, allowDigits);
        return CodeStatus.Valid;
    }

    // Codes outside the tables are rare: keep the allocation and its stack buffer out of the hot method.
    [MethodImpl(MethodImplOptions.NoInlining)]
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
