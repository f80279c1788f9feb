using OrgModel.Text;

namespace OrgModel.Personnel;

/// <summary>Vietnamese alphabetical order: letters first (a &lt; ă &lt; â &lt; b … d &lt; đ …), tones only to break ties,
/// case last.</summary>
/// <remarks>The tone order is the conventional one of dictionaries: level, grave (huyền), hook (hỏi), tilde (ngã),
/// acute (sắc), dot below (nặng). Written without ICU so that it works under invariant globalization.</remarks>
internal static class VietnameseCollation
{
    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    // Each row: the letter without a tone, then its five toned forms in tone order.
    private static readonly string[] TonedRows =
    [
        "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
        "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
    ];

    private static readonly FrozenDictionary<char, (int Letter, int Tone)> Keys = BuildKeys();

    // Sort keys of every character below U+1F00 (Latin, Latin Extended and the Vietnamese block U+1EA0–U+1EF9), so
    // that a comparison reads an array instead of lowering the character and looking it up in a dictionary.
    private static readonly int[] Table = BuildTable();

    /// <summary>Compares two texts in Vietnamese order; NFC and NFD spellings compare equal at every level but the last.</summary>
    public static int Compare(string a, string b) => CompareNfc(VietnameseText.ToNfc(a), VietnameseText.ToNfc(b));

    /// <summary>Compares letters only, ignoring tones and case.</summary>
    public static int ComparePrimary(string a, string b) => ComparePrimaryNfc(VietnameseText.ToNfc(a), VietnameseText.ToNfc(b));

    /// <summary>Compares two texts already in NFC (the parts of a <see cref="VietnameseName"/>): letters, then tones,
    /// then lower case before upper case, then code points, so that the order is total and agrees with ordinal equality.</summary>
    public static int CompareNfc(string x, string y)
    {
        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return 0;
        }

        int n = Math.Min(x.Length, y.Length);
        int tone = 0;
        int letterCase = 0;
        for (int i = 0; i < n; i++)
        {
            char cx = x[i];
            char cy = y[i];
            if (cx == cy)
            {
                continue;
            }

            int kx = KeyOf(cx);
            int ky = KeyOf(cy);
            if (kx >> ToneBits != ky >> ToneBits)
            {
                return (kx >> ToneBits).CompareTo(ky >> ToneBits);
            }

            if (tone == 0)
            {
                tone = (kx & ToneMask).CompareTo(ky & ToneMask);
            }

            if (letterCase == 0)
            {
                bool ux = char.IsUpper(cx);
                if (ux != char.IsUpper(cy))
                {
                    letterCase = ux ? 1 : -1;
                }
            }
        }

        return x.Length != y.Length ? x.Length.CompareTo(y.Length)
            : tone != 0 ? tone
            : letterCase != 0 ? letterCase
            : string.CompareOrdinal(x, y);
    }

    /// <summary>Compares letters only of two texts already in NFC.</summary>
    public static int ComparePrimaryNfc(string x, string y)
    {
        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return 0;
        }

        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
        {
            if (x[i] != y[i])
            {
                int lx = KeyOf(x[i]) >> ToneBits;
                int ly = KeyOf(y[i]) >> ToneBits;
                if (lx != ly)
                {
                    return lx.CompareTo(ly);
                }
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private const int ToneBits = 3;
    private const int ToneMask = (1 << ToneBits) - 1;

    // Letter and tone packed in one int; letters of non-letters are negative in SlowKeyOf, so they are shifted up to keep
    // the packed value's order that of (letter, tone).
    private static int KeyOf(char c) => c < Table.Length ? Table[c] : Pack(SlowKeyOf(c));

    private static int Pack((int Letter, int Tone) key) => ((key.Letter + 0x10000) << ToneBits) | key.Tone;

    private static int[] BuildTable()
    {
        var table = new int[0x1F00];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = Pack(SlowKeyOf((char)c));
        }

        return table;
    }

    private static (int Letter, int Tone) SlowKeyOf(char c)
    {
        char lower = char.ToLowerInvariant(c);
        if (Keys.TryGetValue(lower, out (int Letter, int Tone) key))
        {
            return key;
        }

        // Non-letters (space, hyphen) sort before letters; other letters after the Vietnamese alphabet.
        return char.IsLetter(lower) ? (Alphabet.Length + lower, 0) : (lower - 0x10000, 0);
    }

    private static FrozenDictionary<char, (int Letter, int Tone)> BuildKeys()
    {
        var keys = new Dictionary<char, (int Letter, int Tone)>();
        for (int i = 0; i < Alphabet.Length; i++)
        {
            keys[Alphabet[i]] = (i, 0);
        }

        foreach (string row in TonedRows)
        {
            int letter = Alphabet.IndexOf(row[0], StringComparison.Ordinal);
            for (int tone = 1; tone < row.Length; tone++)
            {
                keys[row[tone]] = (letter, tone);
            }
        }

        // The look-alikes that folding treats as Đ.
        keys['ð'] = keys['đ'];
        keys['ɖ'] = keys['đ'];
        return keys.ToFrozenDictionary();
    }
}
