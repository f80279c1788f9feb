using System.Globalization;
using FsCheck.Xunit;
using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>The vectorised pre-scan for invisible format characters against the exact per-character test it
/// short-cuts.</summary>
public class FormatCharacterScanTests
{
    // Each edge of the candidate ranges, format characters, Vietnamese letters, marks and punctuation, and plain ASCII.
    private static readonly char[] Alphabet =
    [
        'a', 'Z', ' ', '1', '\u00AC', '\u00AD', '\u00AE', '\u00E0', '\u0111', '\u0301', '\u05FF', '\u0600', '\u061C', '\u1DFF',
        '\u1E00', '\u1EA1', '\u1EC7', '\u200A', '\u200B', '\u200D', '\u200F', '\u2010', '\u2013', '\u2029', '\u202A', '\u202E',
        '\u202F', '\u205F', '\u2060', '\u2064', '\u2066', '\u206F', '\u2070', '\uD7FF', '\uD800', '\uDB40', '\uDC01', '\uFEFF',
        '\uFFFB', '\uFFFF',
    ];

    [Fact]
    public void Every_format_character_and_high_surrogate_is_a_candidate()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsHighSurrogate((char)c) || char.GetUnicodeCategory((char)c) == UnicodeCategory.Format)
            {
                Assert.True(FormatCharacters.IsCandidate((char)c), $"U+{c:X4}");
            }
        }
    }

    [Property(MaxTest = 3000)]
    public bool The_vectorised_search_finds_the_first_candidate(byte[] picks)
    {
        string text = Text(picks);
        int scalar = Array.FindIndex(text.ToCharArray(), FormatCharacters.IsCandidate);
        return FormatCharacters.IndexOfCandidate(text) == scalar;
    }

    [Property(MaxTest = 3000)]
    public bool The_pre_scan_finds_the_first_format_character_of_the_exact_walk(byte[] picks)
    {
        string text = Text(picks);
        int exact = -1;
        for (int i = 0; i < text.Length && exact < 0; i++)
        {
            exact = FormatCharacters.WidthAt(text, i) > 0 ? i : -1;
        }

        return FormatCharacters.IndexOfFirst(text) == exact;
    }

    // Mostly plain letters, so that the first candidate falls anywhere in or after the first vectors.
    private static string Text(byte[] picks) =>
        string.Concat(picks.Select(b => b % 4 == 0 ? Alphabet[b / 4 % Alphabet.Length] : (char)('a' + (b % 26))));
}
