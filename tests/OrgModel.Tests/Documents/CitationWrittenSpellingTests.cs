using FsCheck.Xunit;
using OrgModel.Documents;

namespace OrgModel.Tests.Documents;

/// <summary>The extractor's comparisons of words as written (before any folding) against the folded comparisons and
/// searches they stand in front of, on random joins of Vietnamese (NFC and NFD), English, look-alikes and marks.</summary>
public class CitationWrittenSpellingTests
{
    private static readonly string[] Pieces =
    [
        "s", "S", "M", "m", "ố", "Ố", "o", "O", "\u0302", "\u0301", "n", "N", "No", "số", "Số", "SỐ", "so\u0302\u0301", "Sô", "Sổ", "umber", "º",
        "°", "ʼ", "a", "z", "A", "Z", "đ", "Đ", "ð", "Ð", "ɖ", "0", "9", "-", "/", "\u2044", "\u00A0", "\u200B", "`", "{", "@", "[",
    ];

    [Property(MaxTest = 5000)]
    public bool A_number_word_as_written_is_one_folded(byte[] picks)
    {
        string word = Join(picks);
        return KindWordTable.IsNumberWord(word) == KindWordTable.IsNumberWordFolded(word);
    }

    [Property(MaxTest = 5000)]
    public bool The_lower_case_code_letter_test_agrees_with_the_searches(byte[] picks)
    {
        string written = Join(picks);
        bool searched = written.AsSpan().IndexOfAnyInRange('a', 'z') >= 0 || written.AsSpan().IndexOfAny('đ', 'ð') >= 0;
        return CitationExtractor.HasLowerCodeLetter(written) == searched;
    }

    [Fact]
    public void Every_word_of_one_or_two_pieces_is_a_number_word_as_written_when_folded()
    {
        foreach (string word in Pieces.Concat(Pieces.SelectMany(a => Pieces.Select(b => a + b))))
        {
            Assert.True(KindWordTable.IsNumberWord(word) == KindWordTable.IsNumberWordFolded(word), word);
        }
    }

    [Fact]
    public void The_usual_number_words_are_number_words()
    {
        foreach (string word in new[] { "số", "Số", "No", "SỐ", "so\u0302\u0301", "no", "NUMBER", "nº" })
        {
            Assert.True(KindWordTable.IsNumberWord(word), word);
        }
    }

    private static string Join(byte[] picks) => string.Concat(picks.Take(6).Select(p => Pieces[p % Pieces.Length]));
}
