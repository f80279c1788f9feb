using NodaTime;
using OrgModel.Reading;
using OrgModel.ReferenceData;
using OrgModel.Tests.Robustness;

namespace OrgModel.Tests.Reading;

/// <summary><see cref="DraftReader"/> costs at most n log n in its text (<see cref="CostCurve"/>: 64 KB to 1 MB, at most
/// 2.5× per doubling in time and allocation): a text dense with every kind of finding, and one long sentence of near misses.</summary>
[Collection(nameof(CostCurveTests))]
public class ReadingCostTests
{
    private const int MaxSize = 1024 * 1024;

    private static readonly LocalDate Date = new(2025, 10, 31);

    [Fact]
    public void Reading_a_text_dense_with_findings() =>
        CostCurve.AssertNearLinear(
            "DraftReader, dense findings",
            n => CostCurve.Repeat("Bộ Chính trị, Ban Bí thư yêu cầu Ban Tổ chức Trung ương hoàn thành trước ngày 31/7/2025 (Kết luận số 201-KL/TW); "
                + "Tổng Bí thư Tô Lâm; khai trừ ra khỏi Đảng đối với đồng chí Nguyễn Văn A; nhiệm kỳ 2025-2030, Hội nghị Trung ương 11 khóa XIII. "
                + "The Politburo requested the Government Party Committee to report before July 31, 2025. ", n),
            text => DraftReader.Read(text, Date, VietnamReferenceData.OrgChart),
            to: MaxSize);

    [Fact]
    public void Reading_one_long_sentence_of_near_misses() =>
        CostCurve.AssertNearLinear(
            "DraftReader, near misses",
            n => "must " + CostCurve.Repeat("Ban Bộ Chính đồng chí Tổng Bí Hội nghị khóa 2025 - 14th removing expelling from all yêu cầu giao and và , ", n),
            text => DraftReader.Read(text, Date, VietnamReferenceData.OrgChart),
            to: MaxSize);
}
