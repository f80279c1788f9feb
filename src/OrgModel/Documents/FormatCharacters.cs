using System.Buffers;
using System.Text;

namespace OrgModel.Documents;

/// <summary>Finds the invisible format characters (Unicode category Cf) that text copied from documents and web pages
/// carries: soft hyphens, zero-width spaces and joiners, word joiners, byte order marks, direction marks, tags.</summary>
internal static class FormatCharacters
{
    /// <summary>The index of the first format character, or -1.</summary>
    public static int IndexOfFirst(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            // ASCII has no format character: one comparison for most of the text.
            if (text[i] >= '\u0080' && WidthAt(text, i) > 0)
            {
                return i;
            }
        }

        return -1;
    }

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
