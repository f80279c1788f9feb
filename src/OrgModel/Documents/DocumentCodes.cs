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

    // The case of Đ next to an '&' in an issuer code (IsAmpersandInCode): it matches either case of an ASCII letter.
    private const int Either = 2;

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

    // Separate arrays, not an object holding them: one dependent load less on every lookup.
    private static readonly Entry[] KindsExact = Tables.Build(KindCodes, StateKindCodes, folded: false);
    private static readonly Entry[] KindsFolded = Tables.Build(KindCodes, StateKindCodes, folded: true);
    private static readonly Entry[] IssuersExact = Tables.Build(IssuerCodes, [], folded: false);
    private static readonly Entry[] IssuersFolded = Tables.Build(IssuerCodes, [], folded: true);

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
        Whole(Read(raw, 0, allowDigits: false, out int end, out canonical, out badIndex, out _), raw.Length, end, ref canonical, ref badIndex);

    /// <summary>Canonicalises one issuer code group (letters and digits, and '&amp;' between two letters).</summary>
    public static CodeStatus TryIssuer(ReadOnlySpan<char> raw, out string canonical, out int badIndex) =>
        Whole(Read(raw, 0, allowDigits: true, out int end, out canonical, out badIndex, out _), raw.Length, end, ref canonical, ref badIndex);

    /// <summary>Reads a kind code starting at <paramref name="start"/> up to the first character no code has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CodeStatus ReadKind(ReadOnlySpan<char> s, int start, out int end, out string canonical, out int badIndex) =>
        Read(s, start, allowDigits: false, out end, out canonical, out badIndex, out _);

    /// <summary>Reads a kind code like <see cref="ReadKind(ReadOnlySpan{char}, int, out int, out string, out int)"/>, but gives
    /// <see cref="string.Empty"/> for a code outside the tables instead of allocating its upper-case form: running text
    /// tries every "34 tỉnh" as a Party symbol with a space for its hyphen, and only known codes can be one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CodeStatus ReadKnownKind(ReadOnlySpan<char> s, int start, out int end, out string canonical, out int badIndex) =>
        Read(s, start, allowDigits: false, out end, out canonical, out badIndex, out _, knownOnly: true);

    /// <summary>Reads a kind code and says whether it is a State kind code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CodeStatus ReadKind(ReadOnlySpan<char> s, int start, out int end, out string canonical, out int badIndex, out bool stateKind) =>
        Read(s, start, allowDigits: false, out end, out canonical, out badIndex, out stateKind);

    /// <summary>Reads an issuer code group starting at <paramref name="start"/> up to the first character no code has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CodeStatus ReadIssuer(ReadOnlySpan<char> s, int start, out int end, out string canonical, out int badIndex) =>
        Read(s, start, allowDigits: true, out end, out canonical, out badIndex, out _);

    /// <summary>True when a code has no letter (<c>15</c>): never a Party issuer, which names a body.</summary>
    public static bool IsDigitsOnly(string code)
    {
        foreach (char c in code)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return code.Length > 0;
    }

    /// <summary>True when every '-'-joined group of a canonical code is in the table of codes seen in real symbols.</summary>
    /// <remarks>Lower-case symbols in running text (web titles: <c>77/2014/tt-btc</c>) are taken only when their codes are
    /// known, so that prose is not read as a symbol.</remarks>
    public static bool IsKnown(string? canonical, bool issuer)
    {
        if (string.IsNullOrEmpty(canonical))
        {
            return false;
        }

        foreach (Range group in canonical.AsSpan().Split('-'))
        {
            ReadOnlySpan<char> code = canonical.AsSpan(group);
            if (code.Length == 0 || code.Length > Key.MaxLength)
            {
                return false;
            }

            Key key = default;
            for (int i = 0; i < code.Length; i++)
            {
                key = key.Append(i, Upper(code[i], allowDigits: true));
            }

            if (!Tables.TryGet(issuer ? IssuersExact : KindsExact, key, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a canonical code is a kind code that starts the code part of a State symbol.</summary>
    public static bool IsStateKind(string canonical) =>
        Read(canonical, 0, allowDigits: false, out int end, out string found, out _, out bool stateKind) == CodeStatus.Valid
        && end == canonical.Length
        && stateKind
        && string.Equals(found, canonical, StringComparison.Ordinal);

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

    // One pass: find the end of the code, check its characters, and pack its upper-cased form into a lookup key.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CodeStatus Read(
        ReadOnlySpan<char> s, int start, bool allowDigits, out int end, out string canonical, out int badIndex, out bool stateKind, bool knownOnly = false)
    {
        canonical = string.Empty;
        badIndex = 0;
        stateKind = false;
        ulong low = 0;
        ulong high = 0;
        int bad = -1;
        int j = start;
        unchecked
        {
            // Index arithmetic cannot overflow here (it is bounded by the span's length); the build's overflow checks
            // would cost a branch per operation in the hottest loop of a parse.
            for (; j < s.Length; j++)
            {
                uint c = s[j];
                uint u;
                if ((c | 0x20u) - 'a' <= 'z' - 'a')
                {
                    u = c & ~0x20u;
                }
                else if (c - '0' <= 9)
                {
                    u = c;
                    if (!allowDigits && bad < 0)
                    {
                        bad = j - start;
                    }
                }
                else if (c is 'Đ' or 'đ' or 'Ð' or 'ð')
                {
                    u = 'Đ';
                }
                else if (c == 'Ư' && j > start && (s[j - 1] | 0x20u) == 't')
                {
                    // "30-QĐ/TƯ": "TƯ", the Vietnamese short form of "Trung ương", is "TW"; never "TU" ("Tỉnh ủy").
                    u = 'W';
                }
                else if (c == '&' && allowDigits && IsAmpersandInCode(s, start, j))
                {
                    // "19/2012/TTLT-BTC-BKH&ĐT-BTTTT", "4243/BTP-KTVB&QLXLVPHC": a ministry or department named by two
                    // short forms ("Kế hoạch và Đầu tư") keeps the '&' that stands for "và" inside its one issuer code.
                    u = '&';
                }
                else
                {
                    break;
                }

                int n = j - start;
                if (n < 4)
                {
                    low |= (ulong)u << (n << 4);
                }
                else if (n < Key.MaxLength)
                {
                    high |= (ulong)u << ((n - 4) << 4);
                }
            }
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

        if (length <= Key.MaxLength && Tables.TryGet(allowDigits ? IssuersExact : KindsExact, new Key(low, high), out Entry found))
        {
            canonical = found.Code;
            stateKind = found.IsStateKind;
            return CodeStatus.Valid;
        }

        canonical = FoldedOrUnknown(s[start..j], allowDigits, out stateKind, knownOnly);
        return CodeStatus.Valid;
    }

    // '&' joins two parts of one issuer code only between two letters of one case: "BKH&ĐT" ("bkh&đt" in a web title),
    // never "BTC&", "&ĐT" or "15&16". A page's HTML entity run into a symbol ("30/2020/NĐ-CP&nbsp;") is markup: the
    // letters after the '&' change case or end in ';'. Đ counts as either case: its look-alike Ð is written in lower-case
    // text too ("bkh&Ðt"). Kept out of line: the test runs only where a code meets an '&'.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsAmpersandInCode(ReadOnlySpan<char> s, int start, int j)
    {
        if (j == start || j + 1 >= s.Length)
        {
            return false;
        }

        int before = CaseOf(s[j - 1]);
        int after = CaseOf(s[j + 1]);
        if (before == 0 || after == 0 || (before != after && before != Either && after != Either))
        {
            return false;
        }

        int k = j + 1;
        while (k < s.Length && k - j <= MaxCodeLength && CaseOf(s[k]) != 0)
        {
            k++;
        }

        return k >= s.Length || s[k] != ';';
    }

    // 1 for an upper-case ASCII letter, -1 for a lower-case one, Either for Đ in any of its spellings, 0 for anything else.
    private static int CaseOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => 1,
        >= 'a' and <= 'z' => -1,
        'Đ' or 'Ð' or 'đ' or 'ð' => Either,
        _ => 0,
    };

    // Second chance, off the hot path: the code with Đ written as D ("QD" for "QĐ"), or a code outside the tables.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string FoldedOrUnknown(ReadOnlySpan<char> raw, bool allowDigits, out bool stateKind, bool knownOnly)
    {
        stateKind = false;
        if (raw.Length <= Key.MaxLength)
        {
            Key folded = default;
            for (int i = 0; i < raw.Length; i++)
            {
                char u = Upper(raw[i], allowDigits);
                folded = folded.Append(i, u == 'Đ' ? 'D' : u);
            }

            if (Tables.TryGet(allowDigits ? IssuersFolded : KindsFolded, folded, out Entry found))
            {
                stateKind = found.IsStateKind;
                return found.Code;
            }
        }

        return knownOnly ? string.Empty : Unknown(raw, allowDigits);
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

    /// <summary>The upper-case form of a code character (Ð, ð and đ as Đ), or '\0' when codes do not use it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Upper(char c, bool allowDigits) => c switch
    {
        >= 'A' and <= 'Z' => c,
        >= 'a' and <= 'z' => (char)(c - 32),
        >= '0' and <= '9' when allowDigits => c,
        'Đ' or 'đ' or 'Ð' or 'ð' => 'Đ',
        'Ư' => 'W',
        '&' when allowDigits => '&',
        _ => '\0',
    };

    private static string[] CreateIssuerCodes()
    {
        var codes = new List<string>
        {
            // Party (research-notes §1.4).
            "TW", "VPTW", "BTCTW", "UBKTTW", "BTGTW", "BTGDVTW", "BCĐTW", "BCĐ", "TU", "BTCTU", "UBKTTU", "BTGTU", "VPTU",
            "ĐU", "HU", "CB", "ĐH",

            // Central Committee of the Youth Union (docs/sources.md, issue 18).
            "TWĐTN",

            // State (research-notes §2).
            "CP", "TTg", "VPQH", "BNV", "BTC", "BGDĐT", "UBND", "HĐND", "MTTW",

            // Ministries and courts seen in joint circulars and web titles (docs/sources.md, issue 18).
            "BCT", "BTP", "BQP", "BCA", "BGTVT", "VKSTC", "TATC", "BNN", "TCT",

            // The Ministry of Planning and Investment with its '&' ("19/2012/TTLT-BTC-BKH&ĐT-BTTTT", docs/sources.md, issue 18):
            // known, so that "BKH&DT" reads as it.
            "BKH&ĐT",
        };

        // National Assembly terms are written QH<term>, UBTVQH<term> (e.g. QH15); cover every term up to the 20th.
        for (int term = 1; term <= 20; term++)
        {
            codes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"QH{term}"));
            codes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"UBTVQH{term}"));
        }

        return [.. codes];
    }

    // The upper-cased characters of a code of up to eight characters, packed four to a ulong, so that a table lookup
    // compares two numbers instead of walking a string: every known code is at most eight characters long.
    private readonly struct Key : IEquatable<Key>
    {
        public const int MaxLength = 8;

        private readonly ulong low;
        private readonly ulong high;

        public Key(ulong low, ulong high)
        {
            this.low = low;
            this.high = high;
        }

        public static Key Of(string upper)
        {
            Key key = default;
            for (int i = 0; i < upper.Length; i++)
            {
                key = key.Append(i, upper[i]);
            }

            return key;
        }

        /// <summary>The key with the character at <paramref name="index"/> added; characters past the eighth are not kept.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Key Append(int index, char c) => index < 4
            ? new Key(low | ((ulong)c << (index * 16)), high)
            : new Key(low, index < MaxLength ? high | ((ulong)c << ((index - 4) * 16)) : high);

        /// <summary>A slot in a table of 2^<paramref name="bits"/> slots (Fibonacci hashing of both halves).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Slot(int bits) => (int)(unchecked((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> (64 - bits));

        public bool Equals(Key other) => low == other.low && high == other.high;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(low, high);
    }

    // One slot of a lookup table: the key, and the code it stands for (null in an empty slot).
    private readonly record struct Entry(Key Key, string Code, bool IsStateKind);

    // Lookups run on every parse: an open-addressing table of entries, probed with a key packed while the code is
    // read. One array load per probe matters here: the former table of slots, keys and values chained five dependent
    // loads per lookup and cost most of a parse (docs/benchmarks.md, DocumentNumberParse).
    private static class Tables
    {
        private const int Bits = 8;
        private const int Mask = (1 << Bits) - 1;

        /// <summary>Builds the exact table (keys upper-cased) or the folded one (keys upper-cased, Đ as D).</summary>
        public static Entry[] Build(string[] codes, string[] stateKindCodes, bool folded)
        {
            foreach (string code in stateKindCodes)
            {
                if (Array.IndexOf(codes, code) < 0)
                {
                    throw new InvalidOperationException($"State kind code '{code}' is not in the kind table.");
                }
            }

            var slots = new Entry[1 << Bits];
            foreach (string code in codes)
            {
                string upper = code.ToUpperInvariant();
                Add(slots, folded ? upper.Replace('Đ', 'D') : upper, code, Array.IndexOf(stateKindCodes, code) >= 0);
            }

            return slots;
        }

        /// <summary>Finds the entry whose key is <paramref name="key"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool TryGet(Entry[] slots, Key key, out Entry entry)
        {
            int slot = key.Slot(Bits);
            while (true)
            {
                entry = slots[slot];
                if (entry.Code is null)
                {
                    return false;
                }

                if (entry.Key.Equals(key))
                {
                    return true;
                }

                slot = (slot + 1) & Mask;
            }
        }

        private static void Add(Entry[] slots, string upper, string code, bool isStateKind)
        {
            if (upper.Length > Key.MaxLength)
            {
                throw new InvalidOperationException($"Code '{code}' is longer than a lookup key holds.");
            }

            Key key = Key.Of(upper);
            int slot = key.Slot(Bits);
            while (slots[slot].Code is not null)
            {
                if (slots[slot].Key.Equals(key))
                {
                    return; // the first code wins (HD before HĐ)
                }

                slot = (slot + 1) & Mask;
            }

            slots[slot] = new Entry(key, code, isStateKind);
        }
    }
}
