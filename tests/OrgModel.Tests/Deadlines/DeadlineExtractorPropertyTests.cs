using NodaTime;
using OrgModel.Deadlines;

namespace OrgModel.Tests.Deadlines;

/// <summary>Properties of <see cref="DeadlineExtractor"/> over texts built from deadline phrases, their look-alikes, dates,
/// punctuation, line breaks, combining and invisible characters, and random strings.</summary>
public class DeadlineExtractorPropertyTests
{
    private static readonly string[] Pieces =
    [
        "before ", "trước ngày ", "trước ", "31/7/2025", "15.12", "July 31, 2025", "June 30", "in November", "in 2025", " must ", " be submitted ",
        "hoàn thành ", "phải ", "ngay ", "ngày ", "ngay sau Hội nghị", "immediately after the conference", "chậm nhất ngày 15/12/2025",
        "trong quý I/2026", "trong năm 2025", "sau 6 tháng", "after 6 months", "within 10 working days", "until the end of 2025",
        "until ", "by ", "đến hết năm 2025", "đến ", "tính đến ngày 5/11", "từ ngày 22/12 ", "2025–2030", "2025-", "Đại hội XIV của Đảng",
        "the 14th Congress", "khẩn trương ", "kịp thời", ", ", ". ", "; ", ": ", "\n", "(", ")", "\"", "\u200B", "\u0301", "\u00AD", "Đ", "x", " ",
    ];

    private static readonly LocalDate Reference = new(2025, 10, 31);

    public static Arbitrary<string> Texts() => Arb.From(
        Gen.ListOf(Gen.Frequency(
            (8, Gen.Elements(Pieces)),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty))))
        .Select(parts => string.Concat(parts)));

    [Property(Arbitrary = [typeof(DeadlineExtractorPropertyTests)], MaxTest = 500)]
    public void Never_throws_and_spans_lie_inside_in_order_without_overlap(string text)
    {
        var found = DeadlineExtractor.Extract(text, Reference);

        int end = 0;
        foreach (DeadlineMention m in found)
        {
            Assert.True(m.Start >= end, $"{m} overlaps or precedes the one before");
            Assert.True(m.Start + m.Length <= text.Length);
            Assert.Equal(m.Text, text.Substring(m.Start, m.Length));
            Assert.True(m.ClauseStart + m.ClauseLength <= text.Length);
            Assert.Equal(m.Clause, text.Substring(m.ClauseStart, m.ClauseLength));
            end = m.Start + m.Length;
        }
    }

    [Property(Arbitrary = [typeof(DeadlineExtractorPropertyTests)], MaxTest = 500)]
    public void Every_mention_reparses_to_its_deadline(string text)
    {
        foreach (DeadlineMention m in DeadlineExtractor.Extract(text, Reference))
        {
            Deadline again = Deadline.ParsePhrase(m.Text, Reference);
            Assert.Equal(m.Deadline, again);
            Assert.Equal(again.Wording, m.Deadline.Wording);
        }
    }

    [Property(MaxTest = 300)]
    public void Never_throws_on_any_string(string? text) =>
        _ = DeadlineExtractor.Extract((text ?? string.Empty).AsSpan(), Reference);

    [Property(Arbitrary = [typeof(DeadlineExtractorPropertyTests)], MaxTest = 200)]
    public void Json_round_trips_every_mention(string text)
    {
        foreach (DeadlineMention m in DeadlineExtractor.Extract(text, Reference))
        {
            string json = System.Text.Json.JsonSerializer.Serialize(m, OrgModel.Serialization.OrgModelJsonContext.Default.DeadlineMention);
            Assert.Equal(m, System.Text.Json.JsonSerializer.Deserialize(json, OrgModel.Serialization.OrgModelJsonContext.Default.DeadlineMention));
        }
    }
}
