using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Reading;

/// <summary>The names of the reference data's provinces and centrally-run cities before and after the reform of 1 July 2025
/// ("quang nam", "ba ria - vung tau"), and of its rural districts before it ("tran van thoi": a few are people's names), folded,
/// each set built once (the embedded chart's first load, about 20 ms) and only when a reader asks.</summary>
internal static class PlaceNames
{
    private const string District = "Huyện ";

    private static readonly Lazy<HashSet<string>> Provinces = new(() =>
        [.. VietnamReferenceData.Provinces(new LocalDate(2025, 6, 30)).Concat(VietnamReferenceData.Provinces(new LocalDate(2025, 7, 1)))
            .Select(o => Text.VietnameseText.Fold(o.Name.StartsWith("Tỉnh ", StringComparison.Ordinal) ? o.Name[5..] : o.Name.StartsWith("Thành phố ", StringComparison.Ordinal) ? o.Name[10..] : o.Name))]);

    private static readonly Lazy<HashSet<string>> Districts = new(() =>
        [.. VietnamReferenceData.OrgChart.Organisations
            .Where(o => o.Kind == OrganisationKind.AdministrativeUnit && o.Name.StartsWith(District, StringComparison.Ordinal))
            .Select(o => Text.VietnameseText.Fold(o.Name.AsSpan(District.Length)))]);

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> are written as a province's name.</summary>
    public static bool IsProvince(string text, DeadlineTextTokens k, int first, int last) => Contains(Provinces, text, k, first, last);

    /// <summary>Whether a place written as a name ("Hanoi", "Ho Chi Minh City", "Đà Nẵng") is a province's, without a chart's table
    /// of names at hand (the titles of people are read without one).</summary>
    public static bool IsProvince(string place) => Provinces.Value.Contains(Text.VietnameseText.Fold(ReadingTokens.ChartPlace(place)));

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> are written as a rural district's name.</summary>
    public static bool IsDistrict(string text, DeadlineTextTokens k, int first, int last) => Contains(Districts, text, k, first, last);

    private static bool Contains(Lazy<HashSet<string>> names, string text, DeadlineTextTokens k, int first, int last) =>
        names.Value.Contains(Text.VietnameseText.Fold(text.AsSpan(k.Start(first), k.End(last) - k.Start(first))));
}
