using OrgModel.Text;

namespace OrgModel.Tests.Text;

/// <summary>The fast paths of folding and of the line-break check against the general code they short-cut.</summary>
public class VietnameseTextFastPathTests
{
    // Letters, precomposed and combining marks, dashes, spaces of several kinds, and every kind of line break or control.
    private const string Alphabet = "aZđĐếệ\u0301\u0323 \u00A0\t\u2013-\n\r\v\f\u0085\u2028\u2029\0\u0001\u001F\u007F\u009F\u200B1";

    [Fact]
    public void The_fold_tables_agree_with_the_general_fold_for_every_character()
    {
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            Assert.Equal(VietnameseText.FoldGeneral((char)c), VietnameseText.FoldChar((char)c));
        }
    }

    [Property(MaxTest = 3000)]
    public bool The_line_break_check_finds_what_the_exact_walk_finds(byte[] picks)
    {
        string s = new(picks.Take(24).Select(b => Alphabet[b % Alphabet.Length]).ToArray());
        return VietnameseText.InnerLineBreakOrControl(s) == VietnameseText.InnerLineBreakOrControlExact(s);
    }

    [Fact]
    public void The_line_break_check_finds_every_character_it_reports()
    {
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            string s = "a" + (char)c + "b";
            Assert.Equal(VietnameseText.InnerLineBreakOrControlExact(s), VietnameseText.InnerLineBreakOrControl(s));
        }
    }
}
