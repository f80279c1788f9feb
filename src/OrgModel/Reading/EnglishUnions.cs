using OrgModel.Deadlines;

namespace OrgModel.Reading;

/// <summary>
/// A local branch of a mass organisation written in English, which the chart does not hold (it holds each at the centre only),
/// found by its place or level before the organisation's kind (held-out set 63): "Bac Son District Veterans Association", "the
/// Provincial Veterans Association", "the provincial Veterans Association", "Hanoi Women's Union"; and the kind of every level,
/// a scope: "Veterans Associations at all levels".
/// </summary>
/// <remarks>The words before the kind are capitalised words of a place or level ("District", "Provincial", or "provincial" first),
/// never "Vietnam", whose organisation is the chart's. The Youth Union is left out: "Ho Chi Minh Communist Youth Union" is the
/// Union's own name.</remarks>
internal static class EnglishUnions
{
    private const int MaxPlaceTokens = 4;

    // True for the plural, which names the kind of every branch.
    private static readonly PhraseTable<bool> Kinds = new PhraseTable<bool>()
        .Add("Veterans Association", false).Add("Veterans' Association", false).Add("Veterans Associations", true).Add("Veterans' Associations", true)
        .Add("Women's Union", false).Add("Women's Unions", true).Add("Farmers' Union", false).Add("Farmers Union", false).Add("Farmers' Unions", true)
        // "provincial Farmers' Association" (held-out set 65): the Farmers' Union by the word "Association".
        .Add("Farmers' Association", false).Add("Farmers Association", false).Add("Farmers' Associations", true);

    /// <summary>Whether such a branch, or such a scope, opens at token <paramref name="t"/>; <paramref name="end"/> is its last
    /// token.</summary>
    public static bool TryMatch(string text, DeadlineTextTokens k, int t, out int end, out bool scope)
    {
        end = -1;
        scope = false;
        if (Kinds.TryMatch(k, t, out int last, out bool plural))
        {
            // "Veterans Associations at all levels".
            (end, scope) = plural && k.Is(last + 1, "at", "all", "levels") ? (last + 3, true) : (-1, false);
            return scope;
        }

        if (!(ReadingTokens.IsCapitalised(text, k, t) || k.Is(t, "provincial")) || k.Is(t, "vietnam") || k.Is(t, "viet") || k.Is(t, "the")
            || ReadingTokens.JoinedToWhatPrecedes(text, k.Start(t)))
        {
            return false;
        }

        for (int u = t + 1; u <= t + MaxPlaceTokens && u < k.Count && k.IsWord(u - 1) && !k.IsBoundary(text, u); u++)
        {
            if (Kinds.TryMatch(k, u, out last, out plural))
            {
                end = plural ? -1 : last;
                return end > 0;
            }

            if (!ReadingTokens.IsCapitalised(text, k, u) || k.Is(u, "vietnam") || k.Is(u, "of") || k.Is(u, "and"))
            {
                return false;
            }
        }

        return false;
    }
}
