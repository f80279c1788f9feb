namespace OrgModel.Text;

/// <summary>
/// Decomposition and composition of Vietnamese letters from a generated table, so that folding and NFC output
/// do not depend on ICU (which is absent under invariant globalization, the default for AOT scripts).
/// </summary>
internal static partial class VietnameseLetters
{
    private const int LowStart = 0x00C0;
    private const int LowEnd = 0x0250;
    private const int HighStart = 0x1E00;
    private const int HighEnd = 0x1F00;

    private static readonly (char Composed, string Decomposed)[] Table = CreateTable();
    private static readonly char[] LowBase = BuildBase(LowStart, LowEnd);
    private static readonly char[] HighBase = BuildBase(HighStart, HighEnd);
    private static readonly FrozenDictionary<char, string> Decompositions = Table.ToFrozenDictionary(r => r.Composed, r => r.Decomposed);
    private static readonly FrozenDictionary<string, char> Compositions =
        Table.ToFrozenDictionary(r => r.Decomposed, r => r.Composed, StringComparer.Ordinal);

    /// <summary>The ASCII base letter of a precomposed Latin letter, or <c>'\0'</c> when the table has none.</summary>
    public static char BaseOf(char c)
    {
        if (c is >= (char)LowStart and < (char)LowEnd)
        {
            return LowBase[c - LowStart];
        }

        return c is >= (char)HighStart and < (char)HighEnd ? HighBase[c - HighStart] : '\0';
    }

    /// <summary>Composes Vietnamese letters written with combining marks into their precomposed (NFC) forms.</summary>
    public static string ToNfc(string text)
    {
        if (!NeedsWork(text))
        {
            return text;
        }

        var decomposed = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (Decompositions.TryGetValue(c, out string? d))
            {
                decomposed.Append(d);
            }
            else
            {
                decomposed.Append(c);
            }
        }

        var result = new StringBuilder(text.Length);
        int i = 0;
        while (i < decomposed.Length)
        {
            char b = decomposed[i];
            int marksEnd = i + 1;
            while (marksEnd < decomposed.Length && CombiningClass(decomposed[marksEnd]) != 0)
            {
                marksEnd++;
            }

            if (marksEnd == i + 1)
            {
                result.Append(b);
                i++;
                continue;
            }

            char[] marks = new char[marksEnd - i - 1];
            decomposed.CopyTo(i + 1, marks, marks.Length);
            SortCanonically(marks);

            // Canonical composition, as NFC does it: each mark in turn joins the letter when the letter and the mark
            // compose and no mark left between them has the same or a higher class; otherwise the mark stays. One look-up
            // per mark keeps long runs of marks linear ("a" + 100,000 accents once took 20 s).
            string letter = b.ToString();
            char current = b;
            int lastKeptClass = -1;
            int kept = 0;
            foreach (char mark in marks)
            {
                int cc = CombiningClass(mark);
                if (lastKeptClass < cc && Compositions.TryGetValue(string.Concat(letter, mark.ToString()), out char composed))
                {
                    letter = Decompositions[composed];
                    current = composed;
                }
                else
                {
                    marks[kept++] = mark;
                    lastKeptClass = cc;
                }
            }

            result.Append(current);
            result.Append(marks, 0, kept);
            i = marksEnd;
        }

        return result.ToString();
    }

    private static bool NeedsWork(string text)
    {
        foreach (char c in text)
        {
            if (CombiningClass(c) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The canonical combining classes of the marks Vietnamese uses; other marks keep their relative order after them.
    private static int CombiningClass(char c) => c switch
    {
        '\u031B' => 216,
        '\u0323' => 220,
        >= '\u0300' and <= '\u036F' => 230,
        _ => 0,
    };

    private static void SortCanonically(char[] marks)
    {
        // Stable sort by combining class, as canonical ordering requires: insertion sort for the short runs of real
        // text, a stable O(m log m) sort for the long runs hostile input brings.
        if (marks.Length > 8)
        {
            char[] sorted = [.. marks.OrderBy(CombiningClass)];
            sorted.CopyTo(marks, 0);
            return;
        }

        for (int i = 1; i < marks.Length; i++)
        {
            char m = marks[i];
            int j = i - 1;
            while (j >= 0 && CombiningClass(marks[j]) > CombiningClass(m))
            {
                marks[j + 1] = marks[j];
                j--;
            }

            marks[j + 1] = m;
        }
    }

    private static char[] BuildBase(int start, int end)
    {
        var bases = new char[end - start];
        foreach ((char composed, string decomposed) in Table)
        {
            if (composed >= start && composed < end)
            {
                bases[composed - start] = decomposed[0];
            }
        }

        return bases;
    }
}
