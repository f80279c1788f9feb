using System.Collections.Frozen;
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

    /// <summary>Compares two texts in Vietnamese order; NFC and NFD spellings compare equal at every level but the last.</summary>
    public static int Compare(string a, string b)
    {
        string x = VietnameseText.ToNfc(a);
        string y = VietnameseText.ToNfc(b);
        int c = CompareLevel(x, y, primary: true);
        if (c != 0)
        {
            return c;
        }

        c = CompareLevel(x, y, primary: false);
        if (c != 0)
        {
            return c;
        }

        // Lower case before upper case, then code points, so that the order is total and agrees with ordinal equality.
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            bool ux = char.IsUpper(x[i]);
            bool uy = char.IsUpper(y[i]);
            if (ux != uy)
            {
                return ux ? 1 : -1;
            }
        }

        return string.CompareOrdinal(x, y);
    }

    /// <summary>Compares letters only, ignoring tones and case.</summary>
    public static int ComparePrimary(string a, string b) =>
        CompareLevel(VietnameseText.ToNfc(a), VietnameseText.ToNfc(b), primary: true);

    private static int CompareLevel(string x, string y, bool primary)
    {
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
        {
            (int lx, int tx) = KeyOf(x[i]);
            (int ly, int ty) = KeyOf(y[i]);
            int c = primary ? lx.CompareTo(ly) : tx.CompareTo(ty);
            if (c != 0)
            {
                return c;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static (int Letter, int Tone) KeyOf(char c)
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
