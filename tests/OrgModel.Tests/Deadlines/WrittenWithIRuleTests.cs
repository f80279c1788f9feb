using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Reading;

namespace OrgModel.Tests.Deadlines;

/// <summary>Vietnamese writes the last i of some syllables as y as well ("quý"/"quí", "kỳ"/"kì", "lý"/"lí", "Mỹ"/"Mĩ",
/// "tỷ"/"tỉ"); the reader folds the marked i as the y the grammars and name tables compare (the hundred-and-eighty-first pass,
/// docs/reading.md). The phrase and the extractor's cases failed before it: only the running text's "ki" was folded, not the phrase's.</summary>
public class WrittenWithIRuleTests
{
    private static readonly LocalDate Day = new(2025, 12, 1);

    [Theory]
    [InlineData("trong quí I/2026", "in 2026-Q1")]
    [InlineData("chậm nhất trong quí IV/2025", "in 2025-Q4")]
    [InlineData("trước kì họp thứ 5 của HĐND", "before the event (kì họp thứ 5 của HĐND)")]
    public void A_phrase_written_with_i_means_what_it_means_with_y(string phrase, string meaning) =>
        Assert.Equal(meaning, Deadline.ParsePhrase(phrase, Day).ToString());

    // Development set 42's sentence (dir 41, vi-04), written here with the older spelling "quí".
    [Fact]
    public void A_deadline_written_with_i_is_found() =>
        Assert.Equal("trong quí I/2023 = in 2023-Q1|trong quí II/2023 = in 2023-Q2", string.Join("|", DeadlineExtractor.Extract(
            "Theo đó, Đại hội Hội Nông dân cấp cơ sở hoàn thành trong quí I/2023; Đại hội Nông dân cấp huyện hoàn thành trong quí II/2023.",
            new LocalDate(2023, 2, 27)).Select(d => $"{d.Text} = {d.Deadline}")));

    // Development set 101's sentence (dir 100, vi-01), and the same written with "kỉ".
    [Fact]
    public void A_discipline_written_with_i_is_read_as_with_y()
    {
        const string Written = "Huyện ủy Lệ Thủy cũng đã thi hành kỷ luật bằng hình thức cảnh cáo đối với ông Trần Trọng Duyến - Bí thư Đảng ủy xã Ngư Thủy Bắc.";
        LocalDate day = new(2019, 11, 27);
        DecisionMention withY = Assert.Single(DraftReader.Read(Written, day).Decisions);
        DecisionMention withI = Assert.Single(DraftReader.Read(Written.Replace("kỷ luật", "kỉ luật", StringComparison.Ordinal), day).Decisions);
        Assert.Equal((withY.Kind, withY.Form), (withI.Kind, withI.Form));
    }

    // Unmarked, "Li", "Mi", "qui" are names or foreign words: the model does not guess that they stand for "Lý", "Mỹ", "quý".
    [Theory]
    [InlineData("trong qui I/2026")]
    public void An_unmarked_i_is_left_as_written(string phrase) =>
        Assert.False(Deadline.TryParsePhrase(phrase, Day, out _));
}
