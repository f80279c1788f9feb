using NodaTime;
using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>Each number word a sitting is named by, one by one: the Vietnamese ordinals "thứ nhất" to "thứ mười", "mười một" to
/// "mười chín" (with "tư" and "lăm"), "hai mươi mốt", and the English ordinals "first" to "twentieth", the tens, and a ten with
/// its unit ("twenty-first" … "ninety-eighth"). A sitting named without its term has no term, only its number. Written from the
/// survivors of Reading's mutation sample (docs/quality.md, "Reading").</summary>
public class MeetingNumberRuleTests
{
    private static readonly LocalDate Day = new(2025, 3, 5);

    [Theory]
    [InlineData("Kỳ họp thứ nhất diễn ra.", "Kỳ họp thứ nhất", 1)]
    [InlineData("Kỳ họp thứ hai diễn ra.", "Kỳ họp thứ hai", 2)]
    [InlineData("Kỳ họp thứ ba diễn ra.", "Kỳ họp thứ ba", 3)]
    [InlineData("Kỳ họp thứ tư diễn ra.", "Kỳ họp thứ tư", 4)]
    [InlineData("Kỳ họp thứ bốn diễn ra.", "Kỳ họp thứ bốn", 4)]
    [InlineData("Kỳ họp thứ năm diễn ra.", "Kỳ họp thứ năm", 5)]
    [InlineData("Kỳ họp thứ sáu diễn ra.", "Kỳ họp thứ sáu", 6)]
    [InlineData("Kỳ họp thứ bảy diễn ra.", "Kỳ họp thứ bảy", 7)]
    [InlineData("Kỳ họp thứ tám diễn ra.", "Kỳ họp thứ tám", 8)]
    [InlineData("Kỳ họp thứ chín diễn ra.", "Kỳ họp thứ chín", 9)]
    [InlineData("Kỳ họp thứ mười diễn ra.", "Kỳ họp thứ mười", 10)]
    [InlineData("Kỳ họp thứ mười một diễn ra.", "Kỳ họp thứ mười một", 11)]
    [InlineData("Kỳ họp thứ mười hai diễn ra.", "Kỳ họp thứ mười hai", 12)]
    [InlineData("Kỳ họp thứ mười ba diễn ra.", "Kỳ họp thứ mười ba", 13)]
    [InlineData("Kỳ họp thứ mười bốn diễn ra.", "Kỳ họp thứ mười bốn", 14)]
    [InlineData("Kỳ họp thứ mười tư diễn ra.", "Kỳ họp thứ mười tư", 14)]
    [InlineData("Kỳ họp thứ mười lăm diễn ra.", "Kỳ họp thứ mười lăm", 15)]
    [InlineData("Kỳ họp thứ mười sáu diễn ra.", "Kỳ họp thứ mười sáu", 16)]
    [InlineData("Kỳ họp thứ mười bảy diễn ra.", "Kỳ họp thứ mười bảy", 17)]
    [InlineData("Kỳ họp thứ mười tám diễn ra.", "Kỳ họp thứ mười tám", 18)]
    [InlineData("Kỳ họp thứ mười chín diễn ra.", "Kỳ họp thứ mười chín", 19)]
    [InlineData("Kỳ họp thứ hai mươi mốt diễn ra.", "Kỳ họp thứ hai mươi mốt", 21)]
    [InlineData("The first session opened.", "first session", 1)]
    [InlineData("The second session opened.", "second session", 2)]
    [InlineData("The third session opened.", "third session", 3)]
    [InlineData("The fourth session opened.", "fourth session", 4)]
    [InlineData("The fifth session opened.", "fifth session", 5)]
    [InlineData("The sixth session opened.", "sixth session", 6)]
    [InlineData("The seventh session opened.", "seventh session", 7)]
    [InlineData("The eighth session opened.", "eighth session", 8)]
    [InlineData("The ninth session opened.", "ninth session", 9)]
    [InlineData("The tenth session opened.", "tenth session", 10)]
    [InlineData("The eleventh session opened.", "eleventh session", 11)]
    [InlineData("The twelfth session opened.", "twelfth session", 12)]
    [InlineData("The thirteenth session opened.", "thirteenth session", 13)]
    [InlineData("The fourteenth session opened.", "fourteenth session", 14)]
    [InlineData("The fifteenth session opened.", "fifteenth session", 15)]
    [InlineData("The sixteenth session opened.", "sixteenth session", 16)]
    [InlineData("The seventeenth session opened.", "seventeenth session", 17)]
    [InlineData("The eighteenth session opened.", "eighteenth session", 18)]
    [InlineData("The nineteenth session opened.", "nineteenth session", 19)]
    [InlineData("The twentieth session opened.", "twentieth session", 20)]
    [InlineData("The thirtieth session opened.", "thirtieth session", 30)]
    [InlineData("The fortieth session opened.", "fortieth session", 40)]
    [InlineData("The fiftieth session opened.", "fiftieth session", 50)]
    [InlineData("The twenty-first session opened.", "twenty-first session", 21)]
    [InlineData("The thirty-second session opened.", "thirty-second session", 32)]
    [InlineData("The forty-third session opened.", "forty-third session", 43)]
    [InlineData("The fifty-fourth session opened.", "fifty-fourth session", 54)]
    [InlineData("The sixty-fifth session opened.", "sixty-fifth session", 65)]
    [InlineData("The seventy-sixth session opened.", "seventy-sixth session", 76)]
    [InlineData("The eighty-seventh session opened.", "eighty-seventh session", 87)]
    [InlineData("The ninety-eighth session opened.", "ninety-eighth session", 98)]
    public void Each_number_word_names_the_sitting(string text, string sitting, int number)
    {
        TermMention term = Assert.Single(DraftReader.Read(text, Day, VietnamReferenceData.OrgChart).Terms);
        Assert.Equal((sitting, number, 0), (term.Text, term.MeetingNumber, term.Terms.Count));
    }
}
