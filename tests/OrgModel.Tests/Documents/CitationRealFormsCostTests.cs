using OrgModel.Documents;
using OrgModel.Tests.Robustness;

namespace OrgModel.Tests.Documents;

/// <summary>Issue 18: the forms and dates read since then keep extraction and parsing near linear (the doubling test of
/// <see cref="CostCurve"/>), including their near misses: every look-ahead and look-back they add is bounded.</summary>
[Collection(nameof(CostCurveTests))]
public class CitationRealFormsCostTests
{
    [Fact]
    public void Extracting_text_full_of_the_real_forms() =>
        CostCurve.AssertNearLinear(
            "Extract, real forms",
            n => CostCurve.Repeat(
                "Số: 66.7/2025/NQ-CP\nHà Nội, ngày 15 tháng 11 năm 2025 | Quyết định số 84 QĐ/TWĐTN của Ban Chấp hành Trung ương Đoàn ngày 22/02/2013; "
                + "Mẫu số 03/PLI; QCVN 41: 2019/BGTVT %20113/2015/N%C4%90-CP 77/2014/tt-btc 13/2023/ND-CP (Decree 13) dated 17 April 2023 "
                + "số31-QĐ/TW 367-QĐ/TWĐTN-VP 86/2024//TT-BTC 01/2018/ttlt-vkstc-tatc-bca-bqp-btp-btc-bnn 42/2015/TT- 64 ",
                n),
            text => CitationExtractor.Extract(text));

    [Fact]
    public void Extracting_text_full_of_near_misses_of_the_new_forms() =>
        CostCurve.AssertNearLinear(
            "Extract, near misses of the real forms",
            n => CostCurve.Repeat(
                "Số: 1-KL/TW\n\n\n Hà Nội và các tỉnh thành phố ngày, 1-KL/TW của a b c d e f g h i j ngày 1-KL/TW (a b c d e f g h i j k l m n o p q r s t u v w "
                + "1 QĐ/TW-VP-X-Y-Z 1.2.3/4 1.23/ 12 KL 5 KL/ số số1 số 2 %2 ",
                n),
            text => CitationExtractor.Extract(text));

    [Fact]
    public void Extracting_one_citation_followed_by_one_long_issuer_or_place() =>
        CostCurve.AssertNearLinear(
            "Extract, one long issuer name",
            n => "Số: 1-KL/TW của " + new string('a', n / 2) + "\n" + new string('b', n / 2),
            text => CitationExtractor.Extract(text));

    [Fact]
    public void Parsing_long_junk_in_the_new_forms() =>
        CostCurve.AssertNearLinear(
            "DocumentNumber.TryParse, junk of the real forms",
            n => new[]
            {
                "367-QĐ/TW" + CostCurve.Repeat("-VP", n),
                "1" + new string(' ', n) + "QĐ/TW",
                "66." + new string('1', n) + "/2025/NQ-CP",
                "86/2024/" + new string('/', n) + "TT-BTC",
                "01/2018/TTLT" + CostCurve.Repeat("-BTC", n),
            },
            inputs =>
            {
                for (int pass = 0; pass < 4; pass++)
                {
                    foreach (string s in inputs)
                    {
                        _ = DocumentNumber.TryParse(s, out _);
                    }
                }
            });
}
