using NodaTime;
using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Reading;

/// <summary>The names of the reference data's provinces and centrally-run cities before and after the reform of 1 July 2025
/// ("quang nam", "ba ria - vung tau"), of its rural districts before it ("tran van thoi": a few are people's names), and of its
/// communes and wards ("huu lien"), folded,
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

    private static readonly Lazy<HashSet<string>> Communes = new(() =>
        [.. VietnamReferenceData.OrgChart.Organisations
            .Where(o => o.Kind == OrganisationKind.AdministrativeUnit)
            .Select(o => o.Name.StartsWith("Xã ", StringComparison.Ordinal) ? o.Name[3..] : o.Name.StartsWith("Phường ", StringComparison.Ordinal) ? o.Name[7..] : null)
            .OfType<string>()
            .Select(n => Text.VietnameseText.Fold(n))]);

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> are written as a province's name.</summary>
    public static bool IsProvince(string text, DeadlineTextTokens k, int first, int last) => Contains(Provinces, text, k, first, last);

    /// <summary>Whether a place written as a name ("Hanoi", "Ho Chi Minh City", "Đà Nẵng") is a province's, without a chart's table
    /// of names at hand (the titles of people are read without one).</summary>
    public static bool IsProvince(string place) => Provinces.Value.Contains(Text.VietnameseText.Fold(ReadingTokens.ChartPlace(place)));

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> are written as a rural district's name.</summary>
    public static bool IsDistrict(string text, DeadlineTextTokens k, int first, int last) => Contains(Districts, text, k, first, last);

    /// <summary>The last token of the longest commune's or ward's name of the reference data (one to three capitalised words,
    /// "Hữu Liên") from <paramref name="t"/>, or -1.</summary>
    public static int Commune(string text, DeadlineTextTokens k, int t)
    {
        int found = -1;
        for (int i = t; i < t + 3 && ReadingTokens.IsCapitalised(text, k, i) && !k.IsBoundary(text, i) && (i == t || text[k.End(i - 1)] == ' '); i++)
        {
            found = Contains(Communes, text, k, t, i) ? i : found;
        }

        return found;
    }

    private static bool Contains(Lazy<HashSet<string>> names, string text, DeadlineTextTokens k, int first, int last) =>
        names.Value.Contains(Text.VietnameseText.Fold(text.AsSpan(k.Start(first), k.End(last) - k.Start(first))));
}
