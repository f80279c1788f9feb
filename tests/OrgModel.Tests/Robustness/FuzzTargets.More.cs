using System.Text;
using NodaTime;
using OrgModel.Calendar;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Personnel;
using OrgModel.Tenures;

namespace OrgModel.Tests.Robustness;

internal static partial class FuzzTargets
{
    private static partial IEnumerable<FuzzTarget> More()
    {
        string[] numbers = ["201-KL/TW", "60-NQ/TW", "45-CT/TW", "520-BC/BTCTW", "36-HD/VPTW", "232-QĐ/TW", "30/2020/NĐ-CP", "202/2025/QH15", "759/QĐ-TTg", "1656/NQ-UBTVQH15"];
        yield return new("DocumentNumber.TryParse", numbers, s => DocumentNumber.TryParse(s, out DocumentNumber n) ? n.ToString() : null);
        yield return new("DocumentNumber.Parse", numbers, s => DocumentNumber.Parse(s).ToString(), typeof(FormatException));
        yield return new("PartyDocumentNumber.TryParse", numbers[..6], s => PartyDocumentNumber.TryParse(s, out PartyDocumentNumber n) ? n.ToString() : null);
        yield return new("StateDocumentNumber.TryParse", numbers[6..], s => StateDocumentNumber.TryParse(s, out StateDocumentNumber n) ? n.ToString() : null);
        yield return new("CitationExtractor.Extract",
            [
                "Kết luận số 201-KL/TW ngày 12/4/2025 của Bộ Chính trị",
                "Conclusion No. 201-KL/TW dated April 12, 2025 of the Politburo, and Decree 30/2020/NĐ-CP.",
                "Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025",
            ],
            s => Describe(CitationExtractor.Extract(s)));
        // "F" is the form that keeps kind, ordinal and years; the default years-only form of a term that is not five
        // years long (khóa III, 1960–1976) is a label, not something a bare range can parse back to.
        yield return new("Tenure.TryParse", ["2025–2030", "nhiệm kỳ 2025-2030", "khóa XIII", "XIV", "13th tenure"],
            s => Tenure.TryParse(s, out Tenure t) ? t.ToString("F", null) : null);
        yield return new("Tenure.Parse", ["2025–2030", "khóa XIII"], s => Tenure.Parse(s).ToString("F", null), typeof(FormatException));

        // Phrases without a year take it from the document's date; the canonical English form states it, so it reads back
        // with or without the reference date.
        string[] phrases =
        [
            "before July 31, 2025", "by 15 December 2025", "in November 2025", "by the end of 2025", "in the first quarter of 2026",
            "after 6 months", "within 10 working days", "trước ngày 31/7/2025", "trước 30/6/2025", "chậm nhất ngày 15/12/2025",
            "trong tháng 11/2025", "quý I/2026", "năm 2025", "sau 6 tháng", "trong 10 ngày làm việc", "in November",
        ];
        var reference = new LocalDate(2025, 10, 31);
        yield return new("Deadline.TryParse", phrases, s => Deadline.TryParsePhrase(s, reference, out Deadline d) ? d.ToString() : null);
        yield return new("Deadline.Parse", phrases, s => Deadline.ParsePhrase(s, reference).ToString(), typeof(FormatException));

        string[] lunar = ["1/1/2025", "15/6n/2025", "10/3/2026", "15/6 nhuận/2025", "29/12/2199", "1/1/1899"];
        yield return new("VietnameseLunarDate.TryParse", lunar, s => VietnameseLunarDate.TryParse(s, out VietnameseLunarDate d) ? d.ToString() : null);
        yield return new("VietnameseLunarDate.Parse", lunar, s => VietnameseLunarDate.Parse(s).ToString(), typeof(FormatException));

        string[] names = ["Tô Lâm", "Trần Cẩm Tú", "Nguyễn Xuân Phúc", "Võ Văn Thưởng", "Lê Minh Khái", "Nguyễn Thị Kim Tiến", "To Lam"];
        yield return new("VietnameseName.TryParse", names, s => VietnameseName.TryParse(s, out VietnameseName n) ? n.ToString() : null);
        yield return new("VietnameseName.Parse", names, s => VietnameseName.Parse(s).ToString(), typeof(FormatException));
    }

    // Extraction accepts every text; its "canonical form" is the text of the citations it found, which must be found
    // again (the same numbers in the same order) when extracted from a text made of them.
    private static string Describe(IReadOnlyList<Citation> citations)
    {
        var sb = new StringBuilder();
        foreach (Citation c in citations)
        {
            sb.Append(c.Number.ToString()).Append(' ');
        }

        return sb.ToString();
    }
}
