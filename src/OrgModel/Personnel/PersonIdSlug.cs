using System.Text;
using OrgModel.Text;

namespace OrgModel.Personnel;

/// <summary>The slug rule behind <see cref="PersonId.FromName(VietnameseName)"/>.</summary>
internal static class PersonIdSlug
{
    /// <summary>Folds the text (NFC or NFD, diacritics dropped, đ as d, lower case) and joins its runs of a–z and 0–9 with
    /// single hyphens; at most <paramref name="maxLength"/> characters, cut at a hyphen where one is near so a word is not split.</summary>
    public static string Of(ReadOnlySpan<char> text, int maxLength)
    {
        string folded = VietnameseText.Fold(text);
        var sb = new StringBuilder(Math.Min(folded.Length, maxLength));
        bool pendingHyphen = false;
        foreach (char c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen)
                {
                    sb.Append('-');
                    pendingHyphen = false;
                }

                sb.Append(c);
            }
            else
            {
                pendingHyphen = sb.Length > 0;
            }
        }

        if (sb.Length <= maxLength)
        {
            return sb.ToString();
        }

        string cut = sb.ToString(0, maxLength);
        int hyphen = cut.LastIndexOf('-');
        return hyphen > 0 ? cut[..hyphen] : cut;
    }
}
