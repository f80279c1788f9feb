using OrgModel.Text;

namespace OrgModel.Personnel;

/// <summary>The slug rule behind <see cref="PersonId.FromName(VietnameseName)"/>.</summary>
internal static class PersonIdSlug
{
    /// <summary>Folds the text (NFC or NFD, diacritics dropped, đ as d, lower case) and joins its runs of a–z and 0–9 with
    /// single hyphens; at most <paramref name="maxLength"/> characters, cut at a hyphen where one is near so a word is not split.</summary>
    public static string Of(ReadOnlySpan<char> text, int maxLength)
    {
        string slug = VietnameseText.Slug(text);
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        string cut = slug[..maxLength];
        int hyphen = cut.LastIndexOf('-');
        return hyphen > 0 ? cut[..hyphen] : cut;
    }
}
