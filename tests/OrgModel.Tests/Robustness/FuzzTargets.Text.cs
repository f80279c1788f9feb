using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Documents.Model;
using OrgModel.Personnel;
using OrgModel.Reading;

namespace OrgModel.Tests.Robustness;

/// <summary>Identifiers of people and documents, and the readers of running text.</summary>
internal static class TextFuzzTargets
{
    public static IEnumerable<FuzzTarget> All()
    {
        yield return new("PersonId.TryParse", ["to-lam", "tran-cam-tu", "nguyen-xuan-phuc", "vo-van-thuong"],
            s => PersonId.TryParse(s, out PersonId id) ? id.ToString() : null);
        yield return new("DocumentKey.TryParse", [.. DocumentRegistry.Vietnam.Documents.Take(8).Select(d => d.Key.ToString())],
            s => DocumentKey.TryParse(s, out DocumentKey key) ? key.ToString() : null);

        // A reader accepts every text, and what it finds depends on the words around a phrase, so a text made of its
        // findings need not give them back: these targets check that reading never throws and stays bounded (the
        // canonical form of every text is empty), and the corpus tests check what is found.
        string[] texts =
        [
            "Grassroots congresses completed before July 31, 2025; a report must be submitted to the Politburo in November.",
            "Kết luận số 201-KL/TW ngày 31/10/2025: hoàn thành trước ngày 15/12/2025, chậm nhất ngày 15/12/2025, trong quý I/2026.",
            "Tổng Bí thư Tô Lâm yêu cầu Ban Tổ chức Trung ương khẩn trương hoàn thành, báo cáo Bộ Chính trị ngay sau Hội nghị.",
            "The 12th Central Conference of the 13th tenure asked provincial People's Committees to complete the work by the end of 2025.",
        ];
        var reference = new LocalDate(2025, 10, 31);
        yield return new("DeadlineExtractor.Extract", texts, s => DeadlineExtractor.Extract(s, reference).Count >= 0 ? string.Empty : null);
        yield return new("DraftReader.Read", texts, s => DraftReader.Read(s, reference) is not null ? string.Empty : null);
    }
}
