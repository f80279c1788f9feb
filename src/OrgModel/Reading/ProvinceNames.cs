using NodaTime;
using OrgModel.Deadlines;
using OrgModel.ReferenceData;

namespace OrgModel.Reading;

/// <summary>The names of the reference data's provinces and centrally-run cities before and after the reform of 1 July 2025,
/// folded ("quang nam", "ba ria - vung tau"), built once (the embedded chart's first load, about 20 ms) and only when a reader
/// asks.</summary>
internal static class ProvinceNames
{
    private static readonly Lazy<HashSet<string>> Names = new(() =>
        [.. VietnamReferenceData.Provinces(new LocalDate(2025, 6, 30)).Concat(VietnamReferenceData.Provinces(new LocalDate(2025, 7, 1)))
            .Select(o => Text.VietnameseText.Fold(o.Name.StartsWith("Tỉnh ", StringComparison.Ordinal) ? o.Name[5..] : o.Name.StartsWith("Thành phố ", StringComparison.Ordinal) ? o.Name[10..] : o.Name))]);

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> are written as a province's name.</summary>
    public static bool Contains(string text, DeadlineTextTokens k, int first, int last) =>
        Names.Value.Contains(Text.VietnameseText.Fold(text.AsSpan(k.Start(first), k.End(last) - k.Start(first))));
}
