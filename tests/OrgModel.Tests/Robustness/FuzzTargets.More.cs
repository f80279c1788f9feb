using System.Text;
using OrgModel.Documents;
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
        yield return new("Tenure.TryParse", ["2025–2030", "nhiệm kỳ 2025-2030", "khóa XIII", "XIV", "13th tenure"],
            s => Tenure.TryParse(s, out Tenure t) ? t.ToString() : null);
        yield return new("Tenure.Parse", ["2025–2030", "khóa XIII"], s => Tenure.Parse(s).ToString(), typeof(FormatException));
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
