using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Tests.Robustness;

namespace OrgModel.Tests.Reading;

/// <summary><see cref="DeadlineExtractor"/> costs at most n log n in its text (<see cref="CostCurve"/>: 64 KB to 1 MB, at most
/// 2.5× per doubling in time and allocation): texts dense with deadlines, with cues that lead nowhere, and one long sentence.</summary>
[Collection(nameof(CostCurveTests))]
public class DeadlineExtractionCostTests
{
    // 64 KB to 1 MB: the curve is already clear there, and 4 MB of dense phrases takes minutes on a busy 2-core machine.
    private const int MaxSize = 1024 * 1024;

    private static readonly LocalDate Reference = new(2025, 10, 31);

    [Fact]
    public void Extracting_from_text_full_of_deadlines() =>
        CostCurve.AssertNearLinear(
            "DeadlineExtractor, dense deadlines",
            n => CostCurve.Repeat("Grassroots congresses completed before July 31, 2025; hoàn thành trước ngày 15/12/2025, khẩn trương, ngay sau Hội nghị. ", n),
            text => DeadlineExtractor.Extract(text, Reference),
            to: MaxSize);

    [Fact]
    public void Extracting_from_one_long_sentence_of_near_misses() =>
        CostCurve.AssertNearLinear(
            "DeadlineExtractor, near misses",
            n => CostCurve.Repeat("before the in 2025 trong năm trước ngày by 31 until đến từ ngày 1 must phải trong 5 năm qua ", n),
            text => DeadlineExtractor.Extract(text, Reference),
            to: MaxSize);

    [Fact]
    public void Extracting_from_one_long_clause_with_a_task_word_far_away() =>
        CostCurve.AssertNearLinear(
            "DeadlineExtractor, long clause",
            n => "must " + CostCurve.Repeat("in November in 2025 sau 6 tháng ", n),
            text => DeadlineExtractor.Extract(text, Reference),
            to: MaxSize);
}
