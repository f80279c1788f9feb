using OrgModel.Deadlines;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Reading;

/// <summary>The names of the reference data's rural districts ("huyện") before the reform of 1 July 2025, folded ("tran van
/// thoi"), built once and only when a reader asks: a few of them are people's names.</summary>
internal static class DistrictNames
{
    private const string Prefix = "Huyện ";

    private static readonly Lazy<HashSet<string>> Names = new(() =>
        [.. VietnamReferenceData.OrgChart.Organisations
            .Where(o => o.Kind == OrganisationKind.AdministrativeUnit && o.Name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(o => Text.VietnameseText.Fold(o.Name.AsSpan(Prefix.Length)))]);

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> are written as a rural district's name.</summary>
    public static bool Contains(string text, DeadlineTextTokens k, int first, int last) =>
        Names.Value.Contains(Text.VietnameseText.Fold(text.AsSpan(k.Start(first), k.End(last) - k.Start(first))));
}
