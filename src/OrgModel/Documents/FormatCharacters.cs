using System.Numerics;
using System.Runtime.Intrinsics;

namespace OrgModel.Documents;

/// <summary>Finds the invisible format characters (Unicode category Cf) that text copied from documents and web pages
/// carries: soft hyphens, zero-width spaces and joiners, word joiners, byte order marks, direction marks, tags.</summary>
internal static class FormatCharacters
{
    /// <summary>The index of the first format character, or -1.</summary>
    public static int IndexOfFirst(ReadOnlySpan<char> text)
    {
        // A vectorised range test for the characters that can start one (Vietnamese letters, marks and punctuation are
        // all outside it), then the exact test there.
        int i = 0;
        while (i < text.Length)
        {
            int next = IndexOfCandidate(text[i..]);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (WidthAt(text, i) > 0)
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>Whether a character may start a format character: the soft hyphen, the blocks from Arabic to Mongolian
    /// (U+0600–U+1DFF), the format characters of General Punctuation (U+200B–U+200F, U+202A–U+202E, U+2060–U+206F), and
    /// everything from the surrogates up (U+FEFF, U+FFF9–U+FFFB, and the pairs).</summary>
    /// <remarks>A superset of category Cf and the high surrogates; the tests check it against every character.</remarks>
    internal static bool IsCandidate(char c) => unchecked(
        c == '\u00AD' || (uint)(c - 0x0600) < 0x1E00 - 0x0600 || (uint)(c - 0x200B) <= 0x200F - 0x200B
        || (uint)(c - 0x202A) <= 0x202E - 0x202A || (uint)(c - 0x2060) <= 0x206F - 0x2060 || c >= '\uD800');

    /// <summary>The index of the first character for which <see cref="IsCandidate"/> holds, or -1.</summary>
    /// <remarks>Sixteen characters at a time: a search for several hundred characters runs as a scalar bitmap lookup per
    /// character, which cost as much as the rest of the citation scan over Vietnamese text.</remarks>
    internal static int IndexOfCandidate(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(text);
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<ushort>.Count <= units.Length; i += Vector256<ushort>.Count)
            {
                uint bits = Candidates(Vector256.Create(units.Slice(i, Vector256<ushort>.Count))).ExtractMostSignificantBits();
                if (bits != 0)
                {
                    return i + BitOperations.TrailingZeroCount(bits);
                }
            }
        }

        for (; i < units.Length; i++)
        {
            if (IsCandidate((char)units[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // IsCandidate on each lane: unsigned compares, a range as one subtraction and one comparison.
    private static Vector256<ushort> Candidates(Vector256<ushort> v) =>
        Vector256.Equals(v, Vector256.Create((ushort)0x00AD))
        | Vector256.LessThan(v - Vector256.Create((ushort)0x0600), Vector256.Create((ushort)(0x1E00 - 0x0600)))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x200B), Vector256.Create((ushort)(0x200F - 0x200B)))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x202A), Vector256.Create((ushort)(0x202E - 0x202A)))
        | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x2060), Vector256.Create((ushort)(0x206F - 0x2060)))
        | Vector256.GreaterThanOrEqual(v, Vector256.Create((ushort)0xD800));

    /// <summary>The number of UTF-16 units of the format character at <paramref name="i"/>: 1, 2 for one outside the
    /// Basic Multilingual Plane (a surrogate pair), or 0 when the character there is not one.</summary>
    public static int WidthAt(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < '\u0080')
        {
            return 0;
        }

        if (!char.IsHighSurrogate(c))
        {
            return char.GetUnicodeCategory(c) == UnicodeCategory.Format ? 1 : 0;
        }

        return Rune.DecodeFromUtf16(text[i..], out Rune rune, out int used) == OperationStatus.Done
            && Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format ? used : 0;
    }
}
